// The rules of internal audits: who may see, plan, change and archive programmes and audits (by unit subtree), the
// independence of auditors (nobody audits the unit they belong to or a process they own), the auditees (people of
// the audited unit, never on the audit team), the integrated checklist generated from the audit's clauses and
// regrouped when a planned audit's clauses change, the audit workflow, the evidence files of checklist lines, and
// findings: a nonconformity found raises a nonconformity record, an opportunity for improvement goes to the
// improvement register, both in the same transaction as the checklist answer. Every change is one transaction with
// its audit-trail entry. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "attachments/service.h"
#include "audits/model.h"
#include "improvement/register_service.h"
#include "improvement/service.h"
#include "org/service.h"
#include "processes/service.h"
#include "records/service.h"
#include "platform/i18n/language.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::audits {

struct ProgrammeInput {
  db::Id unit_id = 0;
  int year = 0;
  std::string title, objectives;
};

// The fields of a programme a PATCH sends.
struct ProgrammePatch {
  std::optional<std::string> title, objectives;
};

struct AuditInput {
  db::Id programme_id = 0;
  db::Id unit_id = 0;
  std::string title, type = "internal";
  db::Id lead_auditor_id = 0;
  std::vector<db::Id> team_ids;
  std::vector<db::Id> auditee_ids;  // enabled people of the audited unit's subtree, not on the audit team
  std::string planned_start, planned_end, agenda;
  std::vector<db::Id> clause_ids;
  std::vector<db::Id> process_ids;  // processes of the audited unit's subtree
};

// The fields of a planned audit's plan a PATCH sends; the unit and programme stay.
struct AuditPatch {
  std::optional<std::string> title, type;
  std::optional<db::Id> lead_auditor_id;
  std::optional<std::vector<db::Id>> team_ids, auditee_ids;
  std::optional<std::string> planned_start, planned_end, agenda;
  std::optional<std::vector<db::Id>> clause_ids, process_ids;
};

struct AuditFilter {
  std::optional<db::Id> programme_id, unit_id, lead_auditor_id;
  std::optional<AuditStatus> status;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// Audits planned on days from `from` to `to` (dates), for a calendar.
struct ScheduleFilter {
  std::optional<db::Id> within;       // only the subtree of this unit
  bool mine = false;  // only audits the caller leads, is on the team of, is audited in, or of the caller's own unit
  std::string from, to;
  int limit = 1000;
};

struct AuditStepInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> comment, summary;
};

struct LineAnswer {
  long long version = 0;
  std::optional<std::string> question, result, evidence, finding;
};

class AuditService {
 public:
  AuditService(db::Database& db, org::OrgService& org, processes::ProcessService& processes,
               improvement::NonconformityService& nonconformities, improvement::ImprovementService& improvements,
               records::RecordService& records)
      : db_(db),
        org_(org),
        processes_(processes),
        nonconformities_(nonconformities),
        improvements_(improvements),
        records_(records) {}

