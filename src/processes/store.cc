#include "processes/store.h"

#include "platform/db/query.h"

namespace eduims::processes::store {
namespace {

const char* kColumns =
    "p.id, p.unit_id, p.code, p.name, p.category, p.purpose, p.owner_id, p.inputs, p.outputs, p.resources, "
    "p.risk_level, p.risk_level_source, p.version, p.created_by, p.created_at, p.updated_at, p.archived_at, u.path";

struct Reader {
  Process p;
  std::string category, inputs, outputs, resources, risk, risk_source, archived, path;
  db::Id owner = 0, created_by = 0;
  soci::indicator owner_ind = soci::i_null, by_ind = soci::i_null, archived_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.code));
    st.exchange(soci::into(p.name));
    st.exchange(soci::into(category));
    st.exchange(soci::into(p.purpose));
    st.exchange(soci::into(owner, owner_ind));
    st.exchange(soci::into(inputs));
    st.exchange(soci::into(outputs));
    st.exchange(soci::into(resources));
    st.exchange(soci::into(risk));
    st.exchange(soci::into(risk_source));
    st.exchange(soci::into(p.version));
    st.exchange(soci::into(created_by, by_ind));
    st.exchange(soci::into(p.created_at));
    st.exchange(soci::into(p.updated_at));
    st.exchange(soci::into(archived, archived_ind));
    st.exchange(soci::into(path));
  }
  std::pair<Process, std::string> Take() const {
    Process out = p;
    out.category = ParseCategory(category).value_or(Category::kCore);
    out.risk_level = ParseRiskLevel(risk).value_or(RiskLevel::kMedium);
    out.risk_level_from_register = risk_source == "register";
    if (owner_ind == soci::i_ok) out.owner_id = owner;
    if (by_ind == soci::i_ok) out.created_by = created_by;
    if (archived_ind == soci::i_ok) out.archived_at = archived;
    out.inputs = ListFromText(inputs);
    out.outputs = ListFromText(outputs);
    out.resources = ListFromText(resources);
    return {std::move(out), path};
  }
};

struct FeedReader {
  db::Id from = 0, to = 0;
  std::string what;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(from));
    st.exchange(soci::into(to));
    st.exchange(soci::into(what));
  }
  std::pair<db::Id, Feed> Take() const { return {from, Feed{to, what}}; }
};

std::vector<std::pair<Process, std::string>> Select(soci::session& s, const std::string& where, db::Binds& b) {
  return db::FetchAll<Reader>(
      s, std::string("SELECT ") + kColumns + " FROM processes p JOIN units u ON u.id = p.unit_id WHERE " + where, b);
}

void LoadLinks(soci::session& s, Process& p) {
  db::Binds b;
  p.clause_ids = db::FetchIds(
      s, "SELECT clause_id FROM process_clauses WHERE process_id = " + b.Id("v", p.id) + " ORDER BY clause_id", b);
  db::Binds f;
  p.feeds.clear();
  for (auto& [from, feed] : db::FetchAll<FeedReader>(
           s,
           "SELECT from_process_id, to_process_id, what FROM process_interactions WHERE from_process_id = " +
               f.Id("v", p.id) + " ORDER BY to_process_id",
           f))
    p.feeds.push_back(std::move(feed));
}

}  // namespace

std::optional<std::pair<Process, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = Select(s, "p.id = " + b.Id("id", id), b);
  if (rows.empty()) return std::nullopt;
  LoadLinks(s, rows.front().first);
  return rows.front();
}

