#include "certification/service.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "certification/store.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::certification {
namespace {

using auth::Permission;

std::string Json(const Project& p) { return boost::json::serialize(ToJson(p)); }

void CheckBody(const Body& body) {
  CheckText("body_name", body.name, 300, true);
  CheckText("accreditation_body", body.accreditation_body, 300, false);
  CheckText("accreditation_number", body.accreditation_number, 100, false);
}

// Standards and sites are settled once the first certificate is issued: from then on the certificate's scope
// changes carry them, with their reasons.
void RequireNoCertificate(const ProjectContext& context, const std::string& field) {
  if (context.certificate) Fail(409, "certification.certificate_issued", field);
}

// The day the step's transition happens: `given` or today, never in the future nor before the project's last
// transition.
std::string TransitionDay(const std::optional<std::string>& given, const std::vector<TransitionRecord>& history) {
  std::string today = Today();
  std::string day = given.value_or(today);
  if (day > today) Fail(Problem::Make(422, "validation.date_too_late", "completed_on").With("latest", today));
  if (!history.empty() && day < history.back().on_date)
    Fail(Problem::Make(422, "validation.date_too_early", "completed_on").With("earliest", history.back().on_date));
  return day;
}

}  // namespace

std::vector<db::Id> ProjectService::CheckSites(const auth::Principal& who, const org::Unit& unit,
                                               std::vector<db::Id> ids) {
  if (ids.empty()) ids.push_back(unit.id);
  ids = DistinctSites(ids);
  for (db::Id id : ids) SiteUnit(org_, who, id, unit.path);
  return ids;
}

std::vector<Project> ProjectService::List(const auth::Principal& who, const ProjectFilter& f) {
  store::ProjectQuery q;
  q.scope = who.Scope(Permission::kViewCertification);
  q.unit_id = f.unit_id;
  q.step = f.step;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Project> out;
  db_.Read([&](soci::session& s) { out = store::ListProjects(s, q); });
  return out;
}

std::vector<ProjectSchedule> ProjectService::Schedule(const auth::Principal& who, const ScheduleFilter& f) {
  store::ProjectQuery q;
  q.scope = who.Scope(Permission::kViewCertification);
  if (f.within) q.scope = db::ScopeWithin(q.scope, org_.GetUnit(&who, *f.within).path);
  q.limit = 200;
  auto in_range = [&](const std::string& start, const std::string& end) { return start <= f.to && end >= f.from; };
  std::vector<ProjectSchedule> out;
  db_.Read([&](soci::session& s) {
    for (;;) {
      auto page = store::ListProjects(s, q);
      if (page.empty()) break;
      db::Id last = page.back().id;
      for (auto& project : page) {
        ProjectSchedule item;
        bool concerns = false;  // without `responsible`, every project concerns the feed
        for (const auto& step : project.steps) {
          bool theirs = !f.responsible || step.responsible_id == f.responsible;
          concerns = concerns || theirs;
          if (theirs && step.planned_on && !step.completed_on && in_range(*step.planned_on, *step.planned_on))
            item.steps.push_back(step);
        }
        if (concerns)
          for (auto& audit : store::ListAudits(s, project.id))
            if (audit.status != AuditStatus::kCancelled && in_range(audit.start_date, audit.end_date))
              item.audits.push_back(std::move(audit));
        std::sort(item.audits.begin(), item.audits.end(),
                  [](const Audit& a, const Audit& b) { return std::tie(a.start_date, a.id) < std::tie(b.start_date, b.id); });
        if (item.steps.empty() && item.audits.empty()) continue;
        item.project = std::move(project);
        out.push_back(std::move(item));
      }
      if (int(page.size()) < q.limit) break;
      q.after = last;
    }
  });
  return out;
}

ProjectDetail ProjectService::Detail(const auth::Principal& who, db::Id id) {
  Evaluate(who, id);
  ProjectDetail out;
  db_.Read([&](soci::session& s) {
    auto [project, path] = VisibleProject(s, who, id);
    ProjectContext context = LoadContext(s, nonconformities_, project);
    out.project = project;
    out.audits = context.audits;
    out.certificates = store::ProjectCertificates(s, id);
    out.history = store::ListTransitions(s, id);
    out.blockers = CompletionProblems(context.facts);
    auto caller_is = ActorsOf(who, path);
    for (const auto& rule : ProjectTransitions()) {
      bool permitted = std::any_of(rule.who.begin(), rule.who.end(), [&](Actor a) {
        return std::find(caller_is.begin(), caller_is.end(), a) != caller_is.end();
      });
      if (rule.from == project.step && permitted) out.actions.push_back(rule.action);
    }
  });
  if (scope_exclusions_)
    for (auto& e : scope_exclusions_(out.project.unit_id))
      if (std::any_of(out.project.standards.begin(), out.project.standards.end(),
                      [&](const StandardRef& st) { return st.id == e.standard_id; }))
        out.excluded_clauses.push_back(std::move(e));
  return out;
}

