#include "planning/objective_store.h"

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::planning::objective_store {
namespace {

const char* kColumns =
    "o.id, o.unit_id, o.title, o.policy_link, o.plan_what, o.resources, o.responsible_id, o.due_date, o.evaluation, "
    "o.version, o.created_by, o.created_at, o.updated_at, o.archived_at, u.path";

struct Reader {
  Objective o;
  db::Nullable<db::Id> responsible, created_by;
  db::Nullable<std::string> due, archived;
  std::string path;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(o.id));
    st.exchange(soci::into(o.unit_id));
    st.exchange(soci::into(o.title));
    st.exchange(soci::into(o.policy_link));
    st.exchange(soci::into(o.plan_what));
    st.exchange(soci::into(o.resources));
    st.exchange(soci::into(responsible.value, responsible.ind));
    st.exchange(soci::into(due.value, due.ind));
    st.exchange(soci::into(o.evaluation));
    st.exchange(soci::into(o.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(o.created_at));
    st.exchange(soci::into(o.updated_at));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(path));
  }
  std::pair<Objective, std::string> Take() const {
    Objective out = o;
    out.responsible_id = responsible.Get();
    out.due_date = due.Get();
    out.created_by = created_by.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

std::string Select(const std::string& where) {
  return std::string("SELECT ") + kColumns + " FROM objectives o JOIN units u ON u.id = o.unit_id WHERE " + where;
}

}  // namespace

std::optional<std::pair<Objective, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = db::FetchAll<Reader>(s, Select("o.id = " + p.Id("id", id)), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Objective> List(soci::session& s, const ObjectiveQuery& q) {
  db::Binds p;
  std::string where = db::SubtreeClause(q.scope, "u.path", p);
  if (q.unit_id) where += " AND o.unit_id = " + p.Id("unit", *q.unit_id);
  if (!q.include_archived) where += " AND o.archived_at IS NULL";
  if (q.after) where += " AND o.id > " + p.Id("after", *q.after);
  std::vector<Objective> out;
  for (auto& row : db::FetchAll<Reader>(s, Select(where) + " ORDER BY o.id LIMIT " + std::to_string(q.limit), p))
    out.push_back(std::move(row.first));
  return out;
}

void Insert(soci::session& s, Objective& o) {
  db::Nullable<db::Id> responsible(o.responsible_id), created_by(o.created_by);
  db::Nullable<std::string> due(o.due_date);
  s << "INSERT INTO objectives (unit_id, title, policy_link, plan_what, resources, responsible_id, due_date, "
       "evaluation, version, created_by, created_at, updated_at) VALUES (:unit, :title, :policy, :what, :resources, "
       ":responsible, :due, :evaluation, 1, :by, :created, :updated) RETURNING id",
      soci::use(o.unit_id), soci::use(o.title), soci::use(o.policy_link), soci::use(o.plan_what),
      soci::use(o.resources), soci::use(responsible.value, responsible.ind), soci::use(due.value, due.ind),
      soci::use(o.evaluation), soci::use(created_by.value, created_by.ind), soci::use(o.created_at),
      soci::use(o.updated_at), soci::into(o.id);
  o.version = 1;
}

bool Update(soci::session& s, const Objective& o, long long expected_version) {
  db::Nullable<db::Id> responsible(o.responsible_id);
  db::Nullable<std::string> due(o.due_date), archived(o.archived_at);
  soci::statement st =
      (s.prepare << "UPDATE objectives SET title = :title, policy_link = :policy, plan_what = :what, "
                    "resources = :resources, responsible_id = :responsible, due_date = :due, evaluation = :evaluation, "
                    "version = version + 1, updated_at = :updated, archived_at = :archived "
                    "WHERE id = :id AND version = :expected",
       soci::use(o.title), soci::use(o.policy_link), soci::use(o.plan_what), soci::use(o.resources),
       soci::use(responsible.value, responsible.ind), soci::use(due.value, due.ind), soci::use(o.evaluation),
       soci::use(o.updated_at), soci::use(archived.value, archived.ind), soci::use(o.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace eduims::planning::objective_store
