#include "actions/workflow.h"

#include <algorithm>

namespace eduims::actions {

namespace {
constexpr std::pair<Status, std::string_view> kNames[] = {
    {Status::kOpen, "open"}, {Status::kInProgress, "in_progress"}, {Status::kDone, "done"},
    {Status::kCancelled, "cancelled"}};
}  // namespace

std::string_view StatusName(Status status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "open";
}

std::optional<Status> ParseStatus(std::string_view name) {
  for (const auto& [s, n] : kNames)
    if (n == name) return s;
  return std::nullopt;
}

const std::vector<std::string>& StatusNames() {
  static const std::vector<std::string> names = {"open", "in_progress", "done", "cancelled"};
  return names;
}

bool IsFinished(Status status) { return status == Status::kDone || status == Status::kCancelled; }

const std::vector<Transition>& Transitions() {
  using A = Actor;
  static const std::vector<Transition> table = {
      {Status::kOpen, Status::kInProgress, {A::kOwner, A::kManager}},
      {Status::kOpen, Status::kDone, {A::kOwner, A::kManager}},
      {Status::kInProgress, Status::kDone, {A::kOwner, A::kManager}},
      {Status::kInProgress, Status::kOpen, {A::kOwner, A::kManager}},
      {Status::kOpen, Status::kCancelled, {A::kManager}},
      {Status::kInProgress, Status::kCancelled, {A::kManager}},
      {Status::kDone, Status::kInProgress, {A::kManager}},
      {Status::kCancelled, Status::kOpen, {A::kManager}},
  };
  return table;
}

Verdict CheckTransition(Status from, Status to, bool is_owner, bool is_manager) {
  for (const Transition& t : Transitions()) {
    if (t.from != from || t.to != to) continue;
    bool ok = (is_owner && std::count(t.who.begin(), t.who.end(), Actor::kOwner)) ||
              (is_manager && std::count(t.who.begin(), t.who.end(), Actor::kManager));
    return ok ? Verdict::kAllowed : Verdict::kNotPermitted;
  }
  return Verdict::kNoSuchTransition;
}

bool IsOverdue(Status status, const std::optional<std::string>& due_date, const std::string& today) {
  return !IsFinished(status) && due_date && *due_date < today;
}

}  // namespace eduims::actions
