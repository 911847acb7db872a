#include "frameworks/store.h"

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::frameworks::store {
namespace {

struct FrameworkReader {
  Framework f;
  db::Nullable<db::Id> by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(f.standard.id));
    st.exchange(soci::into(f.standard.urn));
    st.exchange(soci::into(f.standard.code));
    st.exchange(soci::into(f.standard.edition));
    st.exchange(soci::into(f.standard.title_en));
    st.exchange(soci::into(f.standard.title_vi));
    st.exchange(soci::into(f.standard.amendments_json));
    st.exchange(soci::into(f.standard.clause_count));
    st.exchange(soci::into(f.publisher));
    st.exchange(soci::into(f.source));
    st.exchange(soci::into(by.value, by.ind));
    st.exchange(soci::into(f.imported_by_name));
    st.exchange(soci::into(f.imported_at));
  }
  Framework Take() const {
    Framework out = f;
    out.standard.imported = true;
    out.imported_by = by.Get();
    return out;
  }
};

const char* kFrameworkSelect =
    "SELECT s.id, s.urn, s.code, s.edition, s.title_en, s.title_vi, s.amendments_json, "
    "(SELECT COUNT(*) FROM clauses c WHERE c.standard_id = s.id), f.publisher, f.source, f.imported_by, "
    "f.imported_by_name, f.imported_at FROM frameworks f JOIN standards s ON s.id = f.standard_id ";

struct NodeReader {
  Node n;
  db::Nullable<db::Id> parent;
  db::Nullable<std::string> parent_number;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(n.clause.id));
    st.exchange(soci::into(n.clause.standard_id));
    st.exchange(soci::into(n.clause.urn));
    st.exchange(soci::into(n.clause.number));
    st.exchange(soci::into(parent.value, parent.ind));
    st.exchange(soci::into(parent_number.value, parent_number.ind));
    st.exchange(soci::into(n.clause.kind));
    st.exchange(soci::into(n.clause.title_en));
    st.exchange(soci::into(n.clause.title_vi));
    st.exchange(soci::into(n.clause.position));
    st.exchange(soci::into(n.type));
    st.exchange(soci::into(n.evidence_vi));
    st.exchange(soci::into(n.evidence_en));
  }
  Node Take() const {
    Node out = n;
    out.clause.parent_id = parent.Get();
    out.parent_number = parent_number.Get().value_or("");
    return out;
  }
};

}  // namespace

std::string FrameworkUrn(const std::string& code, const std::string& version) {
  return "urn:eduims:fw:" + code + ":" + version;
}

std::string NodeUrn(const std::string& framework_urn, const std::string& number) {
  return framework_urn + ":clause:" + number;
}

std::vector<Framework> List(soci::session& s) {
  db::Binds b;
  return db::FetchAll<FrameworkReader>(s, std::string(kFrameworkSelect) + "ORDER BY s.code, s.edition", b);
}

std::optional<Framework> Find(soci::session& s, db::Id standard_id) {
  db::Binds b;
  auto found =
      db::FetchAll<FrameworkReader>(s, std::string(kFrameworkSelect) + "WHERE s.id = " + b.Id("id", standard_id), b);
  if (found.empty()) return std::nullopt;
  return found.front();
}

bool IsCatalogueCode(soci::session& s, const std::string& code) {
  int n = 0;
  s << "SELECT COUNT(*) FROM standards s WHERE s.code = :c AND NOT EXISTS (SELECT 1 FROM frameworks f WHERE "
       "f.standard_id = s.id)",
      soci::use(code), soci::into(n);
  return n > 0;
}

bool UrnExists(soci::session& s, const std::string& urn) {
  int n = 0;
  s << "SELECT COUNT(*) FROM standards WHERE urn = :u", soci::use(urn), soci::into(n);
  return n > 0;
}

void Insert(soci::session& s, Framework& f, const std::string& content_hash) {
  standards::Standard& st = f.standard;
  s << "INSERT INTO standards (urn, code, edition, title_en, title_vi, amendments_json, content_hash, loaded_at) "
       "VALUES (:u, :c, :e, :te, :tv, '[]', :h, :n) RETURNING id",
      soci::use(st.urn), soci::use(st.code), soci::use(st.edition), soci::use(st.title_en), soci::use(st.title_vi),
      soci::use(content_hash), soci::use(f.imported_at), soci::into(st.id);
  db::Nullable<db::Id> by(f.imported_by);
  s << "INSERT INTO frameworks (standard_id, publisher, source, imported_by, imported_by_name, imported_at) VALUES "
       "(:s, :p, :src, :by, :name, :at)",
      soci::use(st.id), soci::use(f.publisher), soci::use(f.source), soci::use(by.value, by.ind),
      soci::use(f.imported_by_name), soci::use(f.imported_at);
}

