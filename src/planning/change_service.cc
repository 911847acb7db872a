#include "planning/change_service.h"

#include <algorithm>

#include "planning/change_store.h"
#include "planning/context_rules.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::planning {
namespace {

using auth::Permission;

std::string Json(const PlannedChange& c) { return boost::json::serialize(ToJson(c)); }

void CheckFields(const PlannedChange& c) {
  CheckText("title", c.title, 300, true);
  for (auto [field, text] : {std::pair{"purpose", &c.purpose}, {"risks", &c.risks}, {"resources", &c.resources},
                             {"responsibilities", &c.responsibilities}})
    CheckText(field, *text, 5000, false);
}

// ISO 21001 / ISO 9001 5.1 and 6.3: top management decides on changes to the management system.
bool IsTopManagementOf(const auth::Principal& who, const std::string& unit_path) {
  return std::any_of(who.grants.begin(), who.grants.end(), [&](const auth::Grant& g) {
    return g.role == auth::Role::kTopManagement && unit_path.rfind(g.unit_path, 0) == 0;
  });
}

}  // namespace

std::pair<PlannedChange, std::string> ChangeService::Visible(soci::session& s, const auth::Principal& who,
                                                              db::Id id) {
  auto found = change_store::Find(s, id);
  if (!found || !who.Can(Permission::kViewPlanning, found->second)) FailNotFound("planned_change");
  return *found;
}

void ChangeService::CheckLinks(const auth::Principal& who, const std::vector<db::Id>& document_ids,
                               const std::vector<db::Id>& process_ids) {
  for (db::Id id : document_ids) {
    try {
      documents_.Get(who, id);
    } catch (const ProblemError&) {
      Fail(422, "validation.reference_not_found", "document_ids");
    }
  }
  RequireProcesses(processes_, who, process_ids);
}

PlannedChange ChangeService::Get(const auth::Principal& who, db::Id id) {
  PlannedChange out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<PlannedChange> ChangeService::List(const auth::Principal& who, const ChangeFilter& f) {
  change_store::ChangeQuery q;
  q.scope = who.Scope(Permission::kViewPlanning);
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.unit_id = f.unit_id;
  q.status = f.status;
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<PlannedChange> out;
  db_.Read([&](soci::session& s) { out = change_store::List(s, q); });
  return out;
}

PlannedChange ChangeService::Create(const auth::Principal& who, const ChangeInput& in, const audit::Actor& actor) {
  PlannedChange c;
  c.unit_id = in.unit_id;
  c.title = in.title;
  c.purpose = in.purpose;
  c.risks = in.risks;
  c.resources = in.resources;
  c.responsibilities = in.responsibilities;
  c.planned_on = in.planned_on;
  c.document_ids = in.document_ids;
  c.process_ids = in.process_ids;
  CheckFields(c);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManagePlanning);
  CheckLinks(who, c.document_ids, c.process_ids);
  c.created_by = who.user_id;
  c.created_at = c.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    change_store::Insert(s, c);
    audit::Append(db_, s, actor, {"planned_change", std::to_string(c.id), "create", std::nullopt, Json(c), unit.path});
  });
  return c;
}

PlannedChange ChangeService::Update(const auth::Principal& who, db::Id id, long long version, const ChangePatch& patch,
                                    const audit::Actor& actor) {
  CheckLinks(who, patch.document_ids.value_or(std::vector<db::Id>{}), patch.process_ids.value_or(std::vector<db::Id>{}));
  PlannedChange after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    // What top management approved is what is carried out.
    if (before.status != "proposed") Fail(409, "planning.change_decided");
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.purpose) after.purpose = *patch.purpose;
    if (patch.risks) after.risks = *patch.risks;
    if (patch.resources) after.resources = *patch.resources;
    if (patch.responsibilities) after.responsibilities = *patch.responsibilities;
    if (patch.planned_present) after.planned_on = patch.planned_on;
    if (patch.document_ids) after.document_ids = *patch.document_ids;
    if (patch.process_ids) after.process_ids = *patch.process_ids;
    CheckFields(after);
    after.updated_at = NowTimestamp();
    if (!change_store::Update(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"planned_change", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

PlannedChange ChangeService::Decide(const auth::Principal& who, db::Id id, long long version,
                                    const std::string& decision, const std::string& note, const audit::Actor& actor) {
  CheckEnum(ChangeDecisions(), decision, "decision");
  CheckText("note", note, 2000, false);
  PlannedChange after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    auto to = DecisionTarget(before.status, decision);
    if (!to) Fail(Problem::Make(409, "planning.change_decided").With("status", before.status));
    if (decision != "implement" && !IsTopManagementOf(who, path)) Fail(403, "planning.top_management_only");
    after = before;
    after.status = *to;
    after.updated_at = NowTimestamp();
    if (decision != "implement") {
      after.decided_by = who.user_id;
      after.decided_at = after.updated_at;
      after.decision_note = note;
    }
    if (!change_store::Update(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"planned_change", std::to_string(id), "decision:" + decision, Json(before), Json(after), path});
  });
  return after;
}

PlannedChange ChangeService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  PlannedChange after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!change_store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"planned_change", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

}  // namespace eduims::planning
