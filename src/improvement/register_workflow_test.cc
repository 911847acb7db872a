#include "improvement/register_workflow.h"

#include <gtest/gtest.h>

#include "expected_steps.h"

namespace eduims::improvement {
namespace {

using S = ImprovementStatus;

const S kAll[] = {S::kProposed, S::kAccepted, S::kRejected, S::kCompleted};

// The improvement steps written out by hand rather than read from ImprovementSteps(), so a wrong entry in the
// production table fails the tests below.
const std::vector<ImprovementStep> kExpectedSteps = {
    {"accept", S::kProposed, S::kAccepted, {ImprovementActor::kManager}, {}, {}},
    {"reject", S::kProposed, S::kRejected, {ImprovementActor::kManager}, {"comment"}, {}},
    {"complete", S::kAccepted, S::kCompleted, {ImprovementActor::kManager, ImprovementActor::kOwner}, {"outcome"}, {}},
};

TEST(ImprovementWorkflow, TheTableIsTheOneWrittenHere) {
  eduims::testing::ExpectSameSteps(ImprovementSteps(), kExpectedSteps);
}

ImprovementFacts Ready(const std::string& action, S status) {
  ImprovementFacts f;
  f.status = status;
  for (const auto& step : kExpectedSteps)
    if (step.action == action)
      for (const auto& field : step.required) f.given.insert(field);
  return f;
}

std::string Code(const std::variant<ImprovementStatus, Problem>& r) {
  return std::holds_alternative<Problem>(r) ? std::get<Problem>(r).code
                                            : "ok:" + ImprovementStatusName(std::get<S>(r));
}

// Every step from every status for the manager, the owner and anyone else: allowed exactly where the table says.
TEST(ImprovementWorkflow, EveryStepFromEveryStatusFollowsTheTable) {
  for (const std::string& action : ActionNamesOf(kExpectedSteps)) {
    for (S from : kAll) {
      const ImprovementStep* step = nullptr;
      for (const auto& s : kExpectedSteps)
        if (s.action == action && s.from == from) step = &s;
      for (int who = 0; who < 3; ++who) {
        bool manager = who == 0, owner = who == 1;
        std::string label = action + " from " + ImprovementStatusName(from) + " by " + std::to_string(who);
        auto result = CheckImprovementStep(action, manager, owner, Ready(action, from));
        if (!step) {
          EXPECT_EQ(Code(result), "workflow.transition_not_allowed") << label;
          continue;
        }
        auto actor = manager ? ImprovementActor::kManager : ImprovementActor::kOwner;
        bool listed = who < 2 && std::find(step->who.begin(), step->who.end(), actor) != step->who.end();
        EXPECT_EQ(Code(result), listed ? "ok:" + ImprovementStatusName(step->to) : "workflow.not_permitted") << label;
      }
    }
  }
}

TEST(ImprovementWorkflow, GuardsBeyondTheTable) {
  ImprovementFacts f = Ready("complete", S::kAccepted);
  f.unfinished_actions = 1;
  EXPECT_EQ(Code(CheckImprovementStep("complete", false, true, f)), "improvement.actions_unfinished");
  f = Ready("complete", S::kAccepted);
  f.given.clear();
  EXPECT_EQ(Code(CheckImprovementStep("complete", true, false, f)), "validation.missing_field");
  f = Ready("reject", S::kProposed);
  f.given.clear();
  EXPECT_EQ(Code(CheckImprovementStep("reject", true, false, f)), "validation.missing_field");
  f = Ready("accept", S::kProposed);
  f.given.insert("outcome");
  EXPECT_EQ(Code(CheckImprovementStep("accept", true, false, f)), "validation.unknown_field");
  EXPECT_EQ(Code(CheckImprovementStep("promote", true, false, Ready("accept", S::kProposed))),
            "validation.invalid_value");
}

TEST(ImprovementWorkflow, StatusNamesRoundTrip) {
  for (S s : kAll) EXPECT_EQ(ParseImprovementStatus(ImprovementStatusName(s)), s);
  EXPECT_EQ(ImprovementStatusNames().size(), std::size(kAll));
  EXPECT_FALSE(ParseImprovementStatus("open"));
}

}  // namespace
}  // namespace eduims::improvement
