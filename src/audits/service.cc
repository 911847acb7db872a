#include "audits/service.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "audits/auditor_qualification.h"
#include "audits/store.h"
#include "standards/standard_codes.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::audits {
namespace {

using auth::Permission;

std::string Json(const Audit& a) { return boost::json::serialize(ToJson(a, nullptr)); }

bool Inside(const std::string& path, const std::string& root) { return path.rfind(root, 0) == 0; }

// Every "equal" correspondence of the catalogue.
standards::EqualClauses EqualClauses(db::Database& db) {
  return standards::EqualClausesOf(standards::ListCorrespondences(db, std::nullopt, std::nullopt));
}

std::vector<db::Id> Sorted(std::vector<db::Id> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Regroups a planned audit's checklist into `groups`: the lines KeptLines keeps move to their new place with their
// id and question, the others go, new groups get new lines.
void Regroup(soci::session& s, db::Id audit_id, const std::vector<std::vector<db::Id>>& groups,
             const std::string& at) {
  auto lines = store::ListLines(s, audit_id);
  std::vector<std::vector<db::Id>> line_groups;
  for (const auto& line : lines) {
    line_groups.emplace_back();
    for (const auto& c : line.clauses) line_groups.back().push_back(c.id);
  }
  auto kept = KeptLines(line_groups, groups);
  std::vector<bool> stays(lines.size(), false);
  for (const auto& k : kept)
    if (k) stays[*k] = true;
  for (size_t l = 0; l < lines.size(); ++l)
    if (!stays[l]) store::DeleteLine(s, lines[l].id);
  // A kept line moving to another position steps aside first, so no two lines ever share one.
  auto same = [](std::vector<db::Id> a, std::vector<db::Id> b) { return Sorted(std::move(a)) == Sorted(std::move(b)); };
  std::vector<bool> moves(groups.size(), false);
  for (size_t g = 0; g < groups.size(); ++g)
    if (kept[g] && (lines[*kept[g]].position != int(g) + 1 || !same(line_groups[*kept[g]], groups[g]))) {
      moves[g] = true;
      store::ParkLine(s, lines[*kept[g]].id);
    }
  for (size_t g = 0; g < groups.size(); ++g) {
    if (kept[g]) {
      ChecklistLine& line = lines[*kept[g]];
      line.updated_at = at;
      if (moves[g]) store::PlaceLine(s, line, int(g) + 1, groups[g]);
      continue;
    }
    ChecklistLine line;
    line.audit_id = audit_id;
    line.position = int(g) + 1;
    line.updated_at = at;
    store::InsertLine(s, line, groups[g]);
  }
}

// The source of a record raised by an audit of `type`.
std::string SourceOf(const std::string& type) { return type == "internal" ? "internal_audit" : "external_audit"; }

}  // namespace

std::vector<Programme> AuditService::ListProgrammes(const auth::Principal& who, std::optional<db::Id> unit_id,
                                                    std::optional<int> year, bool include_archived,
                                                    std::optional<db::Id> after, int limit) {
  store::ProgrammeQuery q;
  q.scope = who.Scope(Permission::kViewAudits);
  q.unit_id = unit_id;
  q.year = year;
  q.include_archived = include_archived;
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

std::pair<Programme, std::string> AuditService::VisibleProgramme(soci::session& s, const auth::Principal& who,
                                                                 db::Id id) {
  auto found = store::FindProgramme(s, id);
  if (!found || !who.Can(Permission::kViewAudits, found->second)) FailNotFound("audit_programme");
  return *found;
}

std::pair<Programme, std::string> AuditService::ProgrammeToChange(soci::session& s, const auth::Principal& who,
                                                                  db::Id id) {
  auto found = VisibleProgramme(s, who, id);
  if (!who.Can(Permission::kManageAudits, found.second)) Fail(403, "auth.forbidden");
  if (found.first.archived_at) Fail(409, "conflict.archived");
  return found;
}

Programme AuditService::UpdateProgramme(const auth::Principal& who, db::Id id, long long version,
                                        const ProgrammePatch& patch, const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, 300, true);
  if (patch.objectives) CheckText("objectives", *patch.objectives, 10000, false);
  Programme after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = ProgrammeToChange(s, who, id);
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.objectives) after.objectives = *patch.objectives;
    after.updated_at = NowTimestamp();
    if (!store::UpdateProgramme(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"audit_programme", std::to_string(id), "update", boost::json::serialize(ToJson(before)),
                   boost::json::serialize(ToJson(after)), path});
  });
  return after;
}

