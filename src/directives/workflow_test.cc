#include "directives/workflow.h"

#include <gtest/gtest.h>

#include "expected_steps.h"

namespace eduims::directives {
namespace {

using S = AnswerStatus;
using A = AnswerActor;

// Written out by hand rather than read from AnswerSteps(), so a wrong entry in the production table fails here.
const std::vector<AnswerStep> kExpectedSteps = {
    {"start", S::kNotStarted, S::kInProgress, {A::kUnit}, {}, {}},
    {"submit", S::kInProgress, S::kSubmitted, {A::kUnit}, {}, {}},
    {"submit", S::kReturned, S::kSubmitted, {A::kUnit}, {}, {}},
    {"accept", S::kSubmitted, S::kAccepted, {A::kSender}, {}, {}},
    {"return", S::kSubmitted, S::kReturned, {A::kSender}, {"reason"}, {}},
    {"reopen", S::kReturned, S::kInProgress, {A::kUnit}, {}, {}},
};

TEST(AnswerWorkflow, TheTableIsTheOneWrittenHere) { eduims::testing::ExpectSameSteps(AnswerSteps(), kExpectedSteps); }

std::string Code(const std::variant<AnswerStatus, Problem>& r) {
  return std::holds_alternative<Problem>(r) ? std::get<Problem>(r).code : "ok:" + AnswerStatusName(std::get<S>(r));
}

AnswerFacts Facts(S status, bool text = true, std::set<std::string> given = {}) {
  AnswerFacts f;
  f.status = status;
  f.has_text = text;
  f.given = std::move(given);
  return f;
}

TEST(AnswerWorkflow, TheUnitAnswersAndTheSenderReviews) {
  EXPECT_EQ(Code(CheckAnswerStep("start", true, false, Facts(S::kNotStarted))), "ok:in_progress");
  EXPECT_EQ(Code(CheckAnswerStep("submit", true, false, Facts(S::kInProgress))), "ok:submitted");
  EXPECT_EQ(Code(CheckAnswerStep("submit", false, true, Facts(S::kInProgress))), "workflow.not_permitted");
  EXPECT_EQ(Code(CheckAnswerStep("accept", false, true, Facts(S::kSubmitted))), "ok:accepted");
  EXPECT_EQ(Code(CheckAnswerStep("accept", true, false, Facts(S::kSubmitted))), "workflow.not_permitted");
  EXPECT_EQ(Code(CheckAnswerStep("return", false, true, Facts(S::kSubmitted, true, {"reason"}))), "ok:returned");
  EXPECT_EQ(Code(CheckAnswerStep("submit", true, false, Facts(S::kReturned))), "ok:submitted");
  EXPECT_EQ(Code(CheckAnswerStep("reopen", true, false, Facts(S::kReturned))), "ok:in_progress");
}

TEST(AnswerWorkflow, RefusesWhatTheTableDoesNotAllow) {
  // A return says why.
  EXPECT_EQ(Code(CheckAnswerStep("return", false, true, Facts(S::kSubmitted))), "validation.missing_field");
  // An empty answer is not submitted.
  EXPECT_EQ(Code(CheckAnswerStep("submit", true, false, Facts(S::kInProgress, false))), "directive.answer_empty");
  EXPECT_EQ(Code(CheckAnswerStep("accept", false, true, Facts(S::kInProgress))), "workflow.transition_not_allowed");
  EXPECT_EQ(Code(CheckAnswerStep("fly", true, true, Facts(S::kInProgress))), "validation.invalid_value");
  // An accepted answer is final, whoever asks and whatever the step.
  for (const auto& action : AnswerActionNames())
    EXPECT_EQ(Code(CheckAnswerStep(action, true, true, Facts(S::kAccepted, true, {"reason"}))),
              "directive.answer_accepted")
        << action;
}

TEST(AnswerWorkflow, TextIsWrittenUntilSubmittedAndAgainWhenReturned) {
  EXPECT_TRUE(TextEditable(S::kNotStarted));
  EXPECT_TRUE(TextEditable(S::kInProgress));
  EXPECT_TRUE(TextEditable(S::kReturned));
  EXPECT_FALSE(TextEditable(S::kSubmitted));
  EXPECT_FALSE(TextEditable(S::kAccepted));
  EXPECT_TRUE(CountsAsSubmitted(S::kSubmitted));
  EXPECT_TRUE(CountsAsSubmitted(S::kAccepted));
  EXPECT_FALSE(CountsAsSubmitted(S::kReturned));
}

}  // namespace
}  // namespace eduims::directives
