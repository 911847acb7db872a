#include "improvement/register_workflow.h"

#include "platform/i18n/glossary.h"

namespace eduims::improvement {
namespace {

constexpr std::pair<ImprovementStatus, const char*> kNames[] = {{ImprovementStatus::kProposed, "proposed"},
                                                                {ImprovementStatus::kAccepted, "accepted"},
                                                                {ImprovementStatus::kRejected, "rejected"},
                                                                {ImprovementStatus::kCompleted, "completed"}};

std::string WhoText(const std::vector<ImprovementActor>& who) {
  return ActorList(who, [](ImprovementActor a) {
    return a == ImprovementActor::kManager ? "improvement_manager" : "owner";
  });
}

}  // namespace

std::string ImprovementStatusName(ImprovementStatus status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "proposed";
}

std::optional<ImprovementStatus> ParseImprovementStatus(const std::string& name) {
  for (const auto& [s, n] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

const std::vector<std::string>& ImprovementStatusNames() {
  static const std::vector<std::string> names = {"proposed", "accepted", "rejected", "completed"};
  return names;
}

const std::vector<ImprovementStep>& ImprovementSteps() {
  using S = ImprovementStatus;
  using A = ImprovementActor;
  static const std::vector<ImprovementStep> steps = {
      {"accept", S::kProposed, S::kAccepted, {A::kManager}, {}, {}},
      {"reject", S::kProposed, S::kRejected, {A::kManager}, {"comment"}, {}},
      {"complete", S::kAccepted, S::kCompleted, {A::kManager, A::kOwner}, {"outcome"}, {}},
  };
  return steps;
}

std::vector<std::string> ImprovementActionNames() { return ActionNamesOf(ImprovementSteps()); }

std::variant<ImprovementStatus, Problem> CheckImprovementStep(const std::string& action, bool manager, bool owner,
                                                              const ImprovementFacts& facts) {
  std::vector<ImprovementActor> caller_is;
  if (manager) caller_is.push_back(ImprovementActor::kManager);
  if (owner) caller_is.push_back(ImprovementActor::kOwner);
  auto found = CheckTable(ImprovementSteps(), "improvement", action, facts.status, caller_is, facts.given,
                          ImprovementStatusName, WhoText);
  if (auto* problem = std::get_if<Problem>(&found)) return *problem;
  if (action == "complete" && facts.unfinished_actions > 0)
    return Problem::Make(409, "improvement.actions_unfinished", "action")
        .With("count", std::to_string(facts.unfinished_actions));
  return std::get<const ImprovementStep*>(found)->to;
}

}  // namespace eduims::improvement
