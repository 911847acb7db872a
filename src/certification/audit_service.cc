#include "certification/audit_service.h"

#include <algorithm>
#include <set>

#include "certification/store.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::certification {
namespace {

std::string Json(const Audit& a) { return boost::json::serialize(ToJson(a)); }

void CheckTeam(const std::vector<TeamMember>& team) {
  if (team.empty()) Fail(422, "validation.missing_field", "team");
  if (team.size() > 20) Fail(Problem::Make(422, "validation.too_long", "team").With("max", "20"));
  int leads = 0;
  for (size_t i = 0; i < team.size(); ++i) {
    std::string field = "team[" + std::to_string(i) + "]";
    CheckText(field + ".name", team[i].name, 200, true);
    if (std::find(TeamRoles().begin(), TeamRoles().end(), team[i].role) == TeamRoles().end())
      Fail(422, "validation.invalid_value", field + ".role");
    if (team[i].role == "lead") ++leads;
  }
  // The certification body names one lead auditor for each audit.
  if (leads != 1) Fail(422, "validation.invalid_value", "team");
}

void CheckJustification(std::optional<std::string>& justification) {
  if (Blank(justification)) justification.reset();
  if (justification) CheckText("window_justification", *justification, 2000, true);
}

// The audit of the project, refused as not found when it belongs to another one.
Audit AuditOf(soci::session& s, db::Id project_id, db::Id audit_id) {
  auto audit = store::FindAudit(s, audit_id);
  if (!audit || audit->project_id != project_id) FailNotFound("certification_audit");
  return *audit;
}

void CheckPlacement(const ProjectContext& context, const Audit& audit) {
  AuditFact fact{audit.id, audit.type, audit.status, ParseDay(audit.start_date), ParseDay(audit.end_date)};
  if (auto problem = PlacementProblem(context.facts, fact, audit.window_justification.has_value())) Fail(*problem);
}

}  // namespace

Audit CertificationAuditService::Create(const auth::Principal& who, db::Id project_id, const AuditInput& in,
                                        const audit::Actor& actor) {
  if (std::find(AuditTypes().begin(), AuditTypes().end(), in.type) == AuditTypes().end())
    Fail(422, "validation.invalid_value", "type");
  CheckTeam(in.team);
  CheckText("notes", in.notes, 10000, false);
  Audit a;
  a.project_id = project_id;
  a.type = in.type;
  a.start_date = in.start_date;
  a.end_date = in.end_date;
  a.audit_days = in.audit_days;
  a.team = in.team;
  a.notes = in.notes;
  a.window_justification = in.window_justification;
  CheckJustification(a.window_justification);
  a.created_at = a.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    auto [project, path] = VisibleProject(s, who, project_id);
    RequireCoordinator(who, path);
    CheckPlacement(LoadContext(s, nonconformities_, project), a);
    store::InsertAudit(s, a);
    audit::Append(db_, s, actor, {"certification_audit", std::to_string(a.id), "create", std::nullopt, Json(a), path});
  });
  return a;
}

Audit CertificationAuditService::Get(const auth::Principal& who, db::Id project_id, db::Id audit_id,
                                     std::vector<FindingDetail>* findings) {
  Audit out;
  db_.Read([&](soci::session& s) {
    VisibleProject(s, who, project_id);
    out = AuditOf(s, project_id, audit_id);
    if (!findings) return;
    auto listed = store::ListFindings(s, audit_id);
    std::vector<db::Id> nc_ids;
    for (const Finding& f : listed)
      if (f.nonconformity_id) nc_ids.push_back(*f.nonconformity_id);
    auto standing = nonconformities_.StandingOf(s, nc_ids);
    for (const Finding& f : listed) {
      FindingDetail detail{f, std::nullopt};
      for (const auto& nc : standing)
        if (f.nonconformity_id == nc.id) detail.nonconformity = nc;
      findings->push_back(detail);
    }
  });
  return out;
}

Audit CertificationAuditService::Update(const auth::Principal& who, db::Id project_id, db::Id audit_id,
                                        const AuditPatch& patch, const audit::Actor& actor) {
  if (patch.team) CheckTeam(*patch.team);
  if (patch.notes) CheckText("notes", *patch.notes, 10000, false);
  Audit after;
  db_.Write([&](soci::session& s) {
    auto [project, path] = VisibleProject(s, who, project_id);
    RequireCoordinator(who, path);
    Audit before = AuditOf(s, project_id, audit_id);
    if (before.version != patch.version) FailStale(before.version);
    if (before.status != AuditStatus::kPlanned)
      Fail(Problem::Make(409, "certification.audit_not_planned")
               .With("entity", "certification_audit")
               .With("status", AuditStatusName(before.status)));
    after = before;
    if (patch.start_date) after.start_date = *patch.start_date;
    if (patch.end_date) after.end_date = *patch.end_date;
    if (patch.audit_days) after.audit_days = *patch.audit_days;
    if (patch.team) after.team = *patch.team;
    if (patch.notes) after.notes = *patch.notes;
    if (patch.window_justification) after.window_justification = *patch.window_justification;
    CheckJustification(after.window_justification);
    CheckPlacement(LoadContext(s, nonconformities_, project), after);
    after.updated_at = NowTimestamp();
    if (!store::UpdateAudit(s, after, patch.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"certification_audit", std::to_string(audit_id), "update", Json(before), Json(after), path});
  });
  return after;
}

