#include "standards/catalogue.h"

#include <map>
#include <set>
#include <stdexcept>

#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/db/query.h"
#include "platform/embedded.h"
#include "platform/nullable_column.h"
#include "standards/renumbering.h"

namespace eduims::standards {
namespace {

namespace json = boost::json;

std::string Str(const json::object& o, const char* key, const std::string& where) {
  auto it = o.find(key);
  if (it == o.end() || !it->value().is_string() || it->value().as_string().empty())
    throw std::runtime_error(where + ": missing text field '" + key + "'");
  return std::string(it->value().as_string());
}

bool Flag(const json::object& o, const char* key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_bool() && it->value().as_bool();
}

std::string ClauseUrn(const std::string& standard_urn, const std::string& kind, const std::string& number) {
  return standard_urn + ":" + kind + ":" + number;
}

std::optional<db::Id> FindId(soci::session& s, const char* table, const char* column, const std::string& value) {
  db::Id id = 0;
  s << std::string("SELECT id FROM ") + table + " WHERE " + column + " = :v", soci::use(value), soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return id;
}

void LoadStandard(db::Database& db, soci::session& s, const std::string& name, const json::object& doc,
                  LoadReport& report) {
  if (!doc.contains("standard") || !doc.at("standard").is_object() || !doc.contains("clauses") ||
      !doc.at("clauses").is_array())
    throw std::runtime_error(name + ": needs 'standard' and 'clauses'");
  const json::object& st = doc.at("standard").as_object();
  std::string urn = Str(st, "urn", name), code = Str(st, "code", name), edition = Str(st, "edition", name);
  std::string title_en = Str(st, "title_en", name), title_vi = Str(st, "title_vi", name);
  std::string amendments = st.contains("amendments") ? json::serialize(st.at("amendments")) : "[]";
  db::Nullable<std::string> deadline;
  if (st.contains("transition_deadline") && !st.at("transition_deadline").is_null()) {
    const json::value& v = st.at("transition_deadline");
    if (!v.is_string() || !ParseDate(v.as_string()))
      throw std::runtime_error(name + ": 'transition_deadline' must be a date YYYY-MM-DD or null");
    deadline = db::Nullable<std::string>(std::string(v.as_string()));
  }
  std::string hash = Sha256Hex(json::serialize(doc));
  std::string now = NowTimestamp();

  db::Id standard_id = 0;
  std::string old_hash;
  s << "SELECT id, content_hash FROM standards WHERE urn = :u", soci::use(urn), soci::into(standard_id),
      soci::into(old_hash);
  bool exists = s.got_data();
  if (exists && old_hash == hash) return;
  if (exists) {
    s << "UPDATE standards SET code = :c, edition = :e, title_en = :te, title_vi = :tv, amendments_json = :a, "
         "transition_deadline = :d, content_hash = :h, loaded_at = :n WHERE id = :id",
        soci::use(code), soci::use(edition), soci::use(title_en), soci::use(title_vi), soci::use(amendments),
        soci::use(deadline.value, deadline.ind), soci::use(hash), soci::use(now), soci::use(standard_id);
  } else {
    s << "INSERT INTO standards (urn, code, edition, title_en, title_vi, amendments_json, transition_deadline, "
         "content_hash, loaded_at) VALUES (:u, :c, :e, :te, :tv, :a, :d, :h, :n) RETURNING id",
        soci::use(urn), soci::use(code), soci::use(edition), soci::use(title_en), soci::use(title_vi),
        soci::use(amendments), soci::use(deadline.value, deadline.ind), soci::use(hash), soci::use(now),
        soci::into(standard_id);
  }

  std::vector<Renumbering> moves;
  if (doc.contains("renumbered")) {
    if (!doc.at("renumbered").is_array()) throw std::runtime_error(name + ": 'renumbered' must be a list");
    for (const json::value& v : doc.at("renumbered").as_array()) {
      if (!v.is_object()) throw std::runtime_error(name + ": a renumbering is not an object");
      const json::object& m = v.as_object();
      moves.push_back({Str(m, "from", name), Str(m, "to", name), Str(m, "title_en", name)});
    }
  }
  int relinked = ApplyRenumberings(db, s, urn, moves);

  std::map<std::string, db::Id> by_number;
  std::set<std::string> parents;
  int position = 0;
  for (const json::value& v : doc.at("clauses").as_array()) {
    if (!v.is_object()) throw std::runtime_error(name + ": a clause is not an object");
    const json::object& c = v.as_object();
    std::string number = Str(c, "number", name), kind = Str(c, "kind", name);
    std::string where = name + " clause " + number;
    std::string cte = Str(c, "title_en", where), ctv = Str(c, "title_vi", where);
    if (kind != "clause" && kind != "annex" && kind != "principle") throw std::runtime_error(where + ": bad kind");
    if (by_number.count(number)) throw std::runtime_error(where + ": number used twice");
    std::optional<db::Id> parent;
    if (c.contains("parent") && c.at("parent").is_string()) {
      auto it = by_number.find(std::string(c.at("parent").as_string()));
      if (it == by_number.end()) throw std::runtime_error(where + ": parent not listed before it");
      parent = it->second;
      parents.insert(it->first);
    }
    soci::indicator parent_ind = parent ? soci::i_ok : soci::i_null;
    db::Id parent_id = parent.value_or(0);
    int normative = Flag(c, "normative") ? 1 : 0;
    soci::indicator normative_ind = c.contains("normative") ? soci::i_ok : soci::i_null;
    int unconfirmed = Flag(c, "unconfirmed") ? 1 : 0;
    std::string clause_urn = ClauseUrn(urn, kind, number);
    ++position;
    auto existing = FindId(s, "clauses", "urn", clause_urn);
    db::Id id = existing.value_or(0);
    if (existing) {
      s << "UPDATE clauses SET parent_id = :p, title_en = :te, title_vi = :tv, normative = :n, unconfirmed = :u, "
           "position = :pos WHERE id = :id",
          soci::use(parent_id, parent_ind), soci::use(cte), soci::use(ctv), soci::use(normative, normative_ind),
          soci::use(unconfirmed), soci::use(position), soci::use(id);
    } else {
      s << "INSERT INTO clauses (standard_id, urn, number, parent_id, kind, title_en, title_vi, normative, "
           "unconfirmed, position) VALUES (:s, :urn, :num, :p, :k, :te, :tv, :n, :u, :pos) RETURNING id",
          soci::use(standard_id), soci::use(clause_urn), soci::use(number), soci::use(parent_id, parent_ind),
          soci::use(kind), soci::use(cte), soci::use(ctv), soci::use(normative, normative_ind),
          soci::use(unconfirmed), soci::use(position), soci::into(id);
    }
    by_number[number] = id;
    ++report.clauses_written;
  }

  std::set<std::string> item_keys;
  if (doc.contains("mandatory_documented_information")) {
    int item_position = 0;
    for (const json::value& v : doc.at("mandatory_documented_information").as_array()) {
      const json::object& m = v.as_object();
      std::string clause = Str(m, "clause", name), type = Str(m, "type", name);
      std::string where = name + " mandatory item of " + clause;
      std::string mte = Str(m, "title_en", where), mtv = Str(m, "title_vi", where);
      if (type != "maintain" && type != "retain") throw std::runtime_error(where + ": bad type");
      auto it = by_number.find(clause);
      if (it == by_number.end()) throw std::runtime_error(where + ": unknown clause");
      // Readiness caps the clause an item names and no other: naming a heading would cap none of its sub-clauses.
      if (parents.count(clause)) throw std::runtime_error(where + ": name the sub-clause that states it");
      std::string key = urn + "#" + clause + "#" + type + "#" + mte;
      item_keys.insert(key);
      int unconfirmed = Flag(m, "unconfirmed") ? 1 : 0;
      ++item_position;
      auto existing = FindId(s, "mandatory_information", "item_key", key);
      if (existing) {
        s << "UPDATE mandatory_information SET title_vi = :tv, unconfirmed = :u, position = :p WHERE id = :id",
            soci::use(mtv), soci::use(unconfirmed), soci::use(item_position), soci::use(*existing);
      } else {
        s << "INSERT INTO mandatory_information (clause_id, item_key, type, title_en, title_vi, unconfirmed, "
             "position) VALUES (:c, :k, :t, :te, :tv, :u, :p)",
            soci::use(it->second), soci::use(key), soci::use(type), soci::use(mte), soci::use(mtv),
            soci::use(unconfirmed), soci::use(item_position);
      }
    }
  }
  // Items the file no longer lists (moved to the sub-clause that states them, say) go; nothing links to them.
  int items_removed = 0;
  db::Binds b;
  b.Id("s", standard_id);
  for (const auto& [item_id, key] : db::FetchAll<db::IdTextReader>(
           s, "SELECT m.id, m.item_key FROM mandatory_information m JOIN clauses c ON c.id = m.clause_id "
              "WHERE c.standard_id = :s",
           b)) {
    if (item_keys.count(key)) continue;
    s << "DELETE FROM mandatory_information WHERE id = :id", soci::use(item_id);
    ++items_removed;
  }
  ++report.standards_changed;
  json::object after{{"urn", urn},
                     {"content_hash", hash},
                     {"clauses", position},
                     {"links_renumbered", relinked},
                     {"mandatory_items_removed", items_removed}};
  audit::Append(db, s, audit::Actor::System("catalogue-load"),
                {"standard", std::to_string(standard_id), exists ? "update" : "create", std::nullopt,
                 json::serialize(after)});
}

std::optional<db::Id> ClauseIdByNumber(soci::session& s, const std::string& standard_urn, const std::string& number) {
  for (const char* kind : {"clause", "annex", "principle"}) {
    if (auto id = FindId(s, "clauses", "urn", ClauseUrn(standard_urn, kind, number))) return id;
  }
  return std::nullopt;
}

void LoadCrosswalk(db::Database& db, soci::session& s, const std::string& name, const json::object& doc,
                   LoadReport& report) {
  std::string from = Str(doc, "from", name), to = Str(doc, "to", name);
  if (!doc.contains("mappings") || !doc.at("mappings").is_array()) throw std::runtime_error(name + ": no mappings");
  std::string hash = Sha256Hex(json::serialize(doc));
  // Each mapping is upserted, so reloading an unchanged file writes nothing and audits nothing.
  int written = 0;
  std::set<std::pair<db::Id, db::Id>> listed;
  for (const json::value& v : doc.at("mappings").as_array()) {
    const json::object& m = v.as_object();
    std::string a = Str(m, "from", name), b = Str(m, "to", name), relation = Str(m, "relation", name);
    std::string where = name + " mapping " + a + " -> " + b;
    if (relation != "equal" && relation != "subset" && relation != "superset" && relation != "intersect")
      throw std::runtime_error(where + ": bad relation");
    auto from_id = ClauseIdByNumber(s, from, a), to_id = ClauseIdByNumber(s, to, b);
    if (!from_id || !to_id) throw std::runtime_error(where + ": clause not in the catalogue");
    listed.insert({*from_id, *to_id});
    std::string note_en = m.contains("note_en") && m.at("note_en").is_string() ? std::string(m.at("note_en").as_string()) : "";
    std::string note_vi = m.contains("note_vi") && m.at("note_vi").is_string() ? std::string(m.at("note_vi").as_string()) : "";
    db::Id id = 0;
    std::string old_relation, old_en, old_vi;
    s << "SELECT id, relation, note_en, note_vi FROM crosswalks WHERE from_clause_id = :a AND to_clause_id = :b",
        soci::use(*from_id), soci::use(*to_id), soci::into(id), soci::into(old_relation), soci::into(old_en),
        soci::into(old_vi);
    if (s.got_data()) {
      if (old_relation == relation && old_en == note_en && old_vi == note_vi) continue;
      s << "UPDATE crosswalks SET relation = :r, note_en = :ne, note_vi = :nv WHERE id = :id", soci::use(relation),
          soci::use(note_en), soci::use(note_vi), soci::use(id);
    } else {
      s << "INSERT INTO crosswalks (from_clause_id, to_clause_id, relation, note_en, note_vi) VALUES (:a, :b, :r, "
           ":ne, :nv)",
          soci::use(*from_id), soci::use(*to_id), soci::use(relation), soci::use(note_en), soci::use(note_vi);
    }
    ++written;
  }
  // Mappings between the two standards that the file no longer lists go: an "equal" left behind would still share
  // evidence, self-assessments and audit coverage. Nothing else refers to a mapping.
  db::Binds b;
  b.Text("from_urn", from);
  b.Text("to_urn", to);
  for (const auto& [id, pair] : db::FetchAll<db::KeyedReader<db::IdPairReader>>(
           s, "SELECT x.id, x.from_clause_id, x.to_clause_id FROM crosswalks x "
              "JOIN clauses f ON f.id = x.from_clause_id JOIN standards fs ON fs.id = f.standard_id "
              "JOIN clauses t ON t.id = x.to_clause_id JOIN standards ts ON ts.id = t.standard_id "
              "WHERE fs.urn = :from_urn AND ts.urn = :to_urn",
           b)) {
    if (listed.count(pair)) continue;
    s << "DELETE FROM crosswalks WHERE id = :id", soci::use(id);
    ++written;
  }
  report.correspondences_written += written;
  if (written > 0) {
    json::object after{{"from", from}, {"to", to}, {"content_hash", hash}, {"mappings_written", written}};
    audit::Append(db, s, audit::Actor::System("catalogue-load"),
                  {"crosswalk", from + "|" + to, "load", std::nullopt, json::serialize(after)});
  }
}

template <class Reader>
auto Query(db::Database& db, const std::string& sql, db::Id value) {
  std::vector<decltype(std::declval<Reader>().Take())> out;
  db.Read([&](soci::session& s) {
    db::Binds binds;
    binds.Id("v", value);
    out = db::FetchAll<Reader>(s, sql, binds);
  });
  return out;
}

struct StandardReader {
  Standard st;
  db::Nullable<std::string> deadline;
  int imported = 0;
  void Bind(soci::statement& q) {
    q.exchange(soci::into(st.id));
    q.exchange(soci::into(st.urn));
    q.exchange(soci::into(st.code));
    q.exchange(soci::into(st.edition));
    q.exchange(soci::into(st.title_en));
    q.exchange(soci::into(st.title_vi));
    q.exchange(soci::into(st.amendments_json));
    q.exchange(soci::into(st.clause_count));
    q.exchange(soci::into(deadline.value, deadline.ind));
    q.exchange(soci::into(imported));
  }
  Standard Take() const {
    Standard out = st;
    out.transition_deadline = deadline.Get();
    out.imported = imported != 0;
    return out;
  }
};

const char* kStandardSelect =
    "SELECT s.id, s.urn, s.code, s.edition, s.title_en, s.title_vi, s.amendments_json, "
    "(SELECT COUNT(*) FROM clauses c WHERE c.standard_id = s.id), s.transition_deadline, "
    "(SELECT COUNT(*) FROM frameworks f WHERE f.standard_id = s.id) FROM standards s ";

struct ClauseColumns {
  Clause c;
  db::Id parent = 0;
  int normative = 0, unconfirmed = 0;
  soci::indicator parent_ind = soci::i_null, normative_ind = soci::i_null;
  void Bind(soci::statement& q) {
    q.exchange(soci::into(c.id));
    q.exchange(soci::into(c.standard_id));
    q.exchange(soci::into(c.urn));
    q.exchange(soci::into(c.number));
    q.exchange(soci::into(parent, parent_ind));
    q.exchange(soci::into(c.kind));
    q.exchange(soci::into(c.title_en));
    q.exchange(soci::into(c.title_vi));
    q.exchange(soci::into(normative, normative_ind));
    q.exchange(soci::into(unconfirmed));
    q.exchange(soci::into(c.position));
  }
  Clause Take() const {
    Clause out = c;
    out.parent_id = parent_ind == soci::i_ok ? std::optional<db::Id>(parent) : std::nullopt;
    out.normative = normative_ind == soci::i_ok ? std::optional<bool>(normative != 0) : std::nullopt;
    out.unconfirmed = unconfirmed != 0;
    return out;
  }
};

// In ClauseColumns::Bind order.
std::string ClauseColumnList(const std::string& prefix) {
  std::string out;
  for (const char* column : {"id", "standard_id", "urn", "number", "parent_id", "kind", "title_en", "title_vi",
                             "normative", "unconfirmed", "position"})
    out += (out.empty() ? "" : ", ") + prefix + column;
  return out;
}

struct ClauseReader : ClauseColumns {};

struct MandatoryReader {
  MandatoryItem m;
  int unconfirmed = 0;
  void Bind(soci::statement& q) {
    q.exchange(soci::into(m.id));
    q.exchange(soci::into(m.clause_id));
    q.exchange(soci::into(m.clause_number));
    q.exchange(soci::into(m.type));
    q.exchange(soci::into(m.title_en));
    q.exchange(soci::into(m.title_vi));
    q.exchange(soci::into(unconfirmed));
  }
  MandatoryItem Take() const {
    MandatoryItem out = m;
    out.unconfirmed = unconfirmed != 0;
    return out;
  }
};

}  // namespace

LoadReport LoadCatalogue(db::Database& db, const std::vector<std::pair<std::string, std::string>>& files) {
  LoadReport report;
  std::vector<std::pair<std::string, json::object>> standards, crosswalks;
  for (const auto& [name, text] : files) {
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    if (ec || !v.is_object()) throw std::runtime_error(name + ": not a JSON object");
    json::object& o = v.as_object();
    if (!o.contains("format") || !o.at("format").is_int64() || o.at("format").as_int64() != 1)
      throw std::runtime_error(name + ": unsupported format");
    (o.contains("mappings") ? crosswalks : standards).emplace_back(name, std::move(o));
  }
  db.Write([&](soci::session& s) {
    db.LockForSetup(s);
    for (const auto& [name, doc] : standards) LoadStandard(db, s, name, doc, report);
    for (const auto& [name, doc] : crosswalks) LoadCrosswalk(db, s, name, doc, report);
  });
  return report;
}

LoadReport LoadEmbeddedCatalogue(db::Database& db) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : embedded::Files()) {
    std::string path(f.path);
    if (path.rfind("data/standards/", 0) == 0 && path.size() > 5 && path.substr(path.size() - 5) == ".json")
      files.emplace_back(path, std::string(f.content));
  }
  return LoadCatalogue(db, files);
}

