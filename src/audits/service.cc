#include "audits/service.h"

#include <algorithm>
#include <map>

#include "audits/store.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::audits {
namespace {

using auth::Permission;

std::string Json(const Audit& a) { return boost::json::serialize(ToJson(a, nullptr)); }

bool Inside(const std::string& path, const std::string& root) { return path.rfind(root, 0) == 0; }

// Every "equal" correspondence of the catalogue, as pairs of clause ids.
std::vector<std::pair<db::Id, db::Id>> EqualPairs(db::Database& db) {
  std::vector<std::pair<db::Id, db::Id>> pairs;
  for (const auto& c : standards::ListCorrespondences(db, std::nullopt, std::nullopt))
    if (c.relation == "equal") pairs.emplace_back(c.from.id, c.to.id);
  return pairs;
}

// The source of a record raised by an audit of `type`.
std::string SourceOf(const std::string& type) { return type == "internal" ? "internal_audit" : "external_audit"; }

}  // namespace

std::vector<Programme> AuditService::ListProgrammes(const auth::Principal& who, std::optional<db::Id> unit_id,
                                                    std::optional<int> year, std::optional<db::Id> after, int limit) {
  store::ProgrammeQuery q;
  q.scope = who.Scope(Permission::kViewAudits);
  q.unit_id = unit_id;
  q.year = year;
  q.after = after;
  q.limit = limit;
  std::vector<Programme> out;
  db_.Read([&](soci::session& s) { out = store::ListProgrammes(s, q); });
  return out;
}

Programme AuditService::CreateProgramme(const auth::Principal& who, const ProgrammeInput& in,
                                        const audit::Actor& actor) {
  CheckText("title", in.title, 300, true);
  CheckText("objectives", in.objectives, 10000, false);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageAudits);
  Programme p;
  p.unit_id = unit.id;
  p.year = in.year;
  p.title = in.title;
  p.objectives = in.objectives;
  p.created_by = who.user_id;
  p.created_at = p.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    if (store::ProgrammeExists(s, unit.id, in.year)) Fail(409, "conflict.duplicate", "year");
    store::InsertProgramme(s, p);
    audit::Append(db_, s, actor,
                  {"audit_programme", std::to_string(p.id), "create", std::nullopt,
                   boost::json::serialize(ToJson(p)), unit.path});
  });
  return p;
}

boost::json::object AuditService::ProgrammeWithCoverage(const auth::Principal& who, db::Id id) {
  Programme programme;
  std::set<db::Id> audited;
  std::vector<store::UnitRef> units;
  std::map<db::Id, int> per_process;
  db_.Read([&](soci::session& s) {
    auto found = store::FindProgramme(s, id);
    if (!found || !who.Can(Permission::kViewAudits, found->second)) FailNotFound("audit_programme");
    programme = found->first;
    audited = store::AuditedClauses(s, id);
    units = store::UnauditedUnits(s, id, found->second);
    per_process = store::AuditsPerProcess(s, id);
  });
  auto equal = EqualPairs(db_);
  boost::json::array standards_out;
  for (const auto& standard : standards::ListStandards(db_)) {
    boost::json::array clauses;
    for (const auto& c : UncoveredClauses(standards::ListClauses(db_, standard.id), audited, equal))
      clauses.push_back({{"id", c.id}, {"urn", c.urn}, {"number", c.number}});
    standards_out.push_back({{"standard_id", standard.id}, {"code", standard.code}, {"clauses_not_covered", clauses}});
  }
  boost::json::array units_out;
  for (const auto& u : units) units_out.push_back({{"id", u.id}, {"code", u.code}, {"name", u.name}});
  processes::ProcessFilter in_subtree;
  in_subtree.within = programme.unit_id;
  in_subtree.limit = processes::ProcessService::kMapLimit;
  std::vector<ProcessCoverage> process_coverage;
  for (const auto& p : processes_.List(who, in_subtree)) {
    auto audited_times = per_process.find(p.id);
    process_coverage.push_back(
        {p.id, p.code, p.name, p.risk_level, audited_times == per_process.end() ? 0 : audited_times->second});
  }
  boost::json::object out = ToJson(programme);
  out["coverage"] = {{"units_not_audited", std::move(units_out)},
                     {"standards", std::move(standards_out)},
                     {"processes", ProcessCoverageJson(process_coverage)}};
  return out;
}

