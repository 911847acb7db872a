#include "review/workflow.h"

#include "platform/i18n/glossary.h"

namespace eduims::review {
namespace {

constexpr std::pair<ReviewStatus, const char*> kNames[] = {{ReviewStatus::kPlanned, "planned"},
                                                           {ReviewStatus::kOpen, "open"},
                                                           {ReviewStatus::kHeld, "held"},
                                                           {ReviewStatus::kApproved, "approved"},
                                                           {ReviewStatus::kCancelled, "cancelled"}};

std::string WhoText(const std::vector<ReviewActor>& who) {
  return ActorList(who, [](ReviewActor a) { return a == ReviewActor::kManager ? "review_manager" : "top_management"; });
}

}  // namespace

std::string ReviewStatusName(ReviewStatus status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "planned";
}

std::optional<ReviewStatus> ParseReviewStatus(const std::string& name) {
  for (const auto& [s, n] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

const std::vector<std::string>& ReviewStatusNames() {
  static const std::vector<std::string> names = {"planned", "open", "held", "approved", "cancelled"};
  return names;
}

const std::vector<ReviewStep>& ReviewSteps() {
  using S = ReviewStatus;
  using A = ReviewActor;
  static const std::vector<ReviewStep> steps = {
      {"open", S::kPlanned, S::kOpen, {A::kManager}, {}, {}},
      {"hold", S::kOpen, S::kHeld, {A::kManager}, {}, {}},
      {"reopen", S::kHeld, S::kOpen, {A::kManager, A::kApprover}, {}, {}},
      {"approve", S::kHeld, S::kApproved, {A::kApprover}, {}, {"language"}},
      {"cancel", S::kPlanned, S::kCancelled, {A::kManager}, {"comment"}, {}},
  };
  return steps;
}

std::vector<std::string> ReviewActionNames() { return ActionNamesOf(ReviewSteps()); }

std::variant<ReviewStatus, Problem> CheckReviewStep(const std::string& action, bool manager, bool approver,
                                                    const ReviewFacts& facts) {
  std::vector<ReviewActor> caller_is;
  if (manager) caller_is.push_back(ReviewActor::kManager);
  if (approver) caller_is.push_back(ReviewActor::kApprover);
  auto found = CheckTable(ReviewSteps(), "management_review", action, facts.status, caller_is, facts.given,
                          ReviewStatusName, WhoText);
  if (auto* problem = std::get_if<Problem>(&found)) return *problem;
  if (action == "open" && !facts.has_top_management)
    return Problem::Make(422, "review.top_management_required", "participants");
  return std::get<const ReviewStep*>(found)->to;
}

std::optional<Problem> RepeatedApproval(const std::string& action, ReviewStatus status) {
  if (action == "approve" && status == ReviewStatus::kApproved)
    return Problem::Make(409, "review.already_approved", "action");
  return std::nullopt;
}

bool InputsEditable(ReviewStatus status) { return status == ReviewStatus::kPlanned; }

bool MinutesEditable(ReviewStatus status) { return status == ReviewStatus::kOpen || status == ReviewStatus::kHeld; }

}  // namespace eduims::review
