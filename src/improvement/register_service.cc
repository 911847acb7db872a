#include "improvement/register_service.h"

#include <algorithm>

#include "improvement/store.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::improvement {
namespace {

using auth::Permission;

std::string Json(const Improvement& i) { return boost::json::serialize(ToJson(i)); }

bool Blank(const std::optional<std::string>& text) {
  return !text || text->find_first_not_of(" \t\r\n") == std::string::npos;
}

}  // namespace

std::pair<Improvement, std::string> ImprovementService::Visible(soci::session& s, const auth::Principal& who,
                                                                db::Id id) {
  auto found = store::FindImprovement(s, id);
  // Owning an improvement is no right to read it: a former owner whose grants ended sees it no more.
  if (!found || !who.Can(Permission::kViewImprovement, found->second)) FailNotFound("improvement");
  return *found;
}

void ImprovementService::CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id,
                                    const std::string& unit_path) {
  if (!owner_id) return;
  if (*owner_id != who.user_id) org_.RequireActiveUser(who, *owner_id, "owner_id");
  auth::RequireNamed(org_, who, *owner_id, Permission::kUpdateOwnActions, unit_path, "owner_id");
}

Improvement ImprovementService::Get(const auth::Principal& who, db::Id id) {
  Improvement out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<Improvement> ImprovementService::List(const auth::Principal& who, const ImprovementFilter& f) {
  store::ImprovementQuery q;
  q.scope = who.Scope(Permission::kViewImprovement);
  q.unit_id = f.unit_id;
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.owner_id = f.owner_id;
  q.source = f.source;
  q.status = f.status;
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Improvement> out;
  db_.Read([&](soci::session& s) { out = store::ListImprovements(s, q); });
  return out;
}

std::pair<Improvement, std::string> ImprovementService::Prepare(const auth::Principal& who,
                                                                const ImprovementInput& in) {
  CheckText("title", in.title, 300, true);
  CheckText("description", in.description, 10000, false);
  CheckText("expected_benefit", in.expected_benefit, 5000, false);
  if (std::find(ImprovementSources().begin(), ImprovementSources().end(), in.source) == ImprovementSources().end())
    Fail(422, "validation.invalid_value", "source");
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kReportNonconformities);
  CheckOwner(who, in.owner_id, unit.path);
  Improvement i;
  i.unit_id = unit.id;
  i.title = in.title;
  i.description = in.description;
  i.source = in.source;
  i.expected_benefit = in.expected_benefit;
  i.owner_id = in.owner_id;
  i.proposed_by = who.user_id;
  i.created_at = i.updated_at = NowTimestamp();
  return {i, unit.path};
}

void ImprovementService::Record(soci::session& s, Improvement& i, const std::string& unit_path,
                                const audit::Actor& actor) {
  store::InsertImprovement(s, i);
  audit::Append(db_, s, actor, {"improvement", std::to_string(i.id), "create", std::nullopt, Json(i), unit_path});
}

Improvement ImprovementService::Create(const auth::Principal& who, const ImprovementInput& in,
                                       const audit::Actor& actor) {
  std::pair<Improvement, std::string> prepared = Prepare(who, in);
  db_.Write([&](soci::session& s) { Record(s, prepared.first, prepared.second, actor); });
  return prepared.first;
}

Improvement ImprovementService::CreateIn(soci::session& s, const auth::Principal& who, const ImprovementInput& in,
                                         const audit::Actor& actor) {
  std::pair<Improvement, std::string> prepared = Prepare(who, in);
  Record(s, prepared.first, prepared.second, actor);
  return prepared.first;
}

bool ImprovementService::IsClosed(soci::session& s, db::Id id) {
  auto found = store::FindImprovement(s, id);
  return found && found->first.closed_at.has_value();
}

