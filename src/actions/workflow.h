// The action workflow: open -> in_progress -> done, with cancelled reachable from any unfinished state and a
// finished action reopenable by a manager. One table lists every transition and who may make it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/problem.h"

namespace eduims::actions {

enum class Status { kOpen, kInProgress, kDone, kCancelled };

std::string_view StatusName(Status status);
std::optional<Status> ParseStatus(std::string_view name);
const std::vector<std::string>& StatusNames();
bool IsFinished(Status status);

enum class Actor {
  kOwner,    // the action's owner
  kManager,  // someone with kManageActions on the action's unit
};

struct Transition {
  Status from;
  Status to;
  std::vector<Actor> who;
};

const std::vector<Transition>& Transitions();

enum class Verdict { kAllowed, kNoSuchTransition, kNotPermitted };
// Whether someone who is the owner (`is_owner`) and/or a manager (`is_manager`) may move an action `from` -> `to`.
Verdict CheckTransition(Status from, Status to, bool is_owner, bool is_manager);
// The Problem that refuses the move, naming who may make it; none if it is allowed.
std::optional<Problem> Refusal(Status from, Status to, bool is_owner, bool is_manager);

// Overdue is derived, never stored: unfinished with a due date before today (both "YYYY-MM-DD").
bool IsOverdue(Status status, const std::optional<std::string>& due_date, const std::string& today);

}  // namespace eduims::actions
