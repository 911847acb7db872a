#include "actions/service.h"

#include <algorithm>

#include "actions/store.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::actions {
namespace {

using auth::Permission;

std::string Today() { return FormatDate(TodayInVietnam()); }
std::string Json(const Action& a) { return JsonText(a, Today()); }

void CheckSource(const std::optional<std::string>& type, const std::optional<std::string>& id) {
  if (type.has_value() != id.has_value()) Fail(422, "validation.missing_field", type ? "source_id" : "source_type");
  if (!type) return;
  if (type->empty() || type->size() > 32) Fail(422, "validation.invalid_value", "source_type");
  for (unsigned char c : *type)
    if (!std::islower(c) && c != '_') Fail(422, "validation.invalid_value", "source_type");
  if (id->empty() || id->size() > 64) Fail(422, "validation.invalid_value", "source_id");
}

}  // namespace

std::pair<Action, std::string> ActionService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = store::Find(s, id);
  // Owning an action is no right to read it: a former owner whose grants ended sees it no more.
  if (!found || !who.Can(Permission::kViewActions, found->second)) FailNotFound("action");
  return *found;
}

void ActionService::CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id,
                               const std::string& unit_path) {
  if (!owner_id) return;
  if (*owner_id != who.user_id) org_.RequireActiveUser(who, *owner_id, "owner_id");
  CheckOwnerMayAct(who, *owner_id, unit_path);
}

void ActionService::CheckOwnerMayAct(const auth::Principal& who, db::Id owner_id, const std::string& unit_path) {
  // An action given to someone who could never move it would stay open, and overdue, for good.
  auth::RequireNamed(org_, who, owner_id, Permission::kUpdateOwnActions, unit_path, "owner_id",
                     "actions.owner_without_access");
}

