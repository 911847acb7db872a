#include "recruitment/service.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "org/members.h"
#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "readiness/packed_file.h"
#include "recruitment/readiness_evidence.h"

namespace eduims::recruitment {
namespace {

using auth::Permission;
namespace json = boost::json;

std::string Today() { return FormatDate(TodayInVietnam()); }

std::set<std::string> GivenFields(const StepInput& in) {
  std::set<std::string> given;
  if (in.decided_on) given.insert("decided_on");
  if (in.outcome) given.insert("outcome");
  if (in.reason) given.insert("reason");
  if (in.candidates) given.insert("candidates");
  if (in.appointed) given.insert("appointed");
  return given;
}

std::string AuditAfter(const Recruitment& r, const std::optional<std::string>& comment) {
  json::object o = ToJson(r);
  if (comment) o["comment"] = *comment;
  return json::serialize(o);
}

}  // namespace

void RecruitmentService::CheckProcess(const ProcessInput& in) {
  CheckText("position", in.position, 300, true);
  CheckText("criteria", in.criteria, 10000, false);
  for (const std::string& step : in.steps) CheckText("steps", step, 500, true);
  // The catalogue is read before the caller's transaction opens: it reads the database itself.
  std::set<std::string> codes;
  for (const people::Competence& c : competences_.Catalogue()) codes.insert(c.code);
  for (const std::string& code : in.competences)
    if (!codes.count(code)) Fail(422, "validation.reference_not_found", "competences");
}

void RecruitmentService::CheckDocument(soci::session& s, const auth::Principal& who, const ProcessInput& in) {
  if (in.document_id) {
    auto path = store::DocumentUnitPath(s, *in.document_id);
    if (!path || !who.Can(Permission::kViewDocuments, *path)) Fail(422, "validation.reference_not_found", "document_id");
  }
}

std::vector<Process> RecruitmentService::ListProcesses(const auth::Principal& who, std::optional<db::Id> unit_id,
                                                       std::optional<db::Id> after, int limit) {
  std::vector<Process> out;
  std::optional<std::vector<db::Id>> on_path;
  if (unit_id) {
    org::Unit unit = org_.GetUnit(&who, *unit_id);
    if (!who.Can(Permission::kViewCompetences, unit.path)) Fail(403, "auth.forbidden");
    on_path = org::UnitIdsOnPath(unit.path);
  }
  auto roots = who.Scope(Permission::kViewCompetences);
  if (roots.empty() && !on_path) return out;
  db_.Read([&](soci::session& s) { out = store::ListProcesses(s, roots, on_path, after, limit); });
  return out;
}

Process RecruitmentService::CreateProcess(const auth::Principal& who, db::Id unit_id, const ProcessInput& in,
                                          const audit::Actor& actor) {
  org::Unit unit = org_.UnitToWriteIn(who, unit_id, Permission::kManageCompetences);
  Process p;
  p.unit_id = unit.id;
  p.unit_path = unit.path;
  p.position = in.position;
  p.criteria = in.criteria;
  p.competences = in.competences;
  p.steps = in.steps;
  p.document_id = in.document_id;
  p.created_by = who.user_id;
  CheckProcess(in);
  db_.Write([&](soci::session& s) {
    CheckDocument(s, who, in);
    p.created_at = p.updated_at = NowTimestamp();
    store::InsertProcess(s, p);
    audit::Append(db_, s, actor,
                  {"recruitment_process", std::to_string(p.id), "create", std::nullopt, AuditJson(p), unit.path});
  });
  return p;
}

Process RecruitmentService::GetProcess(const auth::Principal& who, db::Id id) {
  std::optional<Process> p;
  db_.Read([&](soci::session& s) { p = store::FindProcess(s, id); });
  if (!p || !who.Can(Permission::kViewCompetences, p->unit_path)) FailNotFound("recruitment_process");
  return *p;
}

Process RecruitmentService::UpdateProcess(const auth::Principal& who, db::Id id, long long version,
                                          const ProcessInput& in, const audit::Actor& actor) {
  Process after;
  CheckProcess(in);
  db_.Write([&](soci::session& s) {
    auto before = store::FindProcess(s, id);
    if (!before || !who.Can(Permission::kViewCompetences, before->unit_path)) FailNotFound("recruitment_process");
    if (!who.Can(Permission::kManageCompetences, before->unit_path)) Fail(403, "auth.forbidden");
    if (before->version != version) FailStale(before->version);
    CheckDocument(s, who, in);
    after = *before;
    after.position = in.position;
    after.criteria = in.criteria;
    after.competences = in.competences;
    after.steps = in.steps;
    after.document_id = in.document_id;
    after.updated_at = NowTimestamp();
    if (!store::UpdateProcess(s, after, version)) FailStale(before->version);
    after.version = version + 1;
    audit::Append(db_, s, actor,
                  {"recruitment_process", std::to_string(id), "update", AuditJson(*before), AuditJson(after),
                   after.unit_path});
  });
  return after;
}

RecruitmentService::Seen RecruitmentService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto r = store::FindRecruitment(s, id);
  bool panel = r && OnPanel(*r, who.user_id);
  if (!r || (!panel && !who.Can(Permission::kViewCompetences, r->unit_path))) FailNotFound("recruitment");
  return {*r, {who.Can(Permission::kManageCompetences, r->unit_path), panel}};
}

