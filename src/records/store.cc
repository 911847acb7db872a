#include "records/store.h"

#include "platform/db/query.h"

namespace eduims::records::store {
namespace {

const char* kColumns =
    "r.id, r.unit_id, r.title, r.category, r.description, r.recorded_on, r.retention_months, r.retain_until, "
    "r.legal_hold, r.legal_hold_reason, r.owner_id, r.version, r.created_by, r.created_at, r.updated_at, "
    "r.disposed_at, r.disposal_reason, u.path";

struct Reader {
  Record r;
  int hold = 0;
  db::Id owner = 0, by = 0;
  std::string disposed, reason, path;
  soci::indicator owner_ind = soci::i_null, by_ind = soci::i_null, disposed_ind = soci::i_null,
                  reason_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.unit_id));
    st.exchange(soci::into(r.title));
    st.exchange(soci::into(r.category));
    st.exchange(soci::into(r.description));
    st.exchange(soci::into(r.recorded_on));
    st.exchange(soci::into(r.retention_months));
    st.exchange(soci::into(r.retain_until));
    st.exchange(soci::into(hold));
    st.exchange(soci::into(r.legal_hold_reason));
    st.exchange(soci::into(owner, owner_ind));
    st.exchange(soci::into(r.version));
    st.exchange(soci::into(by, by_ind));
    st.exchange(soci::into(r.created_at));
    st.exchange(soci::into(r.updated_at));
    st.exchange(soci::into(disposed, disposed_ind));
    st.exchange(soci::into(reason, reason_ind));
    st.exchange(soci::into(path));
  }
  std::pair<Record, std::string> Take() const {
    Record out = r;
    out.legal_hold = hold != 0;
    if (owner_ind == soci::i_ok) out.owner_id = owner;
    if (by_ind == soci::i_ok) out.created_by = by;
    if (disposed_ind == soci::i_ok) out.disposed_at = disposed;
    if (reason_ind == soci::i_ok) out.disposal_reason = reason;
    return {std::move(out), path};
  }
};

std::vector<std::pair<Record, std::string>> Select(soci::session& s, const std::string& where, db::Binds& b) {
  return db::FetchAll<Reader>(
      s, std::string("SELECT ") + kColumns + " FROM records r JOIN units u ON u.id = r.unit_id WHERE " + where, b);
}

void LoadClauses(soci::session& s, Record& r) {
  db::Binds b;
  r.clause_ids = db::FetchIds(
      s, "SELECT clause_id FROM record_clauses WHERE record_id = " + b.Id("v", r.id) + " ORDER BY clause_id", b);
}

}  // namespace

std::optional<std::pair<Record, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = Select(s, "r.id = " + b.Id("id", id), b);
  if (rows.empty()) return std::nullopt;
  LoadClauses(s, rows.front().first);
  return rows.front();
}

