// Internal audits: a yearly programme of a unit's subtree, audits of one unit by a lead auditor and a team over
// clauses of either standard, and the integrated checklist, where corresponding ISO 21001 and ISO 9001 clauses
// ("equal" in the crosswalk) share one line carrying both references. Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "attachments/model.h"
#include "audits/workflow.h"
#include "improvement/model.h"
#include "processes/model.h"
#include "standards/catalogue.h"

namespace eduims::audits {

using improvement::ClauseRef;

const std::vector<std::string>& AuditTypes();   // internal, second_party
const std::vector<std::string>& LineResults();  // conforming, major_nonconformity, ..., not_audited
// The severity of the nonconformity a result raises ("major", "minor"), if it raises one.
std::optional<std::string> SeverityRaisedBy(const std::string& result);
// True if the result goes to the improvement register.
bool RaisesImprovement(const std::string& result);

struct Programme {
  db::Id id = 0;
  db::Id unit_id = 0;
  int year = 0;
  std::string title, objectives;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
};

struct ChecklistLine {
  db::Id id = 0;
  db::Id audit_id = 0;
  int position = 0;
  std::string question, evidence;
  std::optional<std::string> result, finding;
  std::optional<db::Id> nonconformity_id, improvement_id;
  long long version = 1;
  std::string updated_at;
  std::vector<ClauseRef> clauses;
  std::vector<attachments::Attachment> files;  // the objective evidence uploaded to the line, in upload order
};

struct Audit {
  db::Id id = 0;
  db::Id programme_id = 0;
  db::Id unit_id = 0;
  std::string title, type = "internal";
  AuditStatus status = AuditStatus::kPlanned;
  db::Id lead_auditor_id = 0;
  std::vector<db::Id> team_ids;
  std::vector<db::Id> auditee_ids;  // the people of the audited unit who are interviewed or answer for it, sorted
  std::string planned_start, planned_end, agenda;
  std::optional<std::string> summary;
  long long version = 1;
  std::string created_at, updated_at;
  std::optional<std::string> closed_at, archived_at;
  std::vector<ClauseRef> clauses;
  std::vector<db::Id> process_ids;  // the processes of the register the audit covers, sorted
};

// How many audits a year a process of this risk needs: a high-risk process twice, a medium one once, a low-risk one
// none in a given year (once in the three-year certification cycle is enough).
int RequiredAuditsPerYear(processes::RiskLevel risk);

// A process of a programme's subtree and how often this year's audits cover it.
struct ProcessCoverage {
  db::Id id = 0;
  std::string code, name;
  processes::RiskLevel risk = processes::RiskLevel::kMedium;
  int audits = 0;
};
// {"id", "code", "name", "risk_level", "audits", "required", "covered"} for each, covered meaning as often as
// RequiredAuditsPerYear asks.
boost::json::array ProcessCoverageJson(const std::vector<ProcessCoverage>& processes);

// The checklist of an audit over `clause_ids`: one group of clause ids per line, in the order the clauses are
// given, where clauses `equal` joins share one line.
std::vector<std::vector<db::Id>> ChecklistGroups(const std::vector<db::Id>& clause_ids,
                                                 const standards::EqualClauses& equal);

// How an edited plan's checklist keeps the lines it had. `lines` are the clause groups of the current lines, in
// order; `regrouped` the ChecklistGroups of the new clauses. For each new group, the index of the line it keeps (its
// id and question): the first line not yet kept that shares a clause with it, or nullopt for a new line. Lines no
// group keeps are dropped.
std::vector<std::optional<size_t>> KeptLines(const std::vector<std::vector<db::Id>>& lines,
                                             const std::vector<std::vector<db::Id>>& regrouped);

// The requirement clauses (leaves of kind "clause") of `clauses` that no audit covers: a clause is covered when it
// or one of its ancestors is among `audited`, or is "equal" to (or under one equal to) a clause so covered.
std::vector<standards::Clause> UncoveredClauses(const std::vector<standards::Clause>& clauses,
                                                const std::set<db::Id>& audited,
                                                const standards::EqualClauses& equal);

boost::json::object ToJson(const Programme& p);
boost::json::object ToJson(const ChecklistLine& line);
// With `lines`, the checklist too.
boost::json::object ToJson(const Audit& a, const std::vector<ChecklistLine>* lines);

}  // namespace eduims::audits