Project ProjectService::Create(const auth::Principal& who, const ProjectInput& in, const audit::Actor& actor) {
  CheckText("title", in.title, 300, true);
  CheckBody(in.body);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageCertification);
  Project p;
  p.unit_id = unit.id;
  p.title = in.title;
  p.body = in.body;
  p.standards = CatalogueStandards(db_, in.standard_ids);
  p.site_ids = CheckSites(who, unit, in.site_ids);
  p.steps = FreshSteps();
  p.created_by = who.user_id;
  p.created_at = p.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    store::InsertProject(s, p);
    audit::Append(db_, s, actor,
                  {"certification_project", std::to_string(p.id), "create", std::nullopt, Json(p), unit.path});
  });
  return p;
}

Project ProjectService::Update(const auth::Principal& who, db::Id id, const ProjectPatch& patch,
                               const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, 300, true);
  Project current;
  db_.Read([&](soci::session& s) {
    auto [project, path] = VisibleProject(s, who, id);
    RequireCoordinator(who, path);
    current = project;
  });
  Project after = current;
  if (patch.title) after.title = *patch.title;
  if (patch.body_name) after.body.name = *patch.body_name;
  if (patch.accreditation_body) after.body.accreditation_body = *patch.accreditation_body;
  if (patch.accreditation_number) after.body.accreditation_number = *patch.accreditation_number;
  CheckBody(after.body);
  if (patch.standard_ids) after.standards = CatalogueStandards(db_, *patch.standard_ids);
  if (patch.site_ids) after.site_ids = CheckSites(who, org_.GetUnit(&who, current.unit_id), *patch.site_ids);
  db_.Write([&](soci::session& s) {
    auto [before, path] = VisibleProject(s, who, id);
    if (before.version != patch.version) FailStale(before.version);
    ProjectContext context = LoadContext(s, nonconformities_, before);
    if (patch.standard_ids) RequireNoCertificate(context, "standard_ids");
    if (patch.site_ids) RequireNoCertificate(context, "site_ids");
    after.updated_at = NowTimestamp();
    if (!store::UpdateProject(s, after, patch.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"certification_project", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

Project ProjectService::UpdateStep(const auth::Principal& who, db::Id id, ProjectStep step, const StepPatch& patch,
                                   const audit::Actor& actor) {
  if (patch.note) CheckText("note", *patch.note, 2000, false);
  if (patch.record_ids && patch.record_ids->size() > 50)
    Fail(Problem::Make(422, "validation.too_long", "record_ids").With("max", "50"));
  std::string path;
  db_.Read([&](soci::session& s) {
    path = VisibleProject(s, who, id).second;
    RequireCoordinator(who, path);
  });
  if (patch.responsible_id && *patch.responsible_id) {
    org_.RequireActiveUser(who, **patch.responsible_id, "responsible_id");
    auth::RequireNamed(org_, who, **patch.responsible_id, Permission::kViewCertification, path, "responsible_id");
  }
  Project after;
  db_.Write([&](soci::session& s) {
    auto [before, unit_path] = VisibleProject(s, who, id);
    if (before.version != patch.version) FailStale(before.version);
    after = before;
    StepState& state = after.StateOf(step);
    if (state.completed_on) Fail(409, "certification.step_completed", "step");
    if (patch.responsible_id) state.responsible_id = *patch.responsible_id;
    if (patch.planned_on) state.planned_on = *patch.planned_on;
    if (patch.note) state.note = *patch.note;
    if (patch.record_ids) {
      state.record_ids = *patch.record_ids;
      std::sort(state.record_ids.begin(), state.record_ids.end());
      for (db::Id record : state.record_ids) {
        auto [kept, record_path] = records_.VisibleIn(s, who, record, "record_ids");
        if (!Inside(record_path, unit_path)) Fail(422, "validation.invalid_value", "record_ids");
      }
    }
    // Planned dates follow the order of the steps.
    if (state.planned_on) {
      for (const StepState& other : after.steps) {
        if (!other.planned_on || other.step == step) continue;
        if (StepNumber(other.step) < StepNumber(step) && *other.planned_on > *state.planned_on)
          Fail(Problem::Make(422, "validation.date_too_early", "planned_on").With("earliest", *other.planned_on));
        if (StepNumber(other.step) > StepNumber(step) && *other.planned_on < *state.planned_on)
          Fail(Problem::Make(422, "validation.date_too_late", "planned_on").With("latest", *other.planned_on));
      }
    }
    after.updated_at = NowTimestamp();
    if (!store::UpdateProject(s, after, patch.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"certification_project", std::to_string(id), "update_step:" + StepName(step), Json(before),
                   Json(after), unit_path});
  });
  return after;
}

Project ProjectService::Transition(const auth::Principal& who, db::Id id, const TransitionInput& in,
                                   const audit::Actor& actor) {
  TransitionInput step = in;
  if (Blank(step.comment)) step.comment.reset();
  if (step.comment) CheckText("comment", *step.comment, 2000, false);
  Project after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = VisibleProject(s, who, id);
    if (before.version != step.version) FailStale(before.version);
    std::set<std::string> given;
    if (step.comment) given.insert("comment");
    if (step.completed_on) given.insert("completed_on");
    auto found = CheckTable(ProjectTransitions(), "certification_project", step.action, before.step,
                            ActorsOf(who, path), given, StepName, ActorsText);
    if (auto* problem = std::get_if<Problem>(&found)) Fail(*problem);
    const ProjectTransition& rule = *std::get<const ProjectTransition*>(found);
    ProjectContext context = LoadContext(s, nonconformities_, before);
    auto history = store::ListTransitions(s, id);
    std::string day = TransitionDay(step.completed_on, history);
    after = before;
    after.step = rule.to;
    if (CompletesStep(step.action)) {
      auto problems = CompletionProblems(context.facts);
      if (!problems.empty()) Fail(problems.front());
      after.StateOf(before.step).completed_on = day;
    } else {
      // The certification body ordered stage 2 again: a new one must start after the last one ended.
      auto stage2 = DecisiveStage2(context.facts.audits, context.facts.stage2_repeat_after);
      if (!stage2) Fail(409, "certification.stage_audits_missing");
      after.stage2_repeat_after = FormatDate(stage2->end);
      for (ProjectStep redo : {ProjectStep::kAssessment, ProjectStep::kDocumentation, ProjectStep::kCertificateIssue})
        after.StateOf(redo).completed_on.reset();
    }
    if (step.action == "complete_recertification") {
      // A new cycle: its surveillance and recertification steps start again.
      after.cycle = context.certificate->cycle;
      after.StateOf(ProjectStep::kSurveillance).completed_on.reset();
      after.StateOf(ProjectStep::kRecertification).completed_on.reset();
    }
    after.updated_at = NowTimestamp();
    if (!store::UpdateProject(s, after, step.version)) FailStale(before.version);
    after.version = before.version + 1;
    TransitionRecord record{
        0,   step.action,     before.step, after.step, before.cycle, who.user_id, step.comment.value_or(""),
        day, after.updated_at};
    store::InsertTransition(s, id, record);
    boost::json::object after_json = ToJson(after);
    after_json["transition"] = ToJson(record);
    audit::Append(db_, s, actor,
                  {"certification_project", std::to_string(id), "transition:" + step.action, Json(before),
                   boost::json::serialize(after_json), path});
  });
  return after;
}

bool ProjectService::Evaluate(const auth::Principal& who, db::Id id) {
  std::string today = Today();
  auto repeat_due = [&](soci::session& s, const Project& project) {
    ProjectContext context = LoadContext(s, nonconformities_, project);
    bool decided = context.certificate || StepNumber(project.step) > StepNumber(ProjectStep::kCertificateIssue);
    return Stage2ToRepeat(decided, context.facts.audits, context.facts.findings, context.facts.stage2_repeat_after,
                          ParseDay(today));
  };
  // Most reads find nothing to do and write nothing.
  bool due = false;
  db_.Read([&](soci::session& s) { due = repeat_due(s, VisibleProject(s, who, id).first).has_value(); });
  if (!due) return false;
  bool applied = false;
  db_.Write([&](soci::session& s) {
    auto [before, path] = VisibleProject(s, who, id);
    // Another server may have applied it since the read above.
    auto last_day = repeat_due(s, before);
    if (!last_day) return;
    auto found = CheckTable(ProjectTransitions(), "certification_project", "repeat_stage2", before.step, {Actor::kRule},
                            {"comment"}, StepName, ActorsText);
    if (std::holds_alternative<Problem>(found)) return;
    Project after = before;
    after.step = ProjectStep::kAssessment;
    after.stage2_repeat_after = FormatDate(*last_day);
    for (ProjectStep redo : {ProjectStep::kAssessment, ProjectStep::kDocumentation, ProjectStep::kCertificateIssue})
      after.StateOf(redo).completed_on.reset();
    after.updated_at = NowTimestamp();
    if (!store::UpdateProject(s, after, before.version)) return;
    after.version = before.version + 1;
    std::string limit = FormatDate(AddMonths(*last_day, 6));
    TransitionRecord record{0,
                            "repeat_stage2",
                            before.step,
                            after.step,
                            before.cycle,
                            std::nullopt,
                            "Sự không phù hợp nặng của đánh giá giai đoạn 2 kết thúc ngày " + FormatDate(*last_day) +
                                " chưa được xác nhận khắc phục trước ngày " + limit +
                                " / A stage 2 major nonconformity was not verified closed by " + limit,
                            today,
                            after.updated_at};
    store::InsertTransition(s, id, record);
    boost::json::object after_json = ToJson(after);
    after_json["transition"] = ToJson(record);
    audit::Append(db_, s, audit::Actor::System("rule:stage2-six-months"),
                  {"certification_project", std::to_string(id), "transition:repeat_stage2", Json(before),
                   boost::json::serialize(after_json), path});
    applied = true;
  });
  return applied;
}

}  // namespace eduims::certification
