#include "review/workflow.h"

#include <gtest/gtest.h>

#include "expected_steps.h"

namespace eduims::review {
namespace {

using S = ReviewStatus;
using A = ReviewActor;

const S kAll[] = {S::kPlanned, S::kOpen, S::kHeld, S::kApproved, S::kCancelled};

// Written out by hand rather than read from ReviewSteps(), so a wrong entry in the production table fails here.
const std::vector<ReviewStep> kExpectedSteps = {
    {"open", S::kPlanned, S::kOpen, {A::kManager}, {}, {}},
    {"hold", S::kOpen, S::kHeld, {A::kManager}, {}, {}},
    {"reopen", S::kHeld, S::kOpen, {A::kManager, A::kApprover}, {}, {}},
    {"approve", S::kHeld, S::kApproved, {A::kApprover}, {}, {"language"}},
    {"cancel", S::kPlanned, S::kCancelled, {A::kManager}, {"comment"}, {}},
};

TEST(ReviewWorkflow, TheTableIsTheOneWrittenHere) { eduims::testing::ExpectSameSteps(ReviewSteps(), kExpectedSteps); }

ReviewFacts Ready(const std::string& action, S status) {
  ReviewFacts f;
  f.status = status;
  f.has_top_management = true;
  for (const auto& step : kExpectedSteps)
    if (step.action == action)
      for (const auto& field : step.required) f.given.insert(field);
  return f;
}

std::string Code(const std::variant<ReviewStatus, Problem>& r) {
  return std::holds_alternative<Problem>(r) ? std::get<Problem>(r).code : "ok:" + ReviewStatusName(std::get<S>(r));
}

// Every step from every status for a manager, an approver and anyone else: allowed exactly where the table says.
TEST(ReviewWorkflow, EveryStepFromEveryStatusFollowsTheTable) {
  for (const std::string& action : ActionNamesOf(kExpectedSteps)) {
    for (S from : kAll) {
      const ReviewStep* step = nullptr;
      for (const auto& s : kExpectedSteps)
        if (s.action == action && s.from == from) step = &s;
      for (int who = 0; who < 3; ++who) {
        bool manager = who == 0, approver = who == 1;
        std::string label = action + " from " + ReviewStatusName(from) + " by " + std::to_string(who);
        auto result = CheckReviewStep(action, manager, approver, Ready(action, from));
        if (!step) {
          EXPECT_EQ(Code(result), "workflow.transition_not_allowed") << label;
          continue;
        }
        auto actor = manager ? A::kManager : A::kApprover;
        bool listed = who < 2 && std::find(step->who.begin(), step->who.end(), actor) != step->who.end();
        EXPECT_EQ(Code(result), listed ? "ok:" + ReviewStatusName(step->to) : "workflow.not_permitted") << label;
      }
    }
  }
}

TEST(ReviewWorkflow, AMeetingWithoutTopManagementDoesNotOpen) {
  ReviewFacts f = Ready("open", S::kPlanned);
  f.has_top_management = false;
  EXPECT_EQ(Code(CheckReviewStep("open", true, false, f)), "review.top_management_required");
  // Who may not open it hears that first.
  EXPECT_EQ(Code(CheckReviewStep("open", false, false, f)), "workflow.not_permitted");
}

TEST(ReviewWorkflow, ApprovedMinutesAreNotApprovedAgain) {
  EXPECT_EQ(RepeatedApproval("approve", S::kApproved)->code, "review.already_approved");
  for (S s : {S::kPlanned, S::kOpen, S::kHeld, S::kCancelled}) EXPECT_FALSE(RepeatedApproval("approve", s));
  EXPECT_FALSE(RepeatedApproval("reopen", S::kApproved));
}

TEST(ReviewWorkflow, FieldsOutsideTheStepAreRefused) {
  ReviewFacts f = Ready("cancel", S::kPlanned);
  f.given.clear();
  EXPECT_EQ(Code(CheckReviewStep("cancel", true, false, f)), "validation.missing_field");
  f = Ready("hold", S::kOpen);
  f.given.insert("language");
  EXPECT_EQ(Code(CheckReviewStep("hold", true, false, f)), "validation.unknown_field");
  EXPECT_EQ(Code(CheckReviewStep("publish", true, true, Ready("open", S::kPlanned))), "validation.invalid_value");
}

TEST(ReviewWorkflow, InputsFreezeWhenTheMeetingOpensAndMinutesWhenApproved) {
  EXPECT_TRUE(InputsEditable(S::kPlanned));
  for (S s : {S::kOpen, S::kHeld, S::kApproved, S::kCancelled}) EXPECT_FALSE(InputsEditable(s));
  EXPECT_TRUE(MinutesEditable(S::kOpen));
  EXPECT_TRUE(MinutesEditable(S::kHeld));
  for (S s : {S::kPlanned, S::kApproved, S::kCancelled}) EXPECT_FALSE(MinutesEditable(s));
}

TEST(ReviewWorkflow, StatusNamesRoundTrip) {
  for (S s : kAll) EXPECT_EQ(ParseReviewStatus(ReviewStatusName(s)), s);
  EXPECT_EQ(ReviewStatusNames().size(), std::size(kAll));
  EXPECT_FALSE(ParseReviewStatus("done"));
}

}  // namespace
}  // namespace eduims::review