std::vector<Record> List(soci::session& s, const RecordQuery& q) {
  db::Binds b;
  std::string where = db::SubtreeClause(db::ScopeWithin(q.scope, q.within_path), "u.path", b);
  if (q.unit_id) where += " AND r.unit_id = " + b.Id("unit_id", *q.unit_id);
  if (q.category) where += " AND r.category = " + b.Text("category", *q.category);
  if (q.clause_id)
    where += " AND EXISTS (SELECT 1 FROM record_clauses c WHERE c.record_id = r.id AND c.clause_id = " +
             b.Id("clause", *q.clause_id) + ")";
  if (q.text_folded) where += " AND " + db::ContainsWords({"r.title_folded"}, *q.text_folded, b);
  if (q.due_on) where += " AND r.legal_hold = 0 AND r.retain_until <= " + b.Text("due_on", *q.due_on);
  if (!q.include_disposed || q.due_on) where += " AND r.disposed_at IS NULL";
  if (q.after) where += " AND r.id > " + b.Id("after", *q.after);
  where += " ORDER BY r.id LIMIT " + std::to_string(q.limit);
  std::vector<Record> out;
  for (auto& [r, path] : Select(s, where, b)) {
    LoadClauses(s, r);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::pair<db::Id, Record>> LinkedToClauses(soci::session& s, const std::vector<std::string>& scope,
                                                       const std::vector<db::Id>& clause_ids) {
  std::vector<std::pair<db::Id, Record>> out;
  for (const auto& slice : db::IdSlices(clause_ids)) {
    db::Binds b;
    for (auto& [clause_id, row] : db::FetchAll<db::KeyedReader<Reader>>(
             s,
             std::string("SELECT rc.clause_id, ") + kColumns +
                 " FROM record_clauses rc JOIN records r ON r.id = rc.record_id JOIN units u ON u.id = r.unit_id "
                 "WHERE r.disposed_at IS NULL AND " +
                 db::SubtreeClause(scope, "u.path", b) + " AND rc.clause_id IN " + db::IdList(slice, "c", b) + " ORDER BY rc.clause_id, r.id",
             b))
      out.emplace_back(clause_id, std::move(row.first));
  }
  return out;
}

void Insert(soci::session& s, Record& r, const std::string& title_folded) {
  int hold = r.legal_hold ? 1 : 0;
  db::Id owner = r.owner_id.value_or(0), by = r.created_by.value_or(0);
  soci::indicator owner_ind = r.owner_id ? soci::i_ok : soci::i_null, by_ind = r.created_by ? soci::i_ok : soci::i_null;
  s << "INSERT INTO records (unit_id, title, title_folded, category, description, recorded_on, retention_months, "
       "retain_until, legal_hold, legal_hold_reason, owner_id, version, created_by, created_at, updated_at) VALUES "
       "(:unit, :title, :folded, :category, :description, :recorded, :months, :until, :hold, :reason, :owner, 1, :by, "
       ":created, :updated) RETURNING id",
      soci::use(r.unit_id), soci::use(r.title), soci::use(title_folded), soci::use(r.category),
      soci::use(r.description), soci::use(r.recorded_on), soci::use(r.retention_months), soci::use(r.retain_until),
      soci::use(hold), soci::use(r.legal_hold_reason), soci::use(owner, owner_ind), soci::use(by, by_ind),
      soci::use(r.created_at), soci::use(r.updated_at), soci::into(r.id);
  r.version = 1;
}

bool Update(soci::session& s, const Record& r, const std::string& title_folded, long long expected_version) {
  int hold = r.legal_hold ? 1 : 0;
  db::Id owner = r.owner_id.value_or(0);
  std::string disposed = r.disposed_at.value_or(""), reason = r.disposal_reason.value_or("");
  soci::indicator owner_ind = r.owner_id ? soci::i_ok : soci::i_null,
                  disposed_ind = r.disposed_at ? soci::i_ok : soci::i_null,
                  reason_ind = r.disposal_reason ? soci::i_ok : soci::i_null;
  soci::statement st =
      (s.prepare << "UPDATE records SET title = :title, title_folded = :folded, category = :category, "
                    "description = :description, recorded_on = :recorded, retention_months = :months, "
                    "retain_until = :until, legal_hold = :hold, legal_hold_reason = :reason, owner_id = :owner, "
                    "version = version + 1, updated_at = :updated, disposed_at = :disposed, "
                    "disposal_reason = :disposal WHERE id = :id AND version = :expected",
       soci::use(r.title), soci::use(title_folded), soci::use(r.category), soci::use(r.description),
       soci::use(r.recorded_on), soci::use(r.retention_months), soci::use(r.retain_until), soci::use(hold),
       soci::use(r.legal_hold_reason), soci::use(owner, owner_ind), soci::use(r.updated_at),
       soci::use(disposed, disposed_ind), soci::use(reason, reason_ind), soci::use(r.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void SetClauses(soci::session& s, db::Id record_id, const std::vector<db::Id>& clause_ids) {
  s << "DELETE FROM record_clauses WHERE record_id = :r", soci::use(record_id);
  for (db::Id clause : clause_ids)
    s << "INSERT INTO record_clauses (record_id, clause_id) VALUES (:r, :c)", soci::use(record_id), soci::use(clause);
}

}  // namespace eduims::records::store