Audit CertificationAuditService::Transition(const auth::Principal& who, db::Id project_id, db::Id audit_id,
                                            const AuditStepInput& in, const audit::Actor& actor) {
  std::optional<std::string> comment = in.comment;
  if (Blank(comment)) comment.reset();
  if (comment) CheckText("comment", *comment, 2000, false);
  Audit after;
  db_.Write([&](soci::session& s) {
    auto [project, path] = VisibleProject(s, who, project_id);
    Audit before = AuditOf(s, project_id, audit_id);
    if (before.version != in.version) FailStale(before.version);
    std::set<std::string> given;
    if (comment) given.insert("comment");
    auto found = CheckTable(AuditTransitions(), "certification_audit", in.action, before.status, ActorsOf(who, path),
                            given, AuditStatusName, ActorsText);
    if (auto* problem = std::get_if<Problem>(&found)) Fail(*problem);
    after = before;
    after.status = std::get<const AuditTransition*>(found)->to;
    if (after.status == AuditStatus::kCompleted) {
      if (before.end_date > Today())
        Fail(Problem::Make(409, "certification.audit_not_over").With("end_date", before.end_date));
      // The cycle may have moved since the audit was planned: its window is checked again.
      CheckPlacement(LoadContext(s, nonconformities_, project), before);
    } else if (!store::ListFindings(s, audit_id).empty()) {
      Fail(409, "certification.audit_has_findings", "action");
    }
    after.updated_at = NowTimestamp();
    if (!store::UpdateAudit(s, after, in.version)) FailStale(before.version);
    after.version = before.version + 1;
    boost::json::object after_json = ToJson(after);
    if (comment) after_json["comment"] = *comment;
    audit::Append(db_, s, actor,
                  {"certification_audit", std::to_string(audit_id), "transition:" + in.action, Json(before),
                   boost::json::serialize(after_json), path});
  });
  return after;
}

Finding CertificationAuditService::AddFinding(const auth::Principal& who, db::Id project_id, db::Id audit_id,
                                              const FindingInput& in, const audit::Actor& actor) {
  if (std::find(FindingGrades().begin(), FindingGrades().end(), in.grade) == FindingGrades().end())
    Fail(422, "validation.invalid_value", "grade");
  CheckText("title", in.title, 300, true);
  CheckText("description", in.description, 10000, false);
  Finding f;
  f.audit_id = audit_id;
  f.grade = in.grade;
  f.title = in.title;
  f.description = in.description;
  f.created_by = who.user_id;
  f.created_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    auto [project, path] = VisibleProject(s, who, project_id);
    RequireCoordinator(who, path);
    Audit audit = AuditOf(s, project_id, audit_id);
    if (audit.status == AuditStatus::kCancelled)
      Fail(Problem::Make(409, "certification.audit_not_planned")
               .With("entity", "certification_audit")
               .With("status", AuditStatusName(audit.status)));
    std::string today = Today();
    if (audit.start_date > today)
      Fail(Problem::Make(409, "certification.audit_not_started").With("start_date", audit.start_date));
    f.unit_id = in.unit_id.value_or(project.unit_id);
    bool site =
        f.unit_id == project.unit_id || std::count(project.site_ids.begin(), project.site_ids.end(), f.unit_id) > 0;
    if (!site) Fail(422, "validation.invalid_value", "unit_id");
    std::string detected_on = std::min(audit.end_date, today);
    if (in.grade == "major" || in.grade == "minor") {
      improvement::NcInput nc;
      nc.unit_id = f.unit_id;
      nc.title = in.title;
      nc.description = in.description;
      nc.source = "external_audit";
      nc.severity = in.grade;
      nc.detected_on = detected_on;
      nc.due_date = in.due_date;
      nc.clause_ids = in.clause_ids;
      f.nonconformity_id = nonconformities_.CreateIn(s, who, nc, actor).id;
    } else if (in.grade == "opportunity_for_improvement") {
      improvement::ImprovementInput opportunity;
      opportunity.unit_id = f.unit_id;
      opportunity.title = in.title;
      opportunity.description = in.description;
      opportunity.source = "external_audit";
      f.improvement_id = improvements_.CreateIn(s, who, opportunity, actor).id;
    }
    store::InsertFinding(s, f);
    audit::Append(db_, s, actor,
                  {"certification_finding", std::to_string(f.id), "create", std::nullopt,
                   boost::json::serialize(ToJson(f)), path});
  });
  return f;
}

}  // namespace eduims::certification
