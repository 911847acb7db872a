// Third-party certification (ISO/IEC 17021-1): a project that carries a unit (and the sites of its subtree) through
// the seven steps to a certificate of one standard or several (ISO 21001 and ISO 9001 as one integrated
// certificate), the certification body's audits and their findings, and the certificate as a public register shows
// it. Plain values and their JSON, no I/O. Dates are "YYYY-MM-DD".
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "certification/due_dates.h"
#include "certification/workflow.h"
#include "platform/db/database.h"

namespace eduims::certification {

// stage1, stage2, surveillance, recertification, special, transition
const std::vector<std::string>& AuditTypes();
// major, minor (each raises a nonconformity), observation, opportunity_for_improvement (an improvement)
const std::vector<std::string>& FindingGrades();
// lead, member, technical_expert, observer
const std::vector<std::string>& TeamRoles();

// Certificate numbers travel in URLs (/verify/{number}): 1 to 64 letters, digits, '.', '-' or '_'.
bool ValidCertificateNumber(const std::string& number);
// "ISO 21001:2018" for the catalogue's code "iso-21001" and edition "2018".
std::string StandardLabel(const std::string& code, const std::string& edition);

struct StandardRef {
  db::Id id = 0;
  std::string code, edition;
};

struct Body {
  std::string name, accreditation_body, accreditation_number;
};

struct StepState {
  ProjectStep step = ProjectStep::kRegistration;
  std::optional<db::Id> responsible_id;
  std::optional<std::string> planned_on, completed_on;
  std::string note;
  std::vector<db::Id> record_ids;  // sorted
};

struct Project {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title;
  Body body;
  std::vector<StandardRef> standards;  // by code
  std::vector<db::Id> site_ids;        // sorted
  ProjectStep step = ProjectStep::kRegistration;
  int cycle = 1;
  std::optional<std::string> stage2_repeat_after;
  std::vector<StepState> steps;  // all seven, in order
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;

  // REQUIRES: `steps` holds all seven.
  const StepState& StateOf(ProjectStep step) const { return steps.at(size_t(StepNumber(step) - 1)); }
  StepState& StateOf(ProjectStep step) { return steps.at(size_t(StepNumber(step) - 1)); }
};

// The seven steps of a new project, none planned or completed.
std::vector<StepState> FreshSteps();

// A transition the project went through, as its history keeps it.
struct TransitionRecord {
  db::Id id = 0;
  std::string action;
  ProjectStep from = ProjectStep::kRegistration, to = ProjectStep::kRegistration;
  int cycle = 1;
  std::optional<db::Id> user_id;  // none when a rule took it
  std::string comment, on_date, at;
};

struct TeamMember {
  std::string name, role;
};

struct Audit {
  db::Id id = 0;
  db::Id project_id = 0;
  std::string type;
  AuditStatus status = AuditStatus::kPlanned;
  std::string start_date, end_date;
  double audit_days = 1;
  std::vector<TeamMember> team;
  std::optional<std::string> window_justification;
  std::string notes;
  long long version = 1;
  std::string created_at, updated_at;
};

struct Finding {
  db::Id id = 0;
  db::Id audit_id = 0;
  std::string grade, title, description;
  db::Id unit_id = 0;
  std::optional<db::Id> nonconformity_id, improvement_id;
  std::optional<db::Id> created_by;
  std::string created_at;
};

struct CertificateSite {
  db::Id unit_id = 0;
  std::string name, address;
};

struct Certificate {
  db::Id id = 0;
  db::Id project_id = 0;
  db::Id unit_id = 0;  // the certified entity
  std::string number, entity_name, entity_address, organisation_type, region, scope_vi, scope_en;
  Body body;
  std::vector<StandardRef> standards;  // by code
  std::vector<CertificateSite> sites;  // by unit id
  std::string original_issue_date, issue_date, cycle_start, expiry_date;
  int cycle = 1;
  CertificateStatus status = CertificateStatus::kActive;  // as recorded: active, suspended or withdrawn
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
};

// The status the register shows on `today`: an active or suspended certificate past its expiry date is expired.
CertificateStatus StatusOn(const Certificate& certificate, const std::string& today);
// The calendar of the certificate's current cycle, counted from its cycle start and decided on its issue date.
Cycle CycleOf(const Certificate& certificate);

struct CertificateChange {
  db::Id id = 0;
  std::string kind, reason, effective_on;
  std::string before_json, after_json;  // RegisterFields before and after
  std::optional<db::Id> user_id;
  std::string at;
};

boost::json::object ToJson(const Project& project);
boost::json::object ToJson(const TransitionRecord& transition);
boost::json::object ToJson(const Audit& audit);
boost::json::object ToJson(const Finding& finding);
boost::json::object ToJson(const Certificate& certificate, const std::string& today);
boost::json::object ToJson(const CertificateChange& change);
// The fields of the register a change may touch, for the history's before and after.
boost::json::object RegisterFields(const Certificate& certificate);
// What the public register shows of a certificate and nothing else: number, status, holder, certification body
// with its accreditation body and number, scope, standards, sites and dates.
boost::json::object PublicJson(const Certificate& certificate, const std::string& today);

}  // namespace eduims::certification
