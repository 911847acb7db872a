// The workflow of an opportunity in the improvement register (ISO 21001 10.3, ISO 9001 10.3), as one table:
//
//   proposed --accept--> accepted --complete (outcome; every action finished)--> completed
//   proposed --reject (comment)--> rejected
#pragma once
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "platform/step_table.h"

namespace eduims::improvement {

enum class ImprovementStatus { kProposed, kAccepted, kRejected, kCompleted };

std::string ImprovementStatusName(ImprovementStatus status);
std::optional<ImprovementStatus> ParseImprovementStatus(const std::string& name);
const std::vector<std::string>& ImprovementStatusNames();

enum class ImprovementActor {
  kManager,  // someone with kManageImprovement on the improvement's unit
  kOwner,    // the improvement's owner
};

using ImprovementStep = StepRule<ImprovementStatus, ImprovementActor>;
const std::vector<ImprovementStep>& ImprovementSteps();
std::vector<std::string> ImprovementActionNames();

struct ImprovementFacts {
  ImprovementStatus status = ImprovementStatus::kProposed;
  std::set<std::string> given;  // the step fields the request carries
  int unfinished_actions = 0;   // linked actions open or in progress
};

// The status the improvement moves to, or the Problem that refuses the step.
std::variant<ImprovementStatus, Problem> CheckImprovementStep(const std::string& action, bool manager, bool owner,
                                                              const ImprovementFacts& facts);

}  // namespace eduims::improvement