std::vector<Process> List(soci::session& s, const ProcessQuery& q) {
  db::Binds b;
  std::string where = db::SubtreeClause(db::ScopeWithin(q.scope, q.within_path), "u.path", b);
  if (q.unit_id) where += " AND p.unit_id = " + b.Id("unit_id", *q.unit_id);
  if (q.owner_id) where += " AND p.owner_id = " + b.Id("owner", *q.owner_id);
  if (q.category) where += " AND p.category = " + b.Text("category", std::string(CategoryName(*q.category)));
  if (q.clause_id)
    where += " AND EXISTS (SELECT 1 FROM process_clauses c WHERE c.process_id = p.id AND c.clause_id = " +
             b.Id("clause", *q.clause_id) + ")";
  if (q.text_folded) where += " AND " + db::ContainsWords({"p.name_folded", "lower(p.code)"}, *q.text_folded, b);
  if (!q.include_archived) where += " AND p.archived_at IS NULL";
  if (q.after) where += " AND p.id > " + b.Id("after", *q.after);
  where += " ORDER BY p.id LIMIT " + std::to_string(q.limit);
  std::vector<Process> out;
  for (auto& [p, path] : Select(s, where, b)) {
    LoadLinks(s, p);
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<Feed> FedBy(soci::session& s, db::Id process_id) {
  db::Binds b;
  std::vector<Feed> out;
  for (auto& [from, feed] : db::FetchAll<FeedReader>(
           s,
           "SELECT i.to_process_id, i.from_process_id, i.what FROM process_interactions i JOIN processes p ON "
           "p.id = i.from_process_id WHERE i.to_process_id = " +
               b.Id("v", process_id) + " AND p.archived_at IS NULL ORDER BY i.from_process_id",
           b))
    out.push_back(std::move(feed));
  return out;
}

std::vector<std::pair<db::Id, Process>> LinkedToClauses(soci::session& s, const std::vector<std::string>& scope,
                                                        const std::vector<db::Id>& clause_ids) {
  std::vector<std::pair<db::Id, Process>> out;
  for (const auto& slice : db::IdSlices(clause_ids)) {
    db::Binds b;
    for (auto& [clause_id, row] : db::FetchAll<db::KeyedReader<Reader>>(
             s,
             std::string("SELECT pc.clause_id, ") + kColumns +
                 " FROM process_clauses pc JOIN processes p ON p.id = pc.process_id JOIN units u ON u.id = p.unit_id "
                 "WHERE p.archived_at IS NULL AND " +
                 db::SubtreeClause(scope, "u.path", b) + " AND pc.clause_id IN " + db::IdList(slice, "c", b) +
                 " ORDER BY pc.clause_id, p.id",
             b))
      out.emplace_back(clause_id, std::move(row.first));
  }
  return out;
}

bool CodeTaken(soci::session& s, db::Id unit_id, const std::string& code, db::Id except_id) {
  db::Binds b;
  return !db::FetchIds(s,
                       "SELECT id FROM processes WHERE unit_id = " + b.Id("unit", unit_id) +
                           " AND code = " + b.Text("code", code) + " AND id <> " + b.Id("except", except_id),
                       b)
              .empty();
}

void Insert(soci::session& s, Process& p, const std::string& name_folded) {
  std::string category(CategoryName(p.category)), risk(RiskLevelName(p.risk_level));
  std::string inputs = ListToText(p.inputs), outputs = ListToText(p.outputs), resources = ListToText(p.resources);
  db::Id owner = p.owner_id.value_or(0), by = p.created_by.value_or(0);
  soci::indicator owner_ind = p.owner_id ? soci::i_ok : soci::i_null, by_ind = p.created_by ? soci::i_ok : soci::i_null;
  s << "INSERT INTO processes (unit_id, code, name, name_folded, category, purpose, owner_id, inputs, outputs, "
       "resources, risk_level, version, created_by, created_at, updated_at) VALUES (:unit, :code, :name, :folded, "
       ":category, :purpose, :owner, :inputs, :outputs, :resources, :risk, 1, :by, :created, :updated) RETURNING id",
      soci::use(p.unit_id), soci::use(p.code), soci::use(p.name), soci::use(name_folded), soci::use(category),
      soci::use(p.purpose), soci::use(owner, owner_ind), soci::use(inputs), soci::use(outputs),
      soci::use(resources), soci::use(risk), soci::use(by, by_ind), soci::use(p.created_at),
      soci::use(p.updated_at), soci::into(p.id);
  p.version = 1;
}

bool Update(soci::session& s, const Process& p, const std::string& name_folded, long long expected_version) {
  std::string category(CategoryName(p.category)), risk(RiskLevelName(p.risk_level));
  std::string inputs = ListToText(p.inputs), outputs = ListToText(p.outputs), resources = ListToText(p.resources);
  std::string archived = p.archived_at.value_or("");
  db::Id owner = p.owner_id.value_or(0);
  soci::indicator owner_ind = p.owner_id ? soci::i_ok : soci::i_null,
                  archived_ind = p.archived_at ? soci::i_ok : soci::i_null;
  soci::statement st =
      (s.prepare << "UPDATE processes SET code = :code, name = :name, name_folded = :folded, category = :category, "
                    "purpose = :purpose, owner_id = :owner, inputs = :inputs, outputs = :outputs, "
                    "resources = :resources, risk_level = :risk, version = version + 1, updated_at = :updated, "
                    "archived_at = :archived WHERE id = :id AND version = :expected",
       soci::use(p.code), soci::use(p.name), soci::use(name_folded), soci::use(category), soci::use(p.purpose),
       soci::use(owner, owner_ind), soci::use(inputs), soci::use(outputs), soci::use(resources), soci::use(risk),
       soci::use(p.updated_at), soci::use(archived, archived_ind), soci::use(p.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

bool SetRiskLevel(soci::session& s, const Process& p, long long expected_version) {
  std::string risk(RiskLevelName(p.risk_level)), source(p.risk_level_from_register ? "register" : "typed");
  soci::statement st = (s.prepare << "UPDATE processes SET risk_level = :risk, risk_level_source = :source, "
                                     "version = version + 1, updated_at = :updated WHERE id = :id AND version = :v",
                        soci::use(risk), soci::use(source), soci::use(p.updated_at), soci::use(p.id),
                        soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void SetClauses(soci::session& s, db::Id process_id, const std::vector<db::Id>& clause_ids) {
  s << "DELETE FROM process_clauses WHERE process_id = :p", soci::use(process_id);
  for (db::Id clause : clause_ids)
    s << "INSERT INTO process_clauses (process_id, clause_id) VALUES (:p, :c)", soci::use(process_id),
        soci::use(clause);
}

void SetFeeds(soci::session& s, db::Id process_id, const std::vector<Feed>& feeds) {
  s << "DELETE FROM process_interactions WHERE from_process_id = :p", soci::use(process_id);
  for (const Feed& f : feeds)
    s << "INSERT INTO process_interactions (from_process_id, to_process_id, what) VALUES (:p, :t, :w)",
        soci::use(process_id), soci::use(f.process_id), soci::use(f.what);
}

}  // namespace eduims::processes::store
