#include "planning/objective_service.h"

#include "planning/objective_store.h"
#include "platform/db/query.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::planning {
namespace {

using auth::Permission;

std::string Json(const Objective& o) { return boost::json::serialize(ToJson(o)); }

void CheckTexts(const std::optional<std::string>& title, const std::optional<std::string>& policy,
                const std::optional<std::string>& what, const std::optional<std::string>& resources,
                const std::optional<std::string>& evaluation) {
  if (title) CheckText("title", *title, 300, true);
  if (policy) CheckText("policy_link", *policy, 2000, false);
  if (what) CheckText("plan_what", *what, 10000, false);
  if (resources) CheckText("resources", *resources, 5000, false);
  if (evaluation) CheckText("evaluation", *evaluation, 5000, false);
}

}  // namespace

std::pair<Objective, std::string> ObjectiveService::Visible(soci::session& s, const auth::Principal& who,
                                                            db::Id id) {
  auto found = objective_store::Find(s, id);
  if (!found || !who.Can(Permission::kViewPlanning, found->second)) FailNotFound("objective");
  return *found;
}

void ObjectiveService::CheckResponsible(const auth::Principal& who, const std::optional<db::Id>& id,
                                        const std::string& unit_path) {
  // Whoever answers for the objective must at least see it where it is pursued.
  if (id) auth::RequireNamed(org_, who, *id, Permission::kViewPlanning, unit_path, "responsible_id");
}

Objective ObjectiveService::Get(const auth::Principal& who, db::Id id) {
  Objective out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<Objective> ObjectiveService::List(const auth::Principal& who, const ObjectiveFilter& f) {
  objective_store::ObjectiveQuery q;
  std::optional<std::string> within;
  if (f.within) within = org_.GetUnit(&who, *f.within).path;
  q.scope = db::ScopeWithin(who.Scope(Permission::kViewPlanning), within);
  q.unit_id = f.unit_id;
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Objective> out;
  db_.Read([&](soci::session& s) { out = objective_store::List(s, q); });
  return out;
}

Objective ObjectiveService::Create(const auth::Principal& who, const ObjectiveInput& in, const audit::Actor& actor) {
  CheckTexts(in.title, in.policy_link, in.plan_what, in.resources, in.evaluation);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManagePlanning);
  CheckResponsible(who, in.responsible_id, unit.path);
  Objective o;
  o.unit_id = unit.id;
  o.title = in.title;
  o.policy_link = in.policy_link;
  o.plan_what = in.plan_what;
  o.resources = in.resources;
  o.evaluation = in.evaluation;
  o.responsible_id = in.responsible_id;
  o.due_date = in.due_date;
  o.created_by = who.user_id;
  o.created_at = o.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    objective_store::Insert(s, o);
    audit::Append(db_, s, actor, {"objective", std::to_string(o.id), "create", std::nullopt, Json(o), unit.path});
  });
  return o;
}

Objective ObjectiveService::Update(const auth::Principal& who, db::Id id, long long version, const ObjectivePatch& p,
                                   const audit::Actor& actor) {
  CheckTexts(p.title, p.policy_link, p.plan_what, p.resources, p.evaluation);
  if (p.responsible_present && p.responsible_id) {
    std::string path;
    db_.Read([&](soci::session& s) { path = Visible(s, who, id).second; });
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    CheckResponsible(who, p.responsible_id, path);
  }
  Objective after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    after = before;
    if (p.title) after.title = *p.title;
    if (p.policy_link) after.policy_link = *p.policy_link;
    if (p.plan_what) after.plan_what = *p.plan_what;
    if (p.resources) after.resources = *p.resources;
    if (p.evaluation) after.evaluation = *p.evaluation;
    if (p.responsible_present) after.responsible_id = p.responsible_id;
    if (p.due_present) after.due_date = p.due_date;
    after.updated_at = NowTimestamp();
    if (!objective_store::Update(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"objective", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

Objective ObjectiveService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Objective after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!objective_store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"objective", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

std::vector<actions::Action> ObjectiveService::Steps(const auth::Principal& who, db::Id id) {
  std::vector<actions::Action> out;
  db_.Read([&](soci::session& s) {
    auto [objective, path] = Visible(s, who, id);
    if (!who.Can(Permission::kViewActions, path)) return;
    out = actions_.LinkedTo(s, kObjectiveActionSource, std::to_string(id));
  });
  return out;
}

actions::Action ObjectiveService::AddStep(const auth::Principal& who, db::Id id, const PlanStep& step,
                                          const audit::Actor& actor) {
  actions::Action out;
  db_.Write([&](soci::session& s) {
    auto [objective, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (objective.archived_at) Fail(409, "conflict.archived");
    actions::ActionInput in;
    in.title = step.title;
    in.description = step.description;
    in.owner_id = step.owner_id;
    in.unit_id = objective.unit_id;
    in.due_date = step.due_date;
    in.source_type = kObjectiveActionSource;
    in.source_id = std::to_string(id);
    out = actions_.CreateIn(s, who, in, actor);
  });
  return out;
}

}  // namespace eduims::planning
