#include "audits/workflow.h"

#include <gtest/gtest.h>

#include "expected_steps.h"

namespace eduims::audits {
namespace {

using S = AuditStatus;

const S kAll[] = {S::kPlanned, S::kInProgress, S::kReported, S::kClosed};

// The audit steps written out by hand rather than read from AuditSteps(), so a wrong entry in the production table
// fails the tests below.
const std::vector<AuditStep> kExpectedSteps = {
    {"start", S::kPlanned, S::kInProgress, {AuditActor::kLeadAuditor, AuditActor::kManager}, {}, {}},
    {"report", S::kInProgress, S::kReported, {AuditActor::kLeadAuditor}, {"summary"}, {}},
    {"close", S::kReported, S::kClosed, {AuditActor::kManager}, {}, {}},
};

AuditFacts Ready(const std::string& action, S status) {
  AuditFacts f;
  f.status = status;
  for (const auto& step : kExpectedSteps)
    if (step.action == action) f.given.insert(step.required.begin(), step.required.end());
  return f;
}

std::string Code(const std::variant<AuditStatus, Problem>& r) {
  return std::holds_alternative<Problem>(r) ? std::get<Problem>(r).code : "ok:" + AuditStatusName(std::get<S>(r));
}

TEST(AuditWorkflow, TheTableIsTheOneWrittenHere) { eduims::testing::ExpectSameSteps(AuditSteps(), kExpectedSteps); }

// Every step from every status for the lead auditor, a manager and anyone else: allowed exactly where the table says.
TEST(AuditWorkflow, EveryStepFromEveryStatusFollowsTheTable) {
  for (const std::string& action : ActionNamesOf(kExpectedSteps)) {
    for (S from : kAll) {
      const AuditStep* step = nullptr;
      for (const auto& e : kExpectedSteps)
        if (e.action == action && e.from == from) step = &e;
      for (int who = 0; who < 3; ++who) {
        bool lead = who == 0, manager = who == 1;
        std::string label = action + " from " + AuditStatusName(from) + " by " + std::to_string(who);
        auto result = CheckAuditStep(action, lead, manager, Ready(action, from));
        if (!step) {
          EXPECT_EQ(Code(result), "workflow.transition_not_allowed") << label;
          continue;
        }
        auto actor = lead ? AuditActor::kLeadAuditor : AuditActor::kManager;
        bool listed = who < 2 && std::find(step->who.begin(), step->who.end(), actor) != step->who.end();
        EXPECT_EQ(Code(result), listed ? "ok:" + AuditStatusName(step->to) : "workflow.not_permitted") << label;
      }
    }
  }
}

TEST(AuditWorkflow, EachStepNeedsItsFields) {
  for (const auto& step : kExpectedSteps) {
    for (const std::string& field : step.required) {
      AuditFacts f = Ready(step.action, step.from);
      f.given.erase(field);
      bool lead = step.who.front() == AuditActor::kLeadAuditor;
      EXPECT_EQ(Code(CheckAuditStep(step.action, lead, !lead, f)), "validation.missing_field") << step.action;
    }
  }
}

TEST(AuditWorkflow, GuardsBeyondTheTable) {
  AuditFacts f = Ready("report", S::kInProgress);
  f.unanswered_lines = 3;
  EXPECT_EQ(Code(CheckAuditStep("report", true, false, f)), "audits.checklist_incomplete");
  f = Ready("report", S::kInProgress);
  f.given.clear();
  EXPECT_EQ(Code(CheckAuditStep("report", true, false, f)), "validation.missing_field");
  f = Ready("close", S::kReported);
  f.open_findings = 1;
  EXPECT_EQ(Code(CheckAuditStep("close", false, true, f)), "audits.findings_open");
  EXPECT_EQ(Code(CheckAuditStep("close", true, false, Ready("close", S::kReported))), "workflow.not_permitted");
  EXPECT_EQ(Code(CheckAuditStep("pause", true, true, Ready("start", S::kPlanned))), "validation.invalid_value");
}

TEST(AuditWorkflow, StatusNamesRoundTrip) {
  for (S s : kAll) EXPECT_EQ(ParseAuditStatus(AuditStatusName(s)), s);
  EXPECT_EQ(AuditStatusNames().size(), std::size(kAll));
  EXPECT_FALSE(ParseAuditStatus("open"));
}

}  // namespace
}  // namespace eduims::audits
