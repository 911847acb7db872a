#include "actions/store.h"

#include "notifications/task_reader.h"
#include "platform/db/query.h"

namespace eduims::actions::store {
namespace {

const char* kColumns =
    "a.id, a.title, a.description, a.owner_id, a.unit_id, a.due_date, a.status, a.source_type, a.source_id, "
    "a.version, a.created_by, a.created_at, a.updated_at, a.completed_at, a.archived_at, u.path";

struct Reader {
  Action a;
  std::string status, path;
  db::Id owner = 0, created_by = 0;
  std::string due, source_type, source_id, completed, archived;
  soci::indicator owner_ind = soci::i_null, due_ind = soci::i_null, type_ind = soci::i_null,
                  sid_ind = soci::i_null, by_ind = soci::i_null, completed_ind = soci::i_null,
                  archived_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(a.id));
    st.exchange(soci::into(a.title));
    st.exchange(soci::into(a.description));
    st.exchange(soci::into(owner, owner_ind));
    st.exchange(soci::into(a.unit_id));
    st.exchange(soci::into(due, due_ind));
    st.exchange(soci::into(status));
    st.exchange(soci::into(source_type, type_ind));
    st.exchange(soci::into(source_id, sid_ind));
    st.exchange(soci::into(a.version));
    st.exchange(soci::into(created_by, by_ind));
    st.exchange(soci::into(a.created_at));
    st.exchange(soci::into(a.updated_at));
    st.exchange(soci::into(completed, completed_ind));
    st.exchange(soci::into(archived, archived_ind));
    st.exchange(soci::into(path));
  }
  template <class T>
  static std::optional<T> Opt(const T& v, soci::indicator ind) {
    return ind == soci::i_ok ? std::optional<T>(v) : std::nullopt;
  }
  std::pair<Action, std::string> Take() const {
    Action out = a;
    out.owner_id = Opt(owner, owner_ind);
    out.due_date = Opt(due, due_ind);
    out.status = ParseStatus(status).value_or(Status::kOpen);
    out.source_type = Opt(source_type, type_ind);
    out.source_id = Opt(source_id, sid_ind);
    out.created_by = Opt(created_by, by_ind);
    out.completed_at = Opt(completed, completed_ind);
    out.archived_at = Opt(archived, archived_ind);
    return {out, path};
  }
};

// Rows of the actions whose ids `ids_sql` selects (a subquery that orders and limits), in id order. Only the
// page's rows are read: the ids come from indexes alone.
std::vector<std::pair<Action, std::string>> Run(soci::session& s, const std::string& ids_sql, db::Binds& p) {
  return db::FetchAll<Reader>(s,
                              std::string("SELECT ") + kColumns +
                                  " FROM actions a JOIN units u ON u.id = a.unit_id WHERE a.id IN (" + ids_sql +
                                  ") ORDER BY a.id",
                              p);
}

// "u.path in the caller's scope [and within the subtree asked for]", with its binds added to `p`.
std::string VisibleUnits(const ActionQuery& q, db::Binds& p) {
  return db::SubtreeClause(db::ScopeWithin(q.scope, q.within_path), "u.path", p);
}

struct Writable {
  std::string status;
  db::Id owner, created_by;
  std::string due, source_type, source_id, completed, archived;
  soci::indicator owner_ind, by_ind, due_ind, type_ind, sid_ind, completed_ind, archived_ind;
  explicit Writable(const Action& a)
      : status(StatusName(a.status)),
        owner(a.owner_id.value_or(0)),
        created_by(a.created_by.value_or(0)),
        due(a.due_date.value_or("")),
        source_type(a.source_type.value_or("")),
        source_id(a.source_id.value_or("")),
        completed(a.completed_at.value_or("")),
        archived(a.archived_at.value_or("")),
        owner_ind(a.owner_id ? soci::i_ok : soci::i_null),
        by_ind(a.created_by ? soci::i_ok : soci::i_null),
        due_ind(a.due_date ? soci::i_ok : soci::i_null),
        type_ind(a.source_type ? soci::i_ok : soci::i_null),
        sid_ind(a.source_id ? soci::i_ok : soci::i_null),
        completed_ind(a.completed_at ? soci::i_ok : soci::i_null),
        archived_ind(a.archived_at ? soci::i_ok : soci::i_null) {}
};

}  // namespace