Programme AuditService::ArchiveProgramme(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Programme after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = ProgrammeToChange(s, who, id);
    if (int open = store::OpenAudits(s, id))
      Fail(Problem::Make(409, "audits.programme_has_open_audits").With("count", std::to_string(open)));
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!store::UpdateProgramme(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"audit_programme", std::to_string(id), "archive", boost::json::serialize(ToJson(before)),
                   boost::json::serialize(ToJson(after)), path});
  });
  return after;
}

boost::json::object AuditService::ProgrammeWithCoverage(const auth::Principal& who, db::Id id) {
  Programme programme;
  std::set<db::Id> audited;
  std::vector<store::UnitRef> units;
  std::map<db::Id, int> per_process;
  db_.Read([&](soci::session& s) {
    auto [found, path] = VisibleProgramme(s, who, id);
    programme = found;
    audited = store::AuditedClauses(s, id);
    units = store::UnauditedUnits(s, id, path);
    per_process = store::AuditsPerProcess(s, id);
  });
  // Every standard's clauses at once: a clause equal to one under an audited clause of another standard (or
  // edition) is covered, which the other standard's tree alone cannot tell.
  auto catalogue = standards::ListStandards(db_);
  std::vector<standards::Clause> all_clauses;
  for (const auto& standard : catalogue) {
    auto clauses = standards::ListClauses(db_, standard.id);
    all_clauses.insert(all_clauses.end(), clauses.begin(), clauses.end());
  }
  std::map<db::Id, boost::json::array> uncovered;  // by standard
  for (const auto& c : UncoveredClauses(all_clauses, audited, EqualClauses(db_)))
    uncovered[c.standard_id].push_back({{"id", c.id}, {"urn", c.urn}, {"number", c.number}});
  boost::json::array standards_out;
  for (const auto& standard : catalogue)
    standards_out.push_back(
        {{"standard_id", standard.id}, {"code", standard.code}, {"edition", standard.edition},
         {"clauses_not_covered", uncovered[standard.id]}});
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
  q.include_archived = f.include_archived;
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
    if (checklist) *checklist = Lines(s, id);
  });
  return out;
}

std::vector<ChecklistLine> AuditService::Lines(soci::session& s, db::Id audit_id) {
  auto lines = store::ListLines(s, audit_id);
  std::vector<db::Id> ids;
  for (const auto& line : lines) ids.push_back(line.id);
  auto files = attachments_.ListOfOwners(s, "checklist_line", ids);
  for (auto& line : lines)
    if (auto found = files.find(line.id); found != files.end()) line.files = std::move(found->second);
  return lines;
}

ChecklistLine AuditService::LineOf(soci::session& s, db::Id audit_id, db::Id line_id) {
  auto line = store::FindLine(s, line_id);
  if (!line || line->audit_id != audit_id) FailNotFound("checklist_line");
  line->files = attachments_.List(s, {"checklist_line", line_id});
  return *line;
}

void AuditService::RequireAnswerer(const auth::Principal& who, const Audit& audit, const std::string& path) {
  if (who.Can(Permission::kManageAudits, path)) return;
  bool on_team = audit.lead_auditor_id == who.user_id ||
                 std::count(audit.team_ids.begin(), audit.team_ids.end(), who.user_id);
  auth::Require(who, Permission::kConductAudits, path, on_team);
  if (!on_team) Fail(403, "auth.forbidden");
}

