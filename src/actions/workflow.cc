#include "actions/workflow.h"

#include <algorithm>

#include "platform/i18n/glossary.h"

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

std::optional<Problem> Refusal(Status from, Status to, bool is_owner, bool is_manager) {
  Verdict verdict = CheckTransition(from, to, is_owner, is_manager);
  if (verdict == Verdict::kAllowed) return std::nullopt;
  if (verdict == Verdict::kNoSuchTransition)
    return Problem::Make(409, "workflow.transition_not_allowed", "to")
        .With("entity", "action")
        .With("from", std::string(StatusName(from)))
        .With("to", std::string(StatusName(to)));
  std::vector<Actor> who;
  for (const Transition& t : Transitions())
    if (t.from == from && t.to == to) who = t.who;
  return Problem::Make(403, "workflow.not_permitted", "to")
      .With("entity", "action")
      .With("who", ActorList(who, [](Actor a) { return a == Actor::kOwner ? "owner" : "action_manager"; }))
      .With("to", std::string(StatusName(to)));
}

bool IsOverdue(Status status, const std::optional<std::string>& due_date, const std::string& today) {
  return !IsFinished(status) && due_date && *due_date < today;
}

}  // namespace eduims::actions
