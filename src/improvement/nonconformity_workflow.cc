#include "improvement/nonconformity_workflow.h"

#include "platform/i18n/glossary.h"

namespace eduims::improvement {
namespace {

constexpr std::pair<NcStatus, const char*> kNames[] = {
    {NcStatus::kReported, "reported"},       {NcStatus::kContained, "contained"},
    {NcStatus::kCauseAnalysed, "cause_analysed"}, {NcStatus::kActionPlanned, "action_planned"},
    {NcStatus::kImplemented, "implemented"}, {NcStatus::kVerified, "verified"},
    {NcStatus::kClosed, "closed"}};

std::string WhoText(const std::vector<NcActor>& who) {
  return ActorList(who, [](NcActor a) { return a == NcActor::kManager ? "improvement_manager" : "named_verifier"; });
}

}  // namespace

std::string NcStatusName(NcStatus status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "reported";
}

std::optional<NcStatus> ParseNcStatus(const std::string& name) {
  for (const auto& [s, n] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

const std::vector<std::string>& NcStatusNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& entry : kNames) out.push_back(entry.second);
    return out;
  }();
  return names;
}

const std::vector<NcStep>& NcSteps() {
  using S = NcStatus;
  using A = NcActor;
  static const std::vector<NcStep> steps = {
      {"contain", S::kReported, S::kContained, {A::kManager}, {"correction"}, {}},
      {"analyse", S::kContained, S::kCauseAnalysed, {A::kManager}, {"root_cause_method", "root_cause"},
       {"whys", "categories"}},
      {"plan", S::kCauseAnalysed, S::kActionPlanned, {A::kManager},
       {"effectiveness_criterion", "verification_due", "verifier_id"}, {}},
      {"implement", S::kActionPlanned, S::kImplemented, {A::kManager}, {}, {}},
      {"verify_effective", S::kImplemented, S::kVerified, {A::kVerifier}, {"comment"}, {}},
      // The loop-back: the corrective action did not work, so the cause is analysed again in a new cycle.
      {"verify_ineffective", S::kImplemented, S::kContained, {A::kVerifier}, {"comment"}, {}},
      {"close", S::kVerified, S::kClosed, {A::kManager}, {}, {}},
  };
  return steps;
}

std::vector<std::string> NcActionNames() { return ActionNamesOf(NcSteps()); }

std::variant<NcStatus, Problem> CheckStep(const std::string& action, const NcRoles& roles, const NcFacts& facts) {
  std::vector<NcActor> caller_is;
  if (roles.manager) caller_is.push_back(NcActor::kManager);
  if (roles.verifier) caller_is.push_back(NcActor::kVerifier);
  auto found = CheckTable(NcSteps(), "nonconformity", action, facts.status, caller_is, facts.given, NcStatusName,
                          WhoText);
  if (auto* problem = std::get_if<Problem>(&found)) return *problem;
  const NcStep* step = std::get<const NcStep*>(found);
  if (action == "plan" && facts.unfinished_actions == 0)
    return Problem::Make(409, "improvement.actions_required", "action");
  if ((action == "implement" || action == "close") && facts.unfinished_actions > 0)
    return Problem::Make(409, "improvement.actions_unfinished", "action")
        .With("count", std::to_string(facts.unfinished_actions));
  if (action == "implement" && facts.done_actions == 0)
    return Problem::Make(409, "improvement.actions_required", "action");
  if (facts.verifier_owns_action && (action == "plan" || action.rfind("verify_", 0) == 0))
    return Problem::Make(action == "plan" ? 422 : 409, "improvement.verifier_owns_action", "verifier_id");
  return step->to;
}

}  // namespace eduims::improvement