void AuditService::CheckAuditor(const auth::Principal& who, db::Id user_id, const std::string& unit_path,
                                const std::string& field) {
  auth::Principal auditor = auth::RequireNamed(org_, who, user_id, Permission::kConductAudits, unit_path, field);
  // Independence (ISO 19011): nobody audits the unit they work in, or a unit above their own.
  if (Inside(auditor.unit_path, unit_path)) {
    if (!org_.CanSeeUser(who, user_id)) Fail(422, "validation.reference_not_found", field);
    Fail(Problem::Make(422, "audits.auditor_not_independent", field).With("user_id", std::to_string(user_id)));
  }
}

void AuditService::CheckPlanPeople(const auth::Principal& who, const Audit& a, const std::vector<db::Id>& clause_ids,
                                   const std::string& unit_path) {
  CheckText("title", a.title, 300, true);
  CheckText("agenda", a.agenda, 10000, false);
  if (std::find(AuditTypes().begin(), AuditTypes().end(), a.type) == AuditTypes().end())
    Fail(422, "validation.invalid_value", "type");
  if (a.planned_end < a.planned_start)
    Fail(Problem::Make(422, "validation.date_too_early", "planned_end").With("earliest", a.planned_start));
  if (clause_ids.empty()) Fail(422, "validation.missing_field", "clause_ids");
  if (std::count(a.team_ids.begin(), a.team_ids.end(), a.lead_auditor_id))
    Fail(422, "validation.invalid_value", "team_ids");
  if (std::adjacent_find(a.process_ids.begin(), a.process_ids.end()) != a.process_ids.end())
    Fail(422, "validation.invalid_value", "process_ids");
  CheckAuditor(who, a.lead_auditor_id, unit_path, "lead_auditor_id");
  for (db::Id member : a.team_ids) CheckAuditor(who, member, unit_path, "team_ids");
  for (db::Id auditee : a.auditee_ids) {
    // Nobody is both auditor and audited in one audit.
    if (auditee == a.lead_auditor_id || std::count(a.team_ids.begin(), a.team_ids.end(), auditee))
      Fail(Problem::Make(422, "audits.auditee_is_auditor", "auditee_ids").With("user_id", std::to_string(auditee)));
    // Enabled users the caller can see only: where others sit is not for a request to find out.
    auto person = org_.PrincipalOf(auditee);
    if (!person || !org_.CanSeeUser(who, auditee)) Fail(422, "validation.reference_not_found", "auditee_ids");
    if (!Inside(person->unit_path, unit_path))
      Fail(Problem::Make(422, "audits.auditee_outside_unit", "auditee_ids").With("user_id", std::to_string(auditee)));
  }
}

