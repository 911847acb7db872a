// The complaint and appeal workflow, as one table of steps: from which status, to which status, who may take it and
// which request fields it needs. Guards that need more than the table (a handler named before acknowledging, the
// first handler never deciding the appeal) are checked by CheckStep below.
//
//   received --acknowledge--> acknowledged --respond--> answered --close (accepted or not)--> closed
//                                                           |
//                                                           \--appeal--> appealed --decide_appeal--> closed
#pragma once
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "platform/step_table.h"

namespace eduims::complaints {

enum class Status { kReceived, kAcknowledged, kAnswered, kAppealed, kClosed };

std::string StatusName(Status status);
std::optional<Status> ParseStatus(const std::string& name);
const std::vector<std::string>& StatusNames();

enum class Actor {
  kManager,      // someone with kManageComplaints on the complaint's unit
  kHandler,      // the named handler, holding kHandleComplaints on the unit
  kDecider,      // the named appeal decider, holding kHandleComplaints on the unit
  kComplainant,  // whoever holds the complaint's tracking code (the public page)
};

using Step = StepRule<Status, Actor>;

const std::vector<Step>& Steps();
std::vector<std::string> StepNames();

// What the caller is to this complaint.
struct Roles {
  bool manager = false, handler = false, decider = false, complainant = false;
  bool first_handler = false;  // the caller is (or was) the complaint's handler, whatever their grants now
};

struct Facts {
  Status status = Status::kReceived;
  std::set<std::string> given;  // the step fields the request carries
  bool has_handler = false;
  bool has_decider = false;
};

// The status the complaint moves to, or the Problem that refuses the step.
std::variant<Status, Problem> CheckStep(const std::string& action, const Roles& roles, const Facts& facts);

}  // namespace eduims::complaints