RecruitmentService::Seen RecruitmentService::Changeable(soci::session& s, const auth::Principal& who, db::Id id,
                                                        bool remove) {
  Seen seen = Visible(s, who, id);
  if (!seen.roles.manager && (remove || !seen.roles.panel)) Fail(403, "auth.forbidden");
  // A finished recruitment is a record: its retained results stay as they were.
  if (Finished(seen.recruitment.status)) Fail(409, "conflict.archived");
  return seen;
}

View RecruitmentService::ViewOf(soci::session& s, Seen seen) {
  View v;
  v.actions = ActionsFor(seen.recruitment.status, seen.roles);
  bool open = !Finished(seen.recruitment.status);
  v.may_attach = open && (seen.roles.manager || seen.roles.panel);
  v.may_remove = open && seen.roles.manager;
  v.files = attachments_.List(s, {"recruitment", seen.recruitment.id});
  v.recruitment = std::move(seen.recruitment);
  return v;
}

std::vector<Recruitment> RecruitmentService::List(const auth::Principal& who, const store::RecruitmentFilter& f) {
  std::vector<Recruitment> out;
  auto roots = who.Scope(Permission::kViewCompetences);
  db_.Read([&](soci::session& s) { out = store::ListRecruitments(s, roots, who.user_id, f); });
  return out;
}

View RecruitmentService::Create(const auth::Principal& who, const RecruitmentInput& in, const audit::Actor& actor) {
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageCompetences);
  CheckText("title", in.title, 300, true);
  if (in.opened_on > FormatDate(AddMonths(TodayInVietnam(), 12))) Fail(422, "validation.invalid_value", "opened_on");
  std::vector<db::Id> panel;
  for (db::Id id : in.panel) {
    if (std::find(panel.begin(), panel.end(), id) != panel.end()) continue;
    org_.RequireActiveUser(who, id, "panel_ids");
    panel.push_back(id);
  }
  Recruitment r;
  r.unit_id = unit.id;
  r.unit_path = unit.path;
  r.process_id = in.process_id;
  r.title = in.title;
  r.vacancies = in.vacancies;
  r.opened_on = in.opened_on;
  r.method = in.method;
  r.panel = panel;
  r.candidates = in.candidates;
  r.created_by = who.user_id;
  View out;
  db_.Write([&](soci::session& s) {
    auto process = store::FindProcess(s, in.process_id);
    // The process must apply to the unit: set on it or on a unit above it.
    if (!process || unit.path.rfind(process->unit_path, 0) != 0)
      Fail(422, "validation.reference_not_found", "process_id");
    r.position = process->position;
    r.created_at = r.updated_at = NowTimestamp();
    store::InsertRecruitment(s, r);
    audit::Append(db_, s, actor, {"recruitment", std::to_string(r.id), "create", std::nullopt, AuditJson(r), unit.path});
    out = ViewOf(s, {r, {true, OnPanel(r, who.user_id)}});
  });
  return out;
}

View RecruitmentService::Get(const auth::Principal& who, db::Id id) {
  View out;
  db_.Read([&](soci::session& s) { out = ViewOf(s, Visible(s, who, id)); });
  return out;
}

View RecruitmentService::Step(const auth::Principal& who, db::Id id, const StepInput& in, const audit::Actor& actor) {
  if (in.comment) CheckText("comment", *in.comment, 2000, false);
  if (in.reason) CheckText("reason", *in.reason, 1000, true);
  if (in.outcome) CheckText("outcome", *in.outcome, 2000, true);
  if (in.decided_on && *in.decided_on > Today()) Fail(422, "validation.invalid_value", "decided_on");
  // The people appointed: users named by id (who must be enabled and seen by the caller) or people named by name.
  std::vector<Appointee> appointed;
  if (in.appointed) {
    std::vector<db::Id> users;
    for (const AppointeeInput& a : *in.appointed) {
      if (a.user_id.has_value() == a.name.has_value()) Fail(422, "validation.invalid_value", "appointed");
      if (a.name) {
        CheckText("appointed", *a.name, 300, true);
        appointed.push_back({std::nullopt, *a.name});
      } else {
        org_.RequireActiveUser(who, *a.user_id, "appointed");
        users.push_back(*a.user_id);
        appointed.push_back({a.user_id, ""});
      }
    }
    if (!users.empty())
      db_.Read([&](soci::session& s) {
        std::map<db::Id, std::string> names;
        for (const auto& m : org::MembersById(s, users, Today())) names[m.user_id] = m.full_name;
        for (Appointee& p : appointed)
          if (p.user_id) p.name = names[*p.user_id];
      });
  }
  View out;
  db_.Write([&](soci::session& s) {
    Seen seen = Visible(s, who, id);
    Recruitment before = seen.recruitment;
    if (before.version != in.version) FailStale(before.version);
    Facts facts;
    facts.status = before.status;
    facts.given = GivenFields(in);
    facts.opened_on = before.opened_on;
    facts.decided_on = in.decided_on.value_or("");
    facts.vacancies = before.vacancies;
    facts.appointed = (long long)appointed.size();
    facts.results = (long long)attachments_.List(s, {"recruitment", id}).size();
    auto verdict = CheckStep(in.action, seen.roles, facts);
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(*problem);
    Recruitment after = before;
    after.status = std::get<Status>(verdict);
    after.updated_at = NowTimestamp();
    if (in.candidates) after.candidates = *in.candidates;
    if (in.action == "decide") {
      after.decided_on = in.decided_on;
      after.appointed = appointed;
      after.outcome = *in.outcome;
    }
    if (in.action == "cancel") after.cancel_reason = in.reason;
    if (Finished(after.status)) after.archived_at = after.updated_at;
    if (!store::UpdateRecruitment(s, after, in.version)) FailStale(before.version);
    after.version = in.version + 1;
    audit::Append(db_, s, actor,
                  {"recruitment", std::to_string(id), "transition:" + in.action, AuditJson(before),
                   AuditAfter(after, in.comment), after.unit_path});
    out = ViewOf(s, {after, seen.roles});
  });
  return out;
}

