#include "improvement/nonconformity_workflow.h"

#include <gtest/gtest.h>

#include "expected_steps.h"

namespace eduims::improvement {
namespace {

using S = NcStatus;

const S kAll[] = {S::kReported, S::kContained, S::kCauseAnalysed, S::kActionPlanned, S::kImplemented, S::kVerified,
                  S::kClosed};

// The nonconformity steps written out by hand rather than read from NcSteps(), so a wrong entry in the production
// table fails the tests below.
const std::vector<NcStep> kExpectedSteps = {
    {"contain", S::kReported, S::kContained, {NcActor::kManager}, {"correction"}, {}},
    {"analyse", S::kContained, S::kCauseAnalysed, {NcActor::kManager}, {"root_cause_method", "root_cause"},
     {"whys", "categories"}},
    {"plan", S::kCauseAnalysed, S::kActionPlanned, {NcActor::kManager},
     {"effectiveness_criterion", "verification_due", "verifier_id"}, {}},
    {"implement", S::kActionPlanned, S::kImplemented, {NcActor::kManager}, {}, {}},
    {"verify_effective", S::kImplemented, S::kVerified, {NcActor::kVerifier}, {"comment"}, {}},
    {"verify_ineffective", S::kImplemented, S::kContained, {NcActor::kVerifier}, {"comment"}, {}},
    {"close", S::kVerified, S::kClosed, {NcActor::kManager}, {}, {}},
};

TEST(NonconformityWorkflow, TheTableIsTheOneWrittenHere) { eduims::testing::ExpectSameSteps(NcSteps(), kExpectedSteps); }

const NcStep& StepOf(const std::string& action) {
  for (const auto& s : kExpectedSteps)
    if (s.action == action) return s;
  throw std::logic_error("no step " + action);
}

// Everything the step needs: its fields, and actions in the state its guards want.
NcFacts Ready(const std::string& action, S status) {
  NcFacts f;
  f.status = status;
  for (const auto& field : StepOf(action).required) f.given.insert(field);
  f.unfinished_actions = action == "plan" ? 1 : 0;
  f.done_actions = 1;
  return f;
}

std::string Code(const std::variant<NcStatus, Problem>& r) {
  return std::holds_alternative<Problem>(r) ? std::get<Problem>(r).code : "ok:" + NcStatusName(std::get<S>(r));
}

// Every step from every status for every kind of caller: allowed exactly where the table says.
TEST(NonconformityWorkflow, EveryStepFromEveryStatusFollowsTheTable) {
  const NcActor actors[] = {NcActor::kManager, NcActor::kVerifier};
  for (const std::string& action : ActionNamesOf(kExpectedSteps)) {
    for (S from : kAll) {
      const NcStep* step = nullptr;
      for (const auto& s : kExpectedSteps)
        if (s.action == action && s.from == from) step = &s;
      for (NcActor actor : actors) {
        NcRoles roles{actor == NcActor::kManager, actor == NcActor::kVerifier};
        std::string label = action + " from " + NcStatusName(from) + " by actor " + std::to_string(int(actor));
        auto result = CheckStep(action, roles, Ready(action, from));
        if (!step) {
          EXPECT_EQ(Code(result), "workflow.transition_not_allowed") << label;
        } else if (std::find(step->who.begin(), step->who.end(), actor) != step->who.end()) {
          EXPECT_EQ(Code(result), "ok:" + NcStatusName(step->to)) << label;
        } else {
          EXPECT_EQ(Code(result), "workflow.not_permitted") << label;
        }
      }
      // Someone who is neither manager nor verifier may take no step.
      EXPECT_EQ(Code(CheckStep(action, NcRoles{}, Ready(action, from))),
                step ? "workflow.not_permitted" : "workflow.transition_not_allowed");
    }
  }
}

TEST(NonconformityWorkflow, TheWholeLoopIncludingAnIneffectiveVerdict) {
  NcRoles manager{true, false}, verifier{false, true};
  S status = S::kReported;
  auto step = [&](const std::string& action, const NcRoles& roles) {
    auto r = CheckStep(action, roles, Ready(action, status));
    EXPECT_TRUE(std::holds_alternative<S>(r)) << action << ": " << Code(r);
    if (std::holds_alternative<S>(r)) status = std::get<S>(r);
  };
  for (const char* action : {"contain", "analyse", "plan", "implement"}) step(action, manager);
  step("verify_ineffective", verifier);
  EXPECT_EQ(status, S::kContained);
  for (const char* action : {"analyse", "plan", "implement"}) step(action, manager);
  step("verify_effective", verifier);
  step("close", manager);
  EXPECT_EQ(status, S::kClosed);
}

TEST(NonconformityWorkflow, GuardsBeyondTheTable) {
  NcRoles manager{true, false}, verifier{false, true}, both{true, true};
  NcFacts f = Ready("plan", S::kCauseAnalysed);
  f.unfinished_actions = 0;
  EXPECT_EQ(Code(CheckStep("plan", manager, f)), "improvement.actions_required");
  f = Ready("plan", S::kCauseAnalysed);
  f.verifier_owns_action = true;
  EXPECT_EQ(Code(CheckStep("plan", manager, f)), "improvement.verifier_owns_action");
  EXPECT_EQ(std::get<Problem>(CheckStep("plan", manager, f)).field, "verifier_id");
  f = Ready("plan", S::kCauseAnalysed);
  f.given.erase("verification_due");
  EXPECT_EQ(Code(CheckStep("plan", manager, f)), "validation.missing_field");
  f = Ready("contain", S::kReported);
  f.given.insert("verifier_id");
  EXPECT_EQ(Code(CheckStep("contain", manager, f)), "validation.unknown_field");
  f = Ready("implement", S::kActionPlanned);
  f.unfinished_actions = 2;
  EXPECT_EQ(Code(CheckStep("implement", manager, f)), "improvement.actions_unfinished");
  f.unfinished_actions = 0;
  f.done_actions = 0;
  EXPECT_EQ(Code(CheckStep("implement", manager, f)), "improvement.actions_required");
  f = Ready("verify_effective", S::kImplemented);
  f.given.clear();
  EXPECT_EQ(Code(CheckStep("verify_effective", verifier, f)), "validation.missing_field");
  f = Ready("verify_effective", S::kImplemented);
  f.verifier_owns_action = true;
  EXPECT_EQ(Code(CheckStep("verify_effective", both, f)), "improvement.verifier_owns_action");
  // An action reopened after verification keeps the nonconformity open.
  f = Ready("close", S::kVerified);
  f.unfinished_actions = 1;
  EXPECT_EQ(Code(CheckStep("close", manager, f)), "improvement.actions_unfinished");
  EXPECT_EQ(Code(CheckStep("teleport", manager, Ready("close", S::kVerified))), "validation.invalid_value");
}

TEST(NonconformityWorkflow, StatusNamesRoundTrip) {
  for (S s : kAll) EXPECT_EQ(ParseNcStatus(NcStatusName(s)), s);
  EXPECT_EQ(NcStatusNames().size(), std::size(kAll));
  EXPECT_FALSE(ParseNcStatus("open"));
}

}  // namespace
}  // namespace eduims::improvement
