// The recruitment workflow (ISO 21001 7.1.2), as one table of steps: from which status, to which status, who may
// take it and which request fields it needs. Guards that need more than the table (a decision dated before the
// opening, more people appointed than vacancies, closing without retained results) are checked by CheckStep.
//
//   planned --open--> open --start_selection--> selecting --decide--> decided --close--> closed
//      \________________\______________________________\_______________\--cancel (with a reason)--> cancelled
#pragma once
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "platform/step_table.h"

namespace eduims::recruitment {

enum class Status { kPlanned, kOpen, kSelecting, kDecided, kClosed, kCancelled };

std::string StatusName(Status status);
std::optional<Status> ParseStatus(const std::string& name);
const std::vector<std::string>& StatusNames();

enum class Actor {
  kManager,  // someone who manages competences on the recruitment's unit (its personnel officer, its head)
  kPanel,    // a member of the recruitment's selection panel
};

using Step = StepRule<Status, Actor>;

const std::vector<Step>& Steps();
std::vector<std::string> StepNames();

// What the caller is to this recruitment.
struct Roles {
  bool manager = false, panel = false;
};

struct Facts {
  Status status = Status::kPlanned;
  std::set<std::string> given;  // the step fields the request carries
  std::string opened_on;        // the recruitment's opening date
  std::string decided_on;       // the decision's date, when given
  long long vacancies = 1;
  long long appointed = 0;      // people appointed by the decision, when given
  long long results = 0;        // retained result files attached
};

// The status the recruitment moves to, or the Problem that refuses the step.
std::variant<Status, Problem> CheckStep(const std::string& action, const Roles& roles, const Facts& facts);

// The steps the caller may take from `status`, in the table's order (the buttons a screen shows).
std::vector<std::string> ActionsFor(Status status, const Roles& roles);

// Closed and cancelled recruitments are records: nothing changes them any more.
bool Finished(Status status);

}  // namespace eduims::recruitment