  std::vector<Programme> ListProgrammes(const auth::Principal& who, std::optional<db::Id> unit_id,
                                        std::optional<int> year, bool include_archived, std::optional<db::Id> after,
                                        int limit);
  Programme CreateProgramme(const auth::Principal& who, const ProgrammeInput& input, const audit::Actor& actor);
  // Changes a live programme's title and objectives: by those who may create one on its unit.
  Programme UpdateProgramme(const auth::Principal& who, db::Id id, long long version, const ProgrammePatch& patch,
                            const audit::Actor& actor);
  // Archives a programme (it is retained documented information: marked, never deleted) once each of its live
  // audits is closed; 409 audits.programme_has_open_audits before. By those who may create one on its unit.
  Programme ArchiveProgramme(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  // The programme with its coverage: the units of its subtree no audit of it audits, per standard the requirement
  // clauses none covers, and the processes of its subtree with how often this year's audits cover them against
  // what their risk asks (RequiredAuditsPerYear).
  boost::json::object ProgrammeWithCoverage(const auth::Principal& who, db::Id id);

  std::vector<Audit> List(const auth::Principal& who, const AuditFilter& filter);
  // The audits `who` may see whose planned days overlap the filter's, by start date (no team, clauses or processes).
  std::vector<Audit> Scheduled(const auth::Principal& who, const ScheduleFilter& filter);
  Audit Get(const auth::Principal& who, db::Id id, std::vector<ChecklistLine>* checklist);
  Audit Create(const auth::Principal& who, const AuditInput& input, const audit::Actor& actor);
  // Changes the plan of a planned audit (409 audits.not_planned later), checked as a new plan is; new clauses
  // regroup the checklist, whose lines keep their questions where their clauses stay (KeptLines). By an audit
  // manager of the audited unit.
  Audit Update(const auth::Principal& who, db::Id id, long long version, const AuditPatch& patch,
               const audit::Actor& actor);
  // Cancels a planned audit: archived, kept in the history (?include_archived=true) and out of the programme's
  // coverage and the calendars. By an audit manager of the audited unit.
  Audit Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  Audit Step(const auth::Principal& who, db::Id id, const AuditStepInput& input, const audit::Actor& actor);
  // Records a checklist line's answer while the audit is in progress (its lead auditor, team or an audit manager);
  // while it is planned, they may prepare the line's question only.
  ChecklistLine Answer(const auth::Principal& who, db::Id audit_id, db::Id line_id, const LineAnswer& answer,
                       const audit::Actor& actor);

  // A checklist line's evidence files (evidence.cc): added and removed by those who answer the line while the audit
  // is in progress (409 audits.not_in_progress otherwise); kept once it is reported (409 audits.evidence_kept).
  attachments::Attachment AttachEvidence(const auth::Principal& who, db::Id audit_id, db::Id line_id,
                                         std::shared_ptr<const http::SpoolPath> file, const std::string& file_name,
                                         const audit::Actor& actor);
  // Fails as AttachEvidence would for `who`, before the file is received.
  void AdmitEvidence(const auth::Principal& who, db::Id audit_id, db::Id line_id);
  std::vector<attachments::Attachment> Evidence(const auth::Principal& who, db::Id audit_id, db::Id line_id);
  http::Response DownloadEvidence(const auth::Principal& who, db::Id audit_id, db::Id line_id, db::Id attachment_id);
  attachments::Attachment RemoveEvidence(const auth::Principal& who, db::Id audit_id, db::Id line_id,
                                         db::Id attachment_id, const audit::Actor& actor);

  // The report (report.h) of an audit reported or closed, as a PDF in `language`; 409 audits.not_reported before.
  http::Response ReportPdf(const auth::Principal& who, db::Id id, Language language);
  // Files that report as a record of the audited unit (category audit_report, linked to the audit's clauses, the PDF
  // as its evidence file): by the audit's lead auditor or an audit manager of the unit.
  records::Record FileReport(const auth::Principal& who, db::Id id, Language language, const audit::Actor& actor);

 private:
  // The PDF of the report, written to a spool file.
  std::shared_ptr<http::SpoolPath> RenderReport(const auth::Principal& who, db::Id id, Language language,
                                                  Audit* audit);
  std::pair<Audit, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The unit path of audit `audit_id`, whose checklist line `line_id` `who` may attach evidence to.
  std::string EvidenceAttachable(soci::session& s, const auth::Principal& who, db::Id audit_id, db::Id line_id);
  // The programme and its unit's path, for someone who may view audits there (else 404).
  std::pair<Programme, std::string> VisibleProgramme(soci::session& s, const auth::Principal& who, db::Id id);
  // The programme for `who` to change or archive: visible (404), on a unit where they manage audits (403), live (409).
  std::pair<Programme, std::string> ProgrammeToChange(soci::session& s, const auth::Principal& who, db::Id id);
  // The audit for `who` to replan or cancel: visible (404), of a unit where they manage audits (403), live (409
  // conflict.archived) and planned (409 audits.not_planned).
  std::pair<Audit, std::string> PlannedToChange(soci::session& s, const auth::Principal& who, db::Id id);
  // Refuses someone `who` names who cannot conduct audits on the unit at `unit_path` (auth::RequireNamed) or who
  // belongs to it; someone `who` cannot see is refused as if they did not exist, whatever the reason.
  void CheckAuditor(const auth::Principal& who, db::Id user_id, const std::string& unit_path,
                    const std::string& field);
  // The checks of a plan, new or edited, that need no transaction: its texts, type and dates, and its people (the
  // lead auditor and team independent of the unit at `unit_path`, the auditees enabled people of it, off the team).
  void CheckPlanPeople(const auth::Principal& who, const Audit& plan, const std::vector<db::Id>& clause_ids,
                       const std::string& unit_path);
  // The checks inside the write: the clauses exist, the processes run in the unit and none is owned by an auditor,
  // the programme is live, holds the unit and the year of the first planned day.
  void CheckPlanInScope(soci::session& s, const auth::Principal& who, const Audit& plan,
                        const std::vector<db::Id>& clause_ids, const std::string& unit_path);
  // The audit's checklist lines with their evidence files.
  std::vector<ChecklistLine> Lines(soci::session& s, db::Id audit_id);
  // The line of the audit `audit_id` (404 otherwise) with its files.
  ChecklistLine LineOf(soci::session& s, db::Id audit_id, db::Id line_id);
  // Refuses unless `who` may answer the audit's lines: its lead auditor or a team member who may conduct audits
  // there now (else auth.permission_missing), or an audit manager of the unit at `path` (else auth.forbidden).
  static void RequireAnswerer(const auth::Principal& who, const Audit& audit, const std::string& path);

  db::Database& db_;
  org::OrgService& org_;
  processes::ProcessService& processes_;
  improvement::NonconformityService& nonconformities_;
  improvement::ImprovementService& improvements_;
  records::RecordService& records_;
  attachments::AttachmentService attachments_;
};

}  // namespace eduims::audits
