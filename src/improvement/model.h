// Nonconformities: something that did not meet a requirement (of either standard, of a learner, of the law), found
// by an audit, a complaint, a survey or anyone, and carried through correction, root-cause analysis, corrective
// actions and a verification of their effectiveness before it is closed. And the improvement register: opportunities
// from any source with an owner, the expected benefit, actions and the outcome. Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "improvement/nonconformity_workflow.h"
#include "improvement/register_workflow.h"
#include "platform/db/database.h"

namespace eduims::improvement {

const std::vector<std::string>& NcSources();
const std::vector<std::string>& Severities();  // major, minor
const std::vector<std::string>& RootCauseMethods();  // five_whys, categories
// The cause categories of a fishbone analysis, adapted to education.
const std::vector<std::string>& CauseCategories();

// A clause of either standard, as the catalogue names it.
struct ClauseRef {
  db::Id id = 0;
  std::string urn, number;
};

// An overdue nonconformity sent up to the head of its unit (or of the nearest unit above that names one) once its
// due date passed; none found leaves `head_user_id` empty.
struct Escalation {
  std::string due_date, escalated_at;
  db::Id unit_id = 0;
  std::optional<db::Id> head_user_id;
};

struct Nonconformity {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title, description, source, severity;
  NcStatus status = NcStatus::kReported;
  std::string detected_on, due_date;
  std::optional<db::Id> repeat_of;
  std::optional<db::Id> audit_id;  // the audit whose finding raised it
  std::optional<std::string> correction, root_cause_method, root_cause;
  std::vector<std::string> root_cause_details;  // the whys, or the categories
  std::optional<std::string> effectiveness_criterion, verification_due;
  std::optional<db::Id> verifier_id;
  int cycle = 1;
  std::optional<db::Id> reported_by;
  long long version = 1;
  std::string created_at, updated_at;
  std::optional<std::string> closed_at, archived_at;
  std::vector<ClauseRef> clauses;
  std::optional<Escalation> escalation;  // for its current due date
};

// An open nonconformity and one clause it is raised against (a nonconformity on two clauses is two of these).
struct OpenOnClause {
  db::Id clause_id = 0;
  db::Id nonconformity_id = 0;
  std::string title, severity, due_date;
};

// One step of the workflow as it was taken, with what it decided (a JSON object).
struct NcStepRecord {
  db::Id id = 0;
  std::string action;
  NcStatus from = NcStatus::kReported, to = NcStatus::kReported;
  int cycle = 1;
  std::optional<db::Id> user_id;
  std::string comment, details, at;
};

// Days from detection to the due date, by severity: the organisation's defaults.
struct DueDays {
  int major = 30, minor = 90;
  long long version = 1;
};

// The due date of a nonconformity detected on `detected_on` ("YYYY-MM-DD") with `severity`.
std::string DefaultDueDate(const std::string& detected_on, const std::string& severity, const DueDays& days);
// An earlier nonconformity of the same unit and clause detected on or after this date (12 months before
// `detected_on`) makes a new one a repeat.
std::string RepeatWindowStart(const std::string& detected_on);
// Five whys need 1 to 5 answers that are not blank and no categories; categories need at least one known category,
// each once, and no whys. The Problem names the field, or nullopt if the analysis is well formed.
std::optional<Problem> RootCauseProblem(const std::string& method, const std::optional<std::vector<std::string>>& whys,
                                        const std::optional<std::vector<std::string>>& categories);
// Overdue is derived, never stored: not closed and due before `today`.
bool IsOverdue(const Nonconformity& nc, const std::string& today);

const std::vector<std::string>& ImprovementSources();

// An opportunity for improvement in the register.
struct Improvement {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title, description, source, expected_benefit;
  std::optional<db::Id> owner_id;
  ImprovementStatus status = ImprovementStatus::kProposed;
  std::optional<std::string> outcome, decision_comment;
  std::optional<db::Id> proposed_by;
  long long version = 1;
  std::string created_at, updated_at;
  std::optional<std::string> closed_at, archived_at;
};

boost::json::object ToJson(const Nonconformity& nc, const std::string& today);
boost::json::object ToJson(const Improvement& improvement);
boost::json::object ToJson(const NcStepRecord& step);
boost::json::object ToJson(const DueDays& days);

}  // namespace eduims::improvement