std::vector<Standard> ListStandards(db::Database& db) {
  return Query<StandardReader>(db, std::string(kStandardSelect) + "WHERE s.id > :v ORDER BY s.code, s.edition", 0);
}

std::optional<Standard> GetStandard(db::Database& db, db::Id id) {
  auto found = Query<StandardReader>(db, std::string(kStandardSelect) + "WHERE s.id = :v", id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<Clause> ListClauses(db::Database& db, db::Id standard_id) {
  return Query<ClauseReader>(
      db, "SELECT " + ClauseColumnList("") + " FROM clauses WHERE standard_id = :v ORDER BY position",
      standard_id);
}

std::optional<Clause> GetClause(db::Database& db, db::Id clause_id) {
  auto found = Query<ClauseReader>(db, "SELECT " + ClauseColumnList("") + " FROM clauses WHERE id = :v", clause_id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<MandatoryItem> ListMandatoryItems(db::Database& db, db::Id standard_id) {
  return Query<MandatoryReader>(
      db,
      "SELECT m.id, m.clause_id, c.number, m.type, m.title_en, m.title_vi, m.unconfirmed FROM mandatory_information m "
      "JOIN clauses c ON c.id = m.clause_id WHERE c.standard_id = :v ORDER BY c.position, m.position",
      standard_id);
}

std::vector<Correspondence> ListCorrespondences(db::Database& db, std::optional<db::Id> a, std::optional<db::Id> b) {
  std::vector<Correspondence> out;
  db.Read([&](soci::session& s) { out = ListCorrespondences(s, a, b); });
  return out;
}

std::vector<Correspondence> ListCorrespondences(soci::session& s, std::optional<db::Id> a, std::optional<db::Id> b) {
  std::vector<Correspondence> out;
  std::string cols = ClauseColumnList("f.") + ", " + ClauseColumnList("t.");
  Correspondence row;
  ClauseColumns from, to;
  soci::statement st(s);
  st.exchange(soci::into(row.id));
  st.exchange(soci::into(row.relation));
  st.exchange(soci::into(row.note_en));
  st.exchange(soci::into(row.note_vi));
  from.Bind(st);
  to.Bind(st);
  db::Id sa = a.value_or(0), sb = b.value_or(0);
  std::string where = " WHERE 1 = 1";
  if (a && b) {
    where += " AND ((f.standard_id = :sa AND t.standard_id = :sb) OR (f.standard_id = :sb2 AND t.standard_id = :sa2))";
    st.exchange(soci::use(sa, "sa"));
    st.exchange(soci::use(sb, "sb"));
    st.exchange(soci::use(sb, "sb2"));
    st.exchange(soci::use(sa, "sa2"));
  } else if (a) {
    where += " AND (f.standard_id = :sa OR t.standard_id = :sa2)";
    st.exchange(soci::use(sa, "sa"));
    st.exchange(soci::use(sa, "sa2"));
  }
  st.alloc();
  st.prepare("SELECT x.id, x.relation, x.note_en, x.note_vi, " + cols +
             " FROM crosswalks x JOIN clauses f ON f.id = x.from_clause_id JOIN clauses t ON t.id = x.to_clause_id" +
             where + " ORDER BY f.standard_id, f.position, t.position");
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) {
    Correspondence c = row;
    c.from = from.Take();
    c.to = to.Take();
    out.push_back(c);
  }
  return out;
}

EqualClauses EqualClausesOf(const std::vector<Correspondence>& correspondences) {
  EqualClauses equal;
  for (const auto& c : correspondences) {
    if (c.relation != "equal") continue;
    equal[c.from.id].push_back(c.to.id);
    equal[c.to.id].push_back(c.from.id);
  }
  return equal;
}

boost::json::object ToJson(const Standard& s) {
  boost::system::error_code ec;
  json::value amendments = json::parse(s.amendments_json, ec);
  return {{"id", s.id},           {"urn", s.urn},           {"code", s.code},
          {"edition", s.edition}, {"title_en", s.title_en}, {"title_vi", s.title_vi},
          {"amendments", ec ? json::value(json::array()) : amendments}, {"clause_count", s.clause_count},
          {"transition_deadline", s.transition_deadline ? json::value(*s.transition_deadline) : json::value(nullptr)},
          {"imported", s.imported}};
}

boost::json::object ToJson(const Clause& c) {
  return {{"id", c.id},
          {"standard_id", c.standard_id},
          {"urn", c.urn},
          {"number", c.number},
          {"parent_id", c.parent_id ? json::value(*c.parent_id) : json::value(nullptr)},
          {"kind", c.kind},
          {"title_en", c.title_en},
          {"title_vi", c.title_vi},
          {"normative", c.normative ? json::value(*c.normative) : json::value(nullptr)},
          {"unconfirmed", c.unconfirmed},
          {"position", c.position}};
}

boost::json::object ToJson(const Correspondence& c) {
  auto side = [](const Clause& cl) {
    return json::object{{"clause_id", cl.id},         {"standard_id", cl.standard_id}, {"urn", cl.urn},
                        {"number", cl.number},        {"title_en", cl.title_en},       {"title_vi", cl.title_vi}};
  };
  return {{"id", c.id},           {"from", side(c.from)},   {"to", side(c.to)},
          {"relation", c.relation}, {"note_en", c.note_en}, {"note_vi", c.note_vi}};
}

boost::json::object ToJson(const MandatoryItem& m) {
  return {{"id", m.id},           {"clause_id", m.clause_id}, {"clause_number", m.clause_number},
          {"type", m.type},       {"title_en", m.title_en},   {"title_vi", m.title_vi},
          {"unconfirmed", m.unconfirmed}};
}

bool ClauseExists(soci::session& s, db::Id clause_id) {
  int n = 0;
  s << "SELECT COUNT(*) FROM clauses WHERE id = :c", soci::use(clause_id), soci::into(n);
  return n > 0;
}

}  // namespace eduims::standards