std::pair<Audit, std::string> AuditService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = store::FindAudit(s, id);
  if (!found || !who.Can(Permission::kViewAudits, found->second)) FailNotFound("audit");
  return *found;
}

std::vector<Audit> AuditService::List(const auth::Principal& who, const AuditFilter& f) {
  store::AuditQuery q;
  q.scope = who.Scope(Permission::kViewAudits);
  q.programme_id = f.programme_id;
  q.unit_id = f.unit_id;
  q.lead_auditor_id = f.lead_auditor_id;
  q.status = f.status;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Audit> out;
  db_.Read([&](soci::session& s) { out = store::ListAudits(s, q); });
  return out;
}

std::vector<Audit> AuditService::Scheduled(const auth::Principal& who, const ScheduleFilter& f) {
  store::ScheduleQuery q;
  std::optional<std::string> within_path;
  if (f.within) within_path = org_.GetUnit(&who, *f.within).path;
  q.scope = db::ScopeWithin(who.Scope(Permission::kViewAudits), within_path);
  if (f.mine) {
    q.taking_part = who.user_id;
    q.own_unit = who.unit_id;
  }
  q.from = f.from;
  q.to = f.to;
  q.limit = f.limit;
  std::vector<Audit> out;
  db_.Read([&](soci::session& s) { out = store::ScheduledAudits(s, q); });
  return out;
}

Audit AuditService::Get(const auth::Principal& who, db::Id id, std::vector<ChecklistLine>* checklist) {
  Audit out;
  db_.Read([&](soci::session& s) {
    out = Visible(s, who, id).first;
    if (checklist) *checklist = store::ListLines(s, id);
  });
  return out;
}

void AuditService::CheckAuditor(db::Id user_id, const std::string& unit_path, const std::string& field) {
  auto auditor = org_.PrincipalOf(user_id);
  if (!auditor) Fail(422, "validation.reference_not_found", field);
  if (!auditor->Can(Permission::kConductAudits, unit_path)) Fail(422, "validation.invalid_value", field);
  // Independence (ISO 19011): nobody audits the unit they work in, or a unit above their own.
  if (Inside(auditor->unit_path, unit_path))
    Fail(Problem::Make(422, "audits.auditor_not_independent", field).With("user_id", std::to_string(user_id)));
}