Action ActionService::Get(const auth::Principal& who, db::Id id) {
  Action out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<Action> ActionService::List(const auth::Principal& who, const ActionFilter& f) {
  store::ActionQuery q;
  q.scope = who.Scope(Permission::kViewActions);
  q.unit_id = f.unit_id;
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.status = f.status;
  q.owner_id = f.owner_id;
  if (f.overdue) q.overdue_before = Today();
  q.source_type = f.source_type;
  q.source_id = f.source_id;
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Action> out;
  db_.Read([&](soci::session& s) { out = store::List(s, q); });
  return out;
}

std::pair<Action, std::string> ActionService::Prepare(const auth::Principal& who, const ActionInput& in) {
  CheckText("title", in.title, 300, true);
  CheckText("description", in.description, 10000, false);
  CheckSource(in.source_type, in.source_id);
  org::Unit unit;
  try {
    unit = org_.GetUnit(&who, in.unit_id);
  } catch (const ProblemError&) {
    Fail(422, "validation.reference_not_found", "unit_id");
  }
  if (!who.Can(Permission::kManageActions, unit.path)) Fail(403, "auth.forbidden");
  if (unit.archived_at) Fail(409, "conflict.archived", "unit_id");
  CheckOwner(who, in.owner_id, unit.path);
  Action a;
  a.title = in.title;
  a.description = in.description;
  a.owner_id = in.owner_id;
  a.unit_id = in.unit_id;
  a.due_date = in.due_date;
  a.source_type = in.source_type;
  a.source_id = in.source_id;
  a.created_by = who.user_id;
  a.created_at = a.updated_at = NowTimestamp();
  return {a, unit.path};
}

void ActionService::Record(soci::session& s, Action& a, const std::string& unit_path, const audit::Actor& actor) {
  store::Insert(s, a);
  audit::Append(db_, s, actor, {"action", std::to_string(a.id), "create", std::nullopt, Json(a), unit_path});
}

Action ActionService::Create(const auth::Principal& who, const ActionInput& in, const audit::Actor& actor) {
  if (in.source_type &&
      std::find(reserved_sources_.begin(), reserved_sources_.end(), *in.source_type) != reserved_sources_.end())
    Fail(Problem::Make(422, "actions.source_reserved", "source_type").With("entity", *in.source_type));
  std::pair<Action, std::string> prepared = Prepare(who, in);
  db_.Write([&](soci::session& s) { Record(s, prepared.first, prepared.second, actor); });
  return prepared.first;
}

Action ActionService::CreateIn(soci::session& s, const auth::Principal& who, const ActionInput& in,
                               const audit::Actor& actor) {
  auto [a, path] = Prepare(who, in);
  Record(s, a, path, actor);
  return a;
}

std::vector<Action> ActionService::LinkedTo(soci::session& s, const std::string& source_type,
                                            const std::string& source_id) {
  store::ActionQuery q;
  q.scope = {"/"};  // every unit: the rules that count linked actions must see them all
  q.source_type = source_type;
  q.source_id = source_id;
  q.limit = 10000;
  return store::List(s, q);
}

Action ActionService::Update(const auth::Principal& who, db::Id id, long long version, const ActionPatch& patch,
                             const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, 300, true);
  if (patch.description) CheckText("description", *patch.description, 10000, false);
  std::optional<org::Unit> new_unit;
  if (patch.unit_id) {
    try {
      new_unit = org_.GetUnit(&who, *patch.unit_id);
    } catch (const ProblemError&) {
      Fail(422, "validation.reference_not_found", "unit_id");
    }
    if (!who.Can(Permission::kManageActions, new_unit->path)) Fail(403, "auth.forbidden");
    if (new_unit->archived_at) Fail(409, "conflict.archived", "unit_id");
  }
  if (patch.owner_present || new_unit) {
    // The owner and the unit the action will have, read before the write: the write's version check refuses it if
    // the action changed in between.
    std::pair<Action, std::string> current;
    db_.Read([&](soci::session& s) { current = Visible(s, who, id); });
    // Who may not edit the action hears that first, as from the write, not what would be wrong with its owner.
    if (!who.Can(Permission::kManageActions, current.second)) Fail(403, "auth.forbidden");
    const std::string& path = new_unit ? new_unit->path : current.second;
    if (patch.owner_present) {
      CheckOwner(who, patch.owner_id, path);
    } else if (current.first.owner_id) {
      CheckOwnerMayAct(who, *current.first.owner_id, path);
    }
  }
  Action after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageActions, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version)
      FailStale(before.version);
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.description) after.description = *patch.description;
    if (patch.owner_present) after.owner_id = patch.owner_id;
    if (patch.due_present) after.due_date = patch.due_date;
    if (new_unit) after.unit_id = new_unit->id;
    after.updated_at = NowTimestamp();
    if (!store::Update(s, after, version))
      FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"action", std::to_string(id), "update", Json(before), Json(after),
                                  new_unit ? new_unit->path : path});
  });
  return after;
}

Action ActionService::Transition(const auth::Principal& who, db::Id id, long long version, Status to,
                                 const std::optional<std::string>& comment, const audit::Actor& actor) {
  if (comment) CheckText("comment", *comment, 2000, false);
  Action after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version)
      FailStale(before.version);
    auto owner = auth::PartOf(who, before.owner_id == who.user_id, Permission::kUpdateOwnActions, path);
    bool is_manager = who.Can(Permission::kManageActions, path);
    if (auto refusal = Refusal(before.status, to, owner.plays, is_manager)) Fail(auth::Explained(*refusal, {owner}));
    after = before;
    after.status = to;
    after.updated_at = NowTimestamp();
    after.completed_at = IsFinished(to) ? std::optional<std::string>(after.updated_at) : std::nullopt;
    if (!store::Update(s, after, version))
      FailStale(before.version);
    after.version = before.version + 1;
    boost::json::object after_json = ToJson(after, Today());
    if (comment) after_json["comment"] = *comment;
    audit::Append(db_, s, actor,
                  {"action", std::to_string(id), "transition:" + std::string(StatusName(to)), Json(before),
                   boost::json::serialize(after_json), path});
  });
  return after;
}

Action ActionService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Action after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageActions, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"action", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

}  // namespace eduims::actions