void RecruitmentService::AdmitFile(const auth::Principal& who, db::Id id) {
  db_.Read([&](soci::session& s) { Changeable(s, who, id, false); });
}

attachments::Attachment RecruitmentService::AttachFile(const auth::Principal& who, db::Id id,
                                                       std::shared_ptr<const http::SpoolPath> file,
                                                       const std::string& file_name, const audit::Actor& actor) {
  // Reading the file (hash, type, text) before the transaction keeps the write lock short.
  attachments::PreparedUpload upload = attachments_.Prepare(std::move(file), file_name);
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    Seen seen = Changeable(s, who, id, false);
    out = attachments_.Attach(db_, s, {"recruitment", id}, upload, who.user_id, actor, seen.recruitment.unit_path);
  });
  return out;
}

std::vector<attachments::Attachment> RecruitmentService::Files(const auth::Principal& who, db::Id id) {
  std::vector<attachments::Attachment> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = attachments_.List(s, {"recruitment", id});
  });
  return out;
}

http::Response RecruitmentService::DownloadFile(const auth::Principal& who, db::Id id, db::Id attachment_id) {
  http::Response out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = attachments_.Download(s, attachments_.Get(s, {"recruitment", id}, attachment_id));
  });
  return out;
}

attachments::Attachment RecruitmentService::RemoveFile(const auth::Principal& who, db::Id id, db::Id attachment_id,
                                                       const audit::Actor& actor) {
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    Seen seen = Changeable(s, who, id, true);
    attachments::Attachment before = attachments_.Get(s, {"recruitment", id}, attachment_id);
    out = attachments_.Remove(s, {"recruitment", id}, attachment_id);
    audit::Append(db_, s, actor,
                  {"attachment", std::to_string(attachment_id), "remove", json::serialize(attachments::ToJson(before)),
                   json::serialize(attachments::ToJson(out)), seen.recruitment.unit_path});
  });
  return out;
}

std::vector<readiness::RegisterEvidence> RecruitmentService::ReadinessEvidence(const auth::Principal& who,
                                                                              const org::Unit& unit) {
  if (!who.Can(Permission::kViewCompetences, unit.path)) return {};
  long long processes = 0, decided = 0;
  db_.Read([&](soci::session& s) { std::tie(processes, decided) = store::RegisterCounts(s, unit.path); });
  return RegisterEvidenceOf(processes, decided);
}

std::vector<readiness::PackedReport> RecruitmentService::EvidenceFiles(const auth::Principal& who,
                                                                      const org::Unit& unit, Language) {
  std::vector<readiness::PackedReport> out;
  if (!who.Can(Permission::kViewCompetences, unit.path)) return out;
  db_.Read([&](soci::session& s) {
    store::RecruitmentFilter f;
    f.status = "closed";
    f.limit = 100000;
    std::vector<Recruitment> closed = store::ListRecruitments(s, {unit.path}, 0, f);
    std::vector<db::Id> ids;
    std::map<db::Id, const Recruitment*> by_id;
    for (const Recruitment& r : closed) {
      ids.push_back(r.id);
      by_id[r.id] = &r;
    }
    if (ids.empty()) return;
    for (auto& [id, files] : attachments_.ListOfOwners(s, "recruitment", ids)) {
      const Recruitment& r = *by_id.at(id);
      for (const attachments::Attachment& a : files)
        out.push_back(readiness::PackedFile(db_, a, "recruitment", "recruitment_results",
                                            r.title + ": " + a.file_name, r.decided_on.value_or(r.opened_on)));
    }
  });
  return out;
}

}  // namespace eduims::recruitment