Audit AuditService::Create(const auth::Principal& who, const AuditInput& in, const audit::Actor& actor) {
  CheckText("title", in.title, 300, true);
  CheckText("agenda", in.agenda, 10000, false);
  if (std::find(AuditTypes().begin(), AuditTypes().end(), in.type) == AuditTypes().end())
    Fail(422, "validation.invalid_value", "type");
  if (in.planned_end < in.planned_start)
    Fail(Problem::Make(422, "validation.date_too_early", "planned_end").With("earliest", in.planned_start));
  if (in.clause_ids.empty()) Fail(422, "validation.missing_field", "clause_ids");
  if (std::count(in.team_ids.begin(), in.team_ids.end(), in.lead_auditor_id))
    Fail(422, "validation.invalid_value", "team_ids");
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageAudits);
  CheckAuditor(in.lead_auditor_id, unit.path, "lead_auditor_id");
  for (db::Id member : in.team_ids) CheckAuditor(member, unit.path, "team_ids");
  auto groups = ChecklistGroups(in.clause_ids, EqualPairs(db_));
  Audit a;
  a.programme_id = in.programme_id;
  a.unit_id = unit.id;
  a.title = in.title;
  a.type = in.type;
  a.lead_auditor_id = in.lead_auditor_id;
  a.team_ids = in.team_ids;
  std::sort(a.team_ids.begin(), a.team_ids.end());
  a.planned_start = in.planned_start;
  a.planned_end = in.planned_end;
  a.agenda = in.agenda;
  a.process_ids = in.process_ids;
  std::sort(a.process_ids.begin(), a.process_ids.end());
  if (std::adjacent_find(a.process_ids.begin(), a.process_ids.end()) != a.process_ids.end())
    Fail(422, "validation.invalid_value", "process_ids");
  a.created_at = a.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    for (db::Id clause : in.clause_ids)
      if (!standards::ClauseExists(s, clause)) Fail(422, "validation.reference_not_found", "clause_ids");
    for (db::Id process_id : a.process_ids) {
      auto [process, process_path] = processes_.VisibleIn(s, who, process_id, "process_ids");
      // A unit runs the processes defined in its subtree and those defined above it (the department's processes
      // apply in its schools); a process of a sibling unit is not run there.
      if (!Inside(process_path, unit.path) && !Inside(unit.path, process_path))
        Fail(422, "validation.invalid_value", "process_ids");
      // Independence (ISO 19011): nobody audits a process they own.
      for (db::Id auditor : a.team_ids)
        if (process.owner_id == auditor)
          Fail(Problem::Make(422, "audits.auditor_owns_process", "team_ids")
                   .With("user_id", std::to_string(auditor))
                   .With("process", process.code));
      if (process.owner_id == a.lead_auditor_id)
        Fail(Problem::Make(422, "audits.auditor_owns_process", "lead_auditor_id")
                 .With("user_id", std::to_string(a.lead_auditor_id))
                 .With("process", process.code));
    }
    auto programme = store::FindProgramme(s, in.programme_id);
    if (!programme || !who.Can(Permission::kViewAudits, programme->second))
      Fail(422, "validation.reference_not_found", "programme_id");
    if (!Inside(unit.path, programme->second)) Fail(422, "validation.invalid_value", "unit_id");
    if (in.planned_start.substr(0, 4) != std::to_string(programme->first.year))
      Fail(422, "validation.invalid_value", "planned_start");
    store::InsertAudit(s, a, in.clause_ids);
    for (size_t i = 0; i < groups.size(); ++i) {
      ChecklistLine line;
      line.audit_id = a.id;
      line.position = int(i) + 1;
      line.updated_at = a.created_at;
      store::InsertLine(s, line, groups[i]);
    }
    audit::Append(db_, s, actor, {"audit", std::to_string(a.id), "create", std::nullopt, Json(a), unit.path});
  });
  return a;
}

Audit AuditService::Step(const auth::Principal& who, db::Id id, const AuditStepInput& in, const audit::Actor& actor) {
  AuditStepInput step = in;
  for (auto* text : {&step.comment, &step.summary})
    if (*text && (*text)->find_first_not_of(" \t\r\n") == std::string::npos) text->reset();
  if (step.comment) CheckText("comment", *step.comment, 2000, false);
  if (step.summary) CheckText("summary", *step.summary, 20000, true);
  Audit after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != step.version) FailStale(before.version);
    AuditFacts facts;
    facts.status = before.status;
    if (step.comment) facts.given.insert("comment");
    if (step.summary) facts.given.insert("summary");
    for (const auto& line : store::ListLines(s, id)) {
      if (!line.result) ++facts.unanswered_lines;
      if (line.nonconformity_id && !nonconformities_.IsClosed(s, *line.nonconformity_id)) ++facts.open_findings;
      if (line.improvement_id && !improvements_.IsClosed(s, *line.improvement_id)) ++facts.open_findings;
    }
    bool lead = before.lead_auditor_id == who.user_id && who.Can(Permission::kConductAudits, path);
    bool manager = who.Can(Permission::kManageAudits, path);
    auto verdict = CheckAuditStep(step.action, lead, manager, facts);
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(*problem);
    after = before;
    after.status = std::get<AuditStatus>(verdict);
    if (step.summary) after.summary = step.summary;
    after.updated_at = NowTimestamp();
    if (after.status == AuditStatus::kClosed) after.closed_at = after.updated_at;
    if (!store::UpdateAudit(s, after, step.version)) FailStale(before.version);
    after.version = before.version + 1;
    boost::json::object after_json = ToJson(after, nullptr);
    if (step.comment) after_json["comment"] = *step.comment;
    audit::Append(db_, s, actor,
                  {"audit", std::to_string(id), "transition:" + step.action, Json(before),
                   boost::json::serialize(after_json), path});
  });
  return after;
}