Improvement ImprovementService::Update(const auth::Principal& who, db::Id id, long long version,
                                       const ImprovementPatch& patch, const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, 300, true);
  if (patch.description) CheckText("description", *patch.description, 10000, false);
  if (patch.expected_benefit) CheckText("expected_benefit", *patch.expected_benefit, 5000, false);
  Improvement after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageImprovement, path)) Fail(403, "auth.forbidden");
    CheckOwner(who, patch.owner_id, path);
    if (before.archived_at || before.closed_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.description) after.description = *patch.description;
    if (patch.expected_benefit) after.expected_benefit = *patch.expected_benefit;
    if (patch.owner_id) after.owner_id = patch.owner_id;
    after.updated_at = NowTimestamp();
    if (!store::UpdateImprovement(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"improvement", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

Improvement ImprovementService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Improvement after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageImprovement, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.status == ImprovementStatus::kAccepted) Fail(409, "improvement.archive_in_progress");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!store::UpdateImprovement(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"improvement", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

Improvement ImprovementService::Step(const auth::Principal& who, db::Id id, const ImprovementStepInput& in,
                                     const audit::Actor& actor) {
  ImprovementStepInput step = in;
  // A blank text is no answer: the step's required fields must say something.
  for (auto* text : {&step.comment, &step.outcome})
    if (Blank(*text)) text->reset();
  if (step.comment) CheckText("comment", *step.comment, 2000, false);
  if (step.outcome) CheckText("outcome", *step.outcome, 5000, true);
  Improvement after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != step.version) FailStale(before.version);
    ImprovementFacts facts;
    facts.status = before.status;
    if (step.comment) facts.given.insert("comment");
    if (step.outcome) facts.given.insert("outcome");
    facts.unfinished_actions =
        Summarise(actions_.LinkedTo(s, kImprovementActionSource, std::to_string(id))).unfinished;
    bool manager = who.Can(Permission::kManageImprovement, path);
    auto owner = auth::PartOf(who, before.owner_id == who.user_id, Permission::kUpdateOwnActions, path);
    auto verdict = CheckImprovementStep(step.action, manager, owner.plays, facts);
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(auth::Explained(*problem, {owner}));
    after = before;
    after.status = std::get<ImprovementStatus>(verdict);
    if (step.action == "complete") after.outcome = step.outcome;
    if (step.action != "complete" && step.comment) after.decision_comment = step.comment;
    after.updated_at = NowTimestamp();
    if (after.status == ImprovementStatus::kCompleted || after.status == ImprovementStatus::kRejected)
      after.closed_at = after.updated_at;
    if (!store::UpdateImprovement(s, after, step.version)) FailStale(before.version);
    after.version = before.version + 1;
    boost::json::object after_json = ToJson(after);
    if (step.comment) after_json["comment"] = *step.comment;
    audit::Append(db_, s, actor,
                  {"improvement", std::to_string(id), "transition:" + step.action, Json(before),
                   boost::json::serialize(after_json), path});
  });
  return after;
}

std::vector<actions::Action> ImprovementService::Actions(const auth::Principal& who, db::Id id) {
  std::vector<actions::Action> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = actions_.LinkedTo(s, kImprovementActionSource, std::to_string(id));
  });
  return out;
}

actions::Action ImprovementService::AddAction(const auth::Principal& who, db::Id id, const PlannedAction& in,
                                              const audit::Actor& actor) {
  actions::Action out;
  db_.Write([&](soci::session& s) {
    auto [improvement, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageImprovement, path)) Fail(403, "auth.forbidden");
    if (improvement.archived_at) Fail(409, "conflict.archived");
    if (improvement.status != ImprovementStatus::kAccepted)
      Fail(Problem::Make(409, "improvement.not_planning")
               .With("entity", "improvement")
               .With("status", ImprovementStatusName(improvement.status)));
    out = actions_.CreateIn(s, who, ActionInputFor(in, improvement.unit_id, kImprovementActionSource, id), actor);
  });
  return out;
}

}  // namespace eduims::improvement
