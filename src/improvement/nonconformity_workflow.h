// The corrective-action workflow of a nonconformity, as one table of steps: from which status, to which status,
// who may take it and which request fields it needs. Guards that need more than the table (actions planned and
// done, a verifier who owns none of them) are checked by CheckStep below.
//
//   reported --contain--> contained --analyse--> cause_analysed --plan--> action_planned --implement--> implemented
//                            ^                                                                            |
//                            \---------------------------- verify_ineffective (next cycle) ---------------/
//   implemented --verify_effective--> verified --close--> closed
#pragma once
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "platform/step_table.h"

namespace eduims::improvement {

enum class NcStatus { kReported, kContained, kCauseAnalysed, kActionPlanned, kImplemented, kVerified, kClosed };

std::string NcStatusName(NcStatus status);
std::optional<NcStatus> ParseNcStatus(const std::string& name);
const std::vector<std::string>& NcStatusNames();

enum class NcActor {
  kManager,   // someone with kManageImprovement on the nonconformity's unit
  kVerifier,  // the verifier named when the actions were planned
};

using NcStep = StepRule<NcStatus, NcActor>;

const std::vector<NcStep>& NcSteps();
std::vector<std::string> NcActionNames();

// What the caller is to this nonconformity.
struct NcRoles {
  bool manager = false, verifier = false;
};

struct NcFacts {
  NcStatus status = NcStatus::kReported;
  std::set<std::string> given;      // the step fields the request carries
  int unfinished_actions = 0;       // linked actions open or in progress
  int done_actions = 0;             // linked actions done
  bool verifier_owns_action = false;  // the verifier (named in the request or before) owns a linked action
};

// The status the nonconformity moves to, or the Problem that refuses the step.
std::variant<NcStatus, Problem> CheckStep(const std::string& action, const NcRoles& roles, const NcFacts& facts);

}  // namespace eduims::improvement