void AuditService::CheckPlanInScope(soci::session& s, const auth::Principal& who, const Audit& a,
                                    const std::vector<db::Id>& clause_ids, const std::string& unit_path) {
  for (db::Id clause : clause_ids)
    if (!standards::ClauseExists(s, clause)) Fail(422, "validation.reference_not_found", "clause_ids");
  for (db::Id process_id : a.process_ids) {
    auto [process, process_path] = processes_.VisibleIn(s, who, process_id, "process_ids");
    // A unit runs the processes defined in its subtree and those defined above it (the department's processes
    // apply in its schools); a process of a sibling unit is not run there.
    if (!Inside(process_path, unit_path) && !Inside(unit_path, process_path))
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
  auto programme = store::FindProgramme(s, a.programme_id);
  if (!programme || !who.Can(Permission::kViewAudits, programme->second))
    Fail(422, "validation.reference_not_found", "programme_id");
  if (programme->first.archived_at) Fail(409, "conflict.archived", "programme_id");
  if (!Inside(unit_path, programme->second)) Fail(422, "validation.invalid_value", "unit_id");
  if (a.planned_start.substr(0, 4) != std::to_string(programme->first.year))
    Fail(422, "validation.invalid_value", "planned_start");
}

namespace {

// Which AuditService checks auditors against whose competences (auditor_qualification.h): set once per service at
// start-up, read at every plan.
std::mutex qualifications_mutex;
std::map<const AuditService*, std::shared_ptr<AuditorQualification>>& Qualifications() {
  static std::map<const AuditService*, std::shared_ptr<AuditorQualification>> qualifications;
  return qualifications;
}

std::shared_ptr<AuditorQualification> QualificationOf(const AuditService* audits) {
  std::lock_guard lock(qualifications_mutex);
  auto it = Qualifications().find(audits);
  return it == Qualifications().end() ? nullptr : it->second;
}

// Refuses, when the organisation chooses so, a plan whose lead auditor or a team member lacks on its first day the
// internal auditor competence of a standard of `clause_ids` (422 audits.auditor_not_qualified naming the first).
void CheckQualified(soci::session& s, AuditorQualification* qualification, const Audit& a,
                    const std::vector<db::Id>& clause_ids) {
  if (!qualification) return;
  std::vector<db::Id> auditors{a.lead_auditor_id};
  auditors.insert(auditors.end(), a.team_ids.begin(), a.team_ids.end());
  auto missing = qualification->Unqualified(s, auditors, standards::StandardCodesOf(s, clause_ids), a.planned_start);
  if (missing.empty() || !qualification->RefusesUnqualified(s)) return;
  const UnqualifiedAuditor& first = missing.front();
  Fail(Problem::Make(422, "audits.auditor_not_qualified",
                     first.user_id == a.lead_auditor_id ? "lead_auditor_id" : "team_ids")
           .With("user_id", std::to_string(first.user_id))
           .With("standard", first.standard_code)
           .With("competence", first.competence_code));
}

}  // namespace

void UseQualification(const AuditService& audits, std::shared_ptr<AuditorQualification> qualification) {
  std::lock_guard lock(qualifications_mutex);
  Qualifications()[&audits] = qualification;
}

Audit AuditService::Create(const auth::Principal& who, const AuditInput& in, const audit::Actor& actor) {
  Audit a;
  a.programme_id = in.programme_id;
  a.title = in.title;
  a.type = in.type;
  a.lead_auditor_id = in.lead_auditor_id;
  a.team_ids = Sorted(in.team_ids);
  a.auditee_ids = Sorted(in.auditee_ids);
  a.planned_start = in.planned_start;
  a.planned_end = in.planned_end;
  a.agenda = in.agenda;
  a.process_ids = Sorted(in.process_ids);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageAudits);
  a.unit_id = unit.id;
  CheckPlanPeople(who, a, in.clause_ids, unit.path);
  auto groups = ChecklistGroups(in.clause_ids, EqualClauses(db_));
  a.created_at = a.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    CheckPlanInScope(s, who, a, in.clause_ids, unit.path);
    CheckQualified(s, QualificationOf(this).get(), a, in.clause_ids);
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

std::pair<Audit, std::string> AuditService::PlannedToChange(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = Visible(s, who, id);
  const Audit& a = found.first;
  if (!who.Can(Permission::kManageAudits, found.second)) Fail(403, "auth.forbidden");
  if (a.archived_at) Fail(409, "conflict.archived");
  if (a.status != AuditStatus::kPlanned)
    Fail(Problem::Make(409, "audits.not_planned")
             .With("entity", "audit")
             .With("status", AuditStatusName(a.status)));
  return found;
}

Audit AuditService::Update(const auth::Principal& who, db::Id id, long long version, const AuditPatch& patch,
                           const audit::Actor& actor) {
  // The plan as it will read, checked as a new plan is; the write then makes sure nobody changed it meanwhile.
  Audit plan;
  std::string path;
  std::vector<db::Id> clause_ids;
  db_.Read([&](soci::session& s) {
    std::tie(plan, path) = PlannedToChange(s, who, id);
    if (plan.version != version) FailStale(plan.version);
  });
  Audit before = plan;
  for (const auto& c : plan.clauses) clause_ids.push_back(c.id);
  if (patch.title) plan.title = *patch.title;
  if (patch.type) plan.type = *patch.type;
  if (patch.lead_auditor_id) plan.lead_auditor_id = *patch.lead_auditor_id;
  if (patch.team_ids) plan.team_ids = Sorted(*patch.team_ids);
  if (patch.auditee_ids) plan.auditee_ids = Sorted(*patch.auditee_ids);
  if (patch.planned_start) plan.planned_start = *patch.planned_start;
  if (patch.planned_end) plan.planned_end = *patch.planned_end;
  if (patch.agenda) plan.agenda = *patch.agenda;
  if (patch.process_ids) plan.process_ids = Sorted(*patch.process_ids);
  if (patch.clause_ids) clause_ids = *patch.clause_ids;
  CheckPlanPeople(who, plan, clause_ids, path);
  std::optional<std::vector<std::vector<db::Id>>> groups;
  if (patch.clause_ids) groups = ChecklistGroups(clause_ids, EqualClauses(db_));
  db_.Write([&](soci::session& s) {
    // Any change since the checks above (a step, a cancellation, another edit) moved the version on.
    Audit current = Visible(s, who, id).first;
    if (current.version != version) FailStale(current.version);
    CheckPlanInScope(s, who, plan, clause_ids, path);
    CheckQualified(s, QualificationOf(this).get(), plan, clause_ids);
    plan.updated_at = NowTimestamp();
    if (!store::UpdateAudit(s, plan, version)) FailStale(current.version);
    plan.version = version + 1;
    store::ReplaceAuditLinks(s, plan, clause_ids);
    if (groups) Regroup(s, id, *groups, plan.updated_at);
    audit::Append(db_, s, actor, {"audit", std::to_string(id), "update", Json(before), Json(plan), path});
  });
  return plan;
}

Audit AuditService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Audit after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = PlannedToChange(s, who, id);
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!store::UpdateAudit(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"audit", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
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
    auto lead = auth::PartOf(who, before.lead_auditor_id == who.user_id, Permission::kConductAudits, path);
    bool manager = who.Can(Permission::kManageAudits, path);
    auto verdict = CheckAuditStep(step.action, lead.plays, manager, facts);
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(auth::Explained(*problem, {lead}));
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
    RequireAnswerer(who, audit, path);
    if (audit.archived_at) Fail(409, "conflict.archived");
    // The questions are prepared with the plan (ISO 19011 6.3.4); the answers are given during the audit.
    bool preparing = audit.status == AuditStatus::kPlanned && !answer.result && !answer.evidence && !answer.finding;
    if (audit.status != AuditStatus::kInProgress && !preparing)
      Fail(Problem::Make(409, "audits.not_in_progress")
               .With("entity", "audit")
               .With("status", AuditStatusName(audit.status)));
    ChecklistLine before = LineOf(s, audit_id, line_id);
    if (before.version != answer.version) FailStale(before.version);
    after = before;
    if (answer.question) after.question = *answer.question;
    if (answer.evidence) after.evidence = *answer.evidence;
    if (answer.finding) after.finding = answer.finding;
    if (answer.result) after.result = answer.result;
    // A finding's record, once raised, is followed up in its own workflow; the line keeps saying what raised it.
    bool raised = before.nonconformity_id || before.improvement_id;
    if (raised && after.result != before.result) Fail(409, "audits.finding_raised", "result");
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
    if (!store::UpdateLine(s, after, answer.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"checklist_line", std::to_string(line_id), "update", boost::json::serialize(ToJson(before)),
                   boost::json::serialize(ToJson(after)), path});
  });
  return after;
}

}  // namespace eduims::audits
