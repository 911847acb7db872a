#include "directives/workflow.h"

#include "platform/i18n/glossary.h"

namespace eduims::directives {
namespace {

constexpr std::pair<AnswerStatus, const char*> kNames[] = {{AnswerStatus::kNotStarted, "not_started"},
                                                           {AnswerStatus::kInProgress, "in_progress"},
                                                           {AnswerStatus::kSubmitted, "submitted"},
                                                           {AnswerStatus::kAccepted, "accepted"},
                                                           {AnswerStatus::kReturned, "returned"}};

std::string WhoText(const std::vector<AnswerActor>& who) {
  return ActorList(who, [](AnswerActor a) { return a == AnswerActor::kUnit ? "answering_unit" : "directive_sender"; });
}

}  // namespace

std::string AnswerStatusName(AnswerStatus status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "not_started";
}

std::optional<AnswerStatus> ParseAnswerStatus(const std::string& name) {
  for (const auto& [s, n] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

const std::vector<std::string>& AnswerStatusNames() {
  static const std::vector<std::string> names = {"not_started", "in_progress", "submitted", "accepted", "returned"};
  return names;
}

const std::vector<AnswerStep>& AnswerSteps() {
  using S = AnswerStatus;
  using A = AnswerActor;
  static const std::vector<AnswerStep> steps = {
      {"start", S::kNotStarted, S::kInProgress, {A::kUnit}, {}, {}},
      {"submit", S::kInProgress, S::kSubmitted, {A::kUnit}, {}, {}},
      {"submit", S::kReturned, S::kSubmitted, {A::kUnit}, {}, {}},
      {"accept", S::kSubmitted, S::kAccepted, {A::kSender}, {}, {}},
      {"return", S::kSubmitted, S::kReturned, {A::kSender}, {"reason"}, {}},
      {"reopen", S::kReturned, S::kInProgress, {A::kUnit}, {}, {}},
  };
  return steps;
}

std::vector<std::string> AnswerActionNames() { return ActionNamesOf(AnswerSteps()); }

std::variant<AnswerStatus, Problem> CheckAnswerStep(const std::string& action, bool unit, bool sender,
                                                    const AnswerFacts& facts) {
  if (facts.status == AnswerStatus::kAccepted) return Problem::Make(409, "directive.answer_accepted", "action");
  std::vector<AnswerActor> caller_is;
  if (unit) caller_is.push_back(AnswerActor::kUnit);
  if (sender) caller_is.push_back(AnswerActor::kSender);
  auto found = CheckTable(AnswerSteps(), "directive_answer", action, facts.status, caller_is, facts.given,
                          AnswerStatusName, WhoText);
  if (auto* problem = std::get_if<Problem>(&found)) return *problem;
  const AnswerStep* step = std::get<const AnswerStep*>(found);
  if (step->to == AnswerStatus::kSubmitted && !facts.has_text) return Problem::Make(422, "directive.answer_empty", "text");
  return step->to;
}

bool TextEditable(AnswerStatus status) {
  return status == AnswerStatus::kNotStarted || status == AnswerStatus::kInProgress ||
         status == AnswerStatus::kReturned;
}

bool CountsAsSubmitted(AnswerStatus status) {
  return status == AnswerStatus::kSubmitted || status == AnswerStatus::kAccepted;
}

}  // namespace eduims::directives