void InsertNode(soci::session& s, Node& n) {
  standards::Clause& c = n.clause;
  db::Nullable<db::Id> parent(c.parent_id);
  s << "INSERT INTO clauses (standard_id, urn, number, parent_id, kind, title_en, title_vi, normative, unconfirmed, "
       "position) VALUES (:s, :urn, :num, :p, 'clause', :te, :tv, 1, 0, :pos) RETURNING id",
      soci::use(c.standard_id), soci::use(c.urn), soci::use(c.number), soci::use(parent.value, parent.ind),
      soci::use(c.title_en), soci::use(c.title_vi), soci::use(c.position), soci::into(c.id);
  s << "INSERT INTO framework_nodes (clause_id, node_type, evidence_vi, evidence_en) VALUES (:c, :t, :ev, :ee)",
      soci::use(c.id), soci::use(n.type), soci::use(n.evidence_vi), soci::use(n.evidence_en);
}

std::vector<Node> Nodes(soci::session& s, db::Id standard_id) {
  db::Binds b;
  return db::FetchAll<NodeReader>(
      s,
      "SELECT c.id, c.standard_id, c.urn, c.number, c.parent_id, p.number, c.kind, c.title_en, c.title_vi, "
      "c.position, n.node_type, n.evidence_vi, n.evidence_en FROM clauses c JOIN framework_nodes n ON n.clause_id = "
      "c.id LEFT JOIN clauses p ON p.id = c.parent_id WHERE c.standard_id = " +
          b.Id("s", standard_id) + " ORDER BY c.position",
      b);
}

std::map<std::string, db::Id> ClauseNumbers(soci::session& s, db::Id standard_id) {
  db::Binds b;
  std::map<std::string, db::Id> out;
  for (auto& [id, number] : db::FetchAll<db::IdTextReader>(
           s, "SELECT id, number FROM clauses WHERE standard_id = " + b.Id("s", standard_id), b))
    out[number] = id;
  return out;
}

std::optional<bool> IsFramework(soci::session& s, db::Id standard_id) {
  int framework = 0;
  s << "SELECT (SELECT COUNT(*) FROM frameworks f WHERE f.standard_id = s.id) FROM standards s WHERE s.id = :id",
      soci::use(standard_id), soci::into(framework);
  if (!s.got_data()) return std::nullopt;
  return framework > 0;
}

std::optional<db::Id> StandardOf(soci::session& s, db::Id clause_id) {
  db::Id standard_id = 0;
  s << "SELECT standard_id FROM clauses WHERE id = :id", soci::use(clause_id), soci::into(standard_id);
  if (!s.got_data()) return std::nullopt;
  return standard_id;
}

std::optional<db::Id> FindMapping(soci::session& s, db::Id node_id, db::Id clause_id) {
  db::Id id = 0;
  s << "SELECT id FROM crosswalks WHERE from_clause_id = :a AND to_clause_id = :b", soci::use(node_id),
      soci::use(clause_id), soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return id;
}

db::Id UpsertMapping(soci::session& s, db::Id node_id, db::Id clause_id, const std::string& relation,
                     const std::string& note_en, const std::string& note_vi) {
  if (auto id = FindMapping(s, node_id, clause_id)) {
    s << "UPDATE crosswalks SET relation = :r, note_en = :ne, note_vi = :nv WHERE id = :id", soci::use(relation),
        soci::use(note_en), soci::use(note_vi), soci::use(*id);
    return *id;
  }
  db::Id id = 0;
  s << "INSERT INTO crosswalks (from_clause_id, to_clause_id, relation, note_en, note_vi) VALUES (:a, :b, :r, :ne, "
       ":nv) RETURNING id",
      soci::use(node_id), soci::use(clause_id), soci::use(relation), soci::use(note_en), soci::use(note_vi),
      soci::into(id);
  return id;
}

void DeleteMapping(soci::session& s, db::Id id) { s << "DELETE FROM crosswalks WHERE id = :id", soci::use(id); }

}  // namespace eduims::frameworks::store