std::optional<std::pair<Action, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = Run(s, p.Id("id", id), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Action> List(soci::session& s, const ActionQuery& q) {
  if (db::ScopeWithin(q.scope, q.within_path).empty()) return {};
  // The unary plus keeps the engine from reading the subtree's rows through actions_unit, so it walks the
  // primary key in order instead (see db::kFewUnits).
  bool by_unit = q.unit_id || db::HasFewUnits(s, db::ScopeWithin(q.scope, q.within_path));
  db::Binds p;
  std::string where = std::string(by_unit ? "a.unit_id" : "+a.unit_id") + " IN (SELECT u.id FROM units u WHERE " +
                      VisibleUnits(q, p) + ")";
  if (q.unit_id) where += " AND a.unit_id = " + p.Id("unit_id", *q.unit_id);
  if (q.status) where += " AND a.status = " + p.Text("status", std::string(StatusName(*q.status)));
  if (q.owner_id) where += " AND a.owner_id = " + p.Id("owner", *q.owner_id);
  if (q.overdue_before)
    where += " AND a.status IN ('open', 'in_progress') AND a.due_date < " + p.Text("today", *q.overdue_before);
  if (q.source_type) where += " AND a.source_type = " + p.Text("stype", *q.source_type);
  if (q.source_id) where += " AND a.source_id = " + p.Text("sid", *q.source_id);
  if (!q.include_archived) where += " AND a.archived_at IS NULL";
  if (q.after) where += " AND a.id > " + p.Id("after", *q.after);
  std::vector<Action> out;
  for (auto& row : Run(s, "SELECT a.id FROM actions a WHERE " + where + " ORDER BY a.id LIMIT " +
                              std::to_string(q.limit), p))
    out.push_back(std::move(row.first));
  return out;
}

void Insert(soci::session& s, Action& a) {
  Writable w(a);
  s << "INSERT INTO actions (title, description, owner_id, unit_id, due_date, status, source_type, source_id, "
       "version, created_by, created_at, updated_at, completed_at) VALUES (:title, :description, :owner, :unit, :due, "
       ":status, :stype, :sid, 1, :by, :created, :updated, :completed) RETURNING id",
      soci::use(a.title), soci::use(a.description), soci::use(w.owner, w.owner_ind), soci::use(a.unit_id),
      soci::use(w.due, w.due_ind), soci::use(w.status), soci::use(w.source_type, w.type_ind),
      soci::use(w.source_id, w.sid_ind), soci::use(w.created_by, w.by_ind), soci::use(a.created_at),
      soci::use(a.updated_at), soci::use(w.completed, w.completed_ind), soci::into(a.id);
  a.version = 1;
}

bool Update(soci::session& s, const Action& a, long long expected_version) {
  Writable w(a);
  soci::statement st =
      (s.prepare << "UPDATE actions SET title = :title, description = :description, owner_id = :owner, "
                    "unit_id = :unit, due_date = :due, status = :status, version = version + 1, "
                    "updated_at = :updated, completed_at = :completed, archived_at = :archived "
                    "WHERE id = :id AND version = :expected",
       soci::use(a.title), soci::use(a.description), soci::use(w.owner, w.owner_ind), soci::use(a.unit_id),
       soci::use(w.due, w.due_ind), soci::use(w.status), soci::use(a.updated_at),
       soci::use(w.completed, w.completed_ind), soci::use(w.archived, w.archived_ind), soci::use(a.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<notifications::UserTask> DueTasks(soci::session& s, std::optional<db::Id> user, const std::string& due_by) {
  db::Binds b;
  std::string sql = "SELECT a.owner_id, 'action_due:' || a.id || ':' || a.due_date, 'action_due', a.title, a.due_date, "
                    "'/actions?id=' || a.id FROM actions a WHERE a.owner_id IS NOT NULL AND a.archived_at IS NULL AND "
                    "a.status IN ('open', 'in_progress') AND a.due_date IS NOT NULL AND a.due_date <= " +
                    b.Text("due_by", due_by) + (user ? " AND a.owner_id = " + b.Id("owner", *user) : "");
  return db::FetchAll<notifications::TaskReader>(s, sql, b);
}

}  // namespace eduims::actions::store
