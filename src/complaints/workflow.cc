#include "complaints/workflow.h"

#include "platform/i18n/glossary.h"

namespace eduims::complaints {
namespace {

constexpr std::pair<Status, const char*> kNames[] = {{Status::kReceived, "received"},
                                                     {Status::kAcknowledged, "acknowledged"},
                                                     {Status::kAnswered, "answered"},
                                                     {Status::kAppealed, "appealed"},
                                                     {Status::kClosed, "closed"}};

const char* ActorKey(Actor a) {
  switch (a) {
    case Actor::kManager: return "complaint_manager";
    case Actor::kHandler: return "complaint_handler";
    case Actor::kDecider: return "appeal_decider";
    case Actor::kComplainant: return "complainant";
  }
  return "complaint_manager";
}

std::string WhoText(const std::vector<Actor>& who) { return ActorList(who, ActorKey); }

}  // namespace

std::string StatusName(Status status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "received";
}

std::optional<Status> ParseStatus(const std::string& name) {
  for (const auto& [s, n] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

const std::vector<std::string>& StatusNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& entry : kNames) out.push_back(entry.second);
    return out;
  }();
  return names;
}

const std::vector<Step>& Steps() {
  using S = Status;
  using A = Actor;
  static const std::vector<Step> steps = {
      {"acknowledge", S::kReceived, S::kAcknowledged, {A::kHandler, A::kManager}, {}, {}},
      {"respond", S::kAcknowledged, S::kAnswered, {A::kHandler}, {"response", "outcome"}, {}},
      // The complainant accepts or not on the public page; staff record an answer given by phone or letter.
      {"close", S::kAnswered, S::kClosed, {A::kComplainant, A::kHandler, A::kManager}, {"accepted"}, {}},
      {"appeal", S::kAnswered, S::kAppealed, {A::kComplainant, A::kManager}, {"appeal_text"}, {}},
      {"decide_appeal", S::kAppealed, S::kClosed, {A::kDecider}, {"decision", "appeal_outcome"}, {}},
  };
  return steps;
}

std::vector<std::string> StepNames() { return ActionNamesOf(Steps()); }

std::variant<Status, Problem> CheckStep(const std::string& action, const Roles& roles, const Facts& facts) {
  std::vector<Actor> caller_is;
  if (roles.manager) caller_is.push_back(Actor::kManager);
  if (roles.handler) caller_is.push_back(Actor::kHandler);
  // Whoever handled the complaint never judges the appeal against their own answer, even if named to.
  if (roles.decider && !roles.first_handler) caller_is.push_back(Actor::kDecider);
  if (roles.complainant) caller_is.push_back(Actor::kComplainant);
  if (action == "decide_appeal" && roles.first_handler && facts.status == Status::kAppealed)
    return Problem::Make(403, "complaints.decider_is_handler", "action");
  auto found = CheckTable(Steps(), "complaint", action, facts.status, caller_is, facts.given, StatusName, WhoText);
  if (auto* problem = std::get_if<Problem>(&found)) return *problem;
  const Step* step = std::get<const Step*>(found);
  if (action == "acknowledge" && !facts.has_handler) return Problem::Make(409, "complaints.handler_required", "action");
  if (action == "decide_appeal" && !facts.has_decider)
    return Problem::Make(409, "complaints.decider_required", "action");
  return step->to;
}

}  // namespace eduims::complaints