ChecklistLine AuditService::Answer(const auth::Principal& who, db::Id audit_id, db::Id line_id,
                                   const LineAnswer& answer, const audit::Actor& actor) {
  if (answer.question) CheckText("question", *answer.question, 2000, false);
  if (answer.evidence) CheckText("evidence", *answer.evidence, 10000, false);
  if (answer.finding) CheckText("finding", *answer.finding, 300, true);
  if (answer.result && std::find(LineResults().begin(), LineResults().end(), *answer.result) == LineResults().end())
    Fail(422, "validation.invalid_value", "result");
  ChecklistLine after;
  db_.Write([&](soci::session& s) {
    auto [audit, path] = Visible(s, who, audit_id);
    bool on_team = (audit.lead_auditor_id == who.user_id ||
                    std::count(audit.team_ids.begin(), audit.team_ids.end(), who.user_id)) &&
                   who.Can(Permission::kConductAudits, path);
    if (!on_team && !who.Can(Permission::kManageAudits, path)) Fail(403, "auth.forbidden");
    if (audit.status != AuditStatus::kInProgress)
      Fail(Problem::Make(409, "audits.not_in_progress")
               .With("entity", "audit")
               .With("status", AuditStatusName(audit.status)));
    auto before = store::FindLine(s, line_id);
    if (!before || before->audit_id != audit_id) FailNotFound("checklist_line");
    if (before->version != answer.version) FailStale(before->version);
    after = *before;
    if (answer.question) after.question = *answer.question;
    if (answer.evidence) after.evidence = *answer.evidence;
    if (answer.finding) after.finding = answer.finding;
    if (answer.result) after.result = answer.result;
    // A finding's record, once raised, is followed up in its own workflow; the line keeps saying what raised it.
    bool raised = before->nonconformity_id || before->improvement_id;
    if (raised && after.result != before->result) Fail(409, "audits.finding_raised", "result");
    std::vector<db::Id> clause_ids;
    for (const auto& c : after.clauses) clause_ids.push_back(c.id);
    auto severity = after.result ? SeverityRaisedBy(*after.result) : std::nullopt;
    bool opportunity = after.result && RaisesImprovement(*after.result);
    if ((severity || opportunity) && !raised) {
      if (!after.finding) Fail(422, "validation.missing_field", "finding");
      if (severity) {
        improvement::NcInput nc;
        nc.unit_id = audit.unit_id;
        nc.title = *after.finding;
        nc.description = after.evidence;
        nc.source = SourceOf(audit.type);
        nc.severity = *severity;
        nc.clause_ids = clause_ids;
        nc.audit_id = audit.id;
        after.nonconformity_id = nonconformities_.CreateIn(s, who, nc, actor).id;
      } else {
        improvement::ImprovementInput opportunity_input;
        opportunity_input.unit_id = audit.unit_id;
        opportunity_input.title = *after.finding;
        opportunity_input.description = after.evidence;
        opportunity_input.source = SourceOf(audit.type);
        after.improvement_id = improvements_.CreateIn(s, who, opportunity_input, actor).id;
      }
    }
    after.updated_at = NowTimestamp();
    if (!store::UpdateLine(s, after, answer.version)) FailStale(before->version);
    after.version = before->version + 1;
    audit::Append(db_, s, actor,
                  {"checklist_line", std::to_string(line_id), "update", boost::json::serialize(ToJson(*before)),
                   boost::json::serialize(ToJson(after)), path});
  });
  return after;
}

}  // namespace eduims::audits
