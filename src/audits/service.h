// The rules of internal audits: who may see and plan programmes and audits (by unit subtree), the independence of
// auditors (nobody audits the unit they belong to), the integrated checklist generated from the audit's clauses,
// the audit workflow, and findings: a nonconformity found raises a nonconformity record, an opportunity for
// improvement goes to the improvement register, both in the same transaction as the checklist answer. Every change
// is one transaction with its audit-trail entry. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

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

struct AuditInput {
  db::Id programme_id = 0;
  db::Id unit_id = 0;
  std::string title, type = "internal";
  db::Id lead_auditor_id = 0;
  std::vector<db::Id> team_ids;
  std::string planned_start, planned_end, agenda;
  std::vector<db::Id> clause_ids;
  std::vector<db::Id> process_ids;  // processes of the audited unit's subtree
};

struct AuditFilter {
  std::optional<db::Id> programme_id, unit_id, lead_auditor_id;
  std::optional<AuditStatus> status;
  std::optional<db::Id> after;
  int limit = 50;
};

// Audits planned on days from `from` to `to` (dates), for a calendar.
struct ScheduleFilter {
  std::optional<db::Id> within;       // only the subtree of this unit
  bool mine = false;  // only audits the caller leads, is on the team of, or of the caller's own unit
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
                                        std::optional<int> year, std::optional<db::Id> after, int limit);
  Programme CreateProgramme(const auth::Principal& who, const ProgrammeInput& input, const audit::Actor& actor);
  // The programme with its coverage: the units of its subtree no audit of it audits, per standard the requirement
  // clauses none covers, and the processes of its subtree with how often this year's audits cover them against
  // what their risk asks (RequiredAuditsPerYear).
  boost::json::object ProgrammeWithCoverage(const auth::Principal& who, db::Id id);

  std::vector<Audit> List(const auth::Principal& who, const AuditFilter& filter);
  // The audits `who` may see whose planned days overlap the filter's, by start date (no team, clauses or processes).
  std::vector<Audit> Scheduled(const auth::Principal& who, const ScheduleFilter& filter);
  Audit Get(const auth::Principal& who, db::Id id, std::vector<ChecklistLine>* checklist);
  Audit Create(const auth::Principal& who, const AuditInput& input, const audit::Actor& actor);
  Audit Step(const auth::Principal& who, db::Id id, const AuditStepInput& input, const audit::Actor& actor);
  // Records a checklist line's answer while the audit is in progress (its lead auditor, team or an audit manager).
  ChecklistLine Answer(const auth::Principal& who, db::Id audit_id, db::Id line_id, const LineAnswer& answer,
                       const audit::Actor& actor);

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
  // Refuses someone who cannot conduct audits on the unit at `unit_path` or who belongs to it.
  void CheckAuditor(db::Id user_id, const std::string& unit_path, const std::string& field);

  db::Database& db_;
  org::OrgService& org_;
  processes::ProcessService& processes_;
  improvement::NonconformityService& nonconformities_;
  improvement::ImprovementService& improvements_;
  records::RecordService& records_;
};

}  // namespace eduims::audits
