// The rules of certification projects: who may see and run them (by unit subtree: viewers, coordinators, top
// management), what a valid project is (standards of the catalogue, one edition per standard; sites in the unit's
// subtree), the seven steps with their responsible person, planned and completed dates and linked records, the
// transitions of the project workflow with their completion rules, and the six-month rule for stage 2, applied
// whenever the project is read or evaluated (never by a timer). Every change is one transaction with its
// audit-trail entry. Failures are ProblemError.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "certification/context.h"
#include "improvement/service.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "records/service.h"

namespace eduims::certification {

struct ProjectInput {
  db::Id unit_id = 0;
  std::string title;
  Body body;
  std::vector<db::Id> standard_ids;
  std::vector<db::Id> site_ids;  // the unit itself when empty
};

struct ProjectPatch {
  long long version = 0;
  std::optional<std::string> title, body_name, accreditation_body, accreditation_number;
  std::optional<std::vector<db::Id>> standard_ids, site_ids;
};

struct ProjectFilter {
  std::optional<db::Id> unit_id;
  std::optional<ProjectStep> step;
  std::optional<db::Id> after;
  int limit = 50;
};

// Absent fields stay as they are; an inner nullopt clears the field.
struct StepPatch {
  long long version = 0;
  std::optional<std::optional<db::Id>> responsible_id;
  std::optional<std::optional<std::string>> planned_on;
  std::optional<std::string> note;
  std::optional<std::vector<db::Id>> record_ids;
};

struct TransitionInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> comment;
  std::optional<std::string> completed_on;  // today when absent
};

// A project with everything its page shows.
// A clause the project's unit declares not applicable in its scope (kept by the planning module), which the
// certification body's audits leave out.
struct ExcludedClause {
  db::Id clause_id = 0, standard_id = 0;
  std::string number, title_en, title_vi, justification;
};

struct ProjectDetail {
  Project project;
  std::vector<Audit> audits;
  std::vector<Certificate> certificates;
  std::vector<TransitionRecord> history;
  std::vector<Problem> blockers;     // what stops the current step from completing now
  std::vector<std::string> actions;  // the transitions the caller may take from the current step
  std::vector<ExcludedClause> excluded_clauses;  // of the project's standards, from the unit's scope
};

// What a calendar shows of certification: the planned date of each step not yet completed and each certification
// audit not cancelled, when it falls in [from, to]. `within` narrows to a unit's subtree; `responsible` to the steps
// that user is responsible for and the audits of the projects where they are responsible for a step.
struct ScheduleFilter {
  std::optional<db::Id> within;
  std::optional<db::Id> responsible;
  std::string from, to;  // "YYYY-MM-DD", inclusive
};

struct ProjectSchedule {
  Project project;
  std::vector<StepState> steps;  // planned, not completed, in order
  std::vector<Audit> audits;     // not cancelled, by start date
};

class ProjectService {
 public:
  ProjectService(db::Database& db, org::OrgService& org, records::RecordService& records,
                 improvement::NonconformityService& nonconformities)
      : db_(db), org_(org), records_(records), nonconformities_(nonconformities) {}

  std::vector<Project> List(const auth::Principal& who, const ProjectFilter& filter);
  // The project once the six-month rule has been applied to it.
  ProjectDetail Detail(const auth::Principal& who, db::Id id);
  // The clauses a unit's scope excludes; set at start-up by the module that keeps scopes. Without it a project's
  // scope excludes nothing.
  using ScopeExclusions = std::function<std::vector<ExcludedClause>(db::Id unit_id)>;
  void SetScopeExclusions(ScopeExclusions exclusions) { scope_exclusions_ = std::move(exclusions); }
  // The projects the caller may see with something in the filter's dates, by id. Reads every such project and its
  // audits: a province holds dozens of projects, and a calendar application polls a feed a few times an hour.
  std::vector<ProjectSchedule> Schedule(const auth::Principal& who, const ScheduleFilter& filter);
  Project Create(const auth::Principal& who, const ProjectInput& input, const audit::Actor& actor);
  // Standards and sites change here only until a certificate is issued; afterwards through the certificate.
  Project Update(const auth::Principal& who, db::Id id, const ProjectPatch& patch, const audit::Actor& actor);
  // A completed step no longer changes.
  Project UpdateStep(const auth::Principal& who, db::Id id, ProjectStep step, const StepPatch& patch,
                     const audit::Actor& actor);
  Project Transition(const auth::Principal& who, db::Id id, const TransitionInput& input, const audit::Actor& actor);
  // Applies the six-month rule for stage 2; true if it sent the project back to the assessment step.
  bool Evaluate(const auth::Principal& who, db::Id id);

 private:
  std::vector<db::Id> CheckSites(const auth::Principal& who, const org::Unit& unit, std::vector<db::Id> ids);

  db::Database& db_;
  org::OrgService& org_;
  records::RecordService& records_;
  improvement::NonconformityService& nonconformities_;
  ScopeExclusions scope_exclusions_;
};

}  // namespace eduims::certification
