#include "recruitment/workflow.h"

#include <gtest/gtest.h>

#include "expected_steps.h"

namespace eduims::recruitment {
namespace {

using S = Status;
using A = Actor;

// The workflow written out by hand rather than read from Steps(), so a wrong entry in the production table fails.
const std::vector<Step> kExpectedSteps = {
    {"open", S::kPlanned, S::kOpen, {A::kManager}, {}, {}},
    {"start_selection", S::kOpen, S::kSelecting, {A::kManager, A::kPanel}, {}, {"candidates"}},
    {"decide", S::kSelecting, S::kDecided, {A::kManager}, {"decided_on", "appointed", "outcome"}, {"candidates"}},
    {"close", S::kDecided, S::kClosed, {A::kManager}, {}, {}},
    {"cancel", S::kPlanned, S::kCancelled, {A::kManager}, {"reason"}, {}},
    {"cancel", S::kOpen, S::kCancelled, {A::kManager}, {"reason"}, {}},
    {"cancel", S::kSelecting, S::kCancelled, {A::kManager}, {"reason"}, {}},
    {"cancel", S::kDecided, S::kCancelled, {A::kManager}, {"reason"}, {}},
};

TEST(RecruitmentWorkflow, TheTableIsTheOneWrittenHere) { eduims::testing::ExpectSameSteps(Steps(), kExpectedSteps); }

std::string Code(const std::variant<Status, Problem>& r) {
  return std::holds_alternative<Problem>(r) ? std::get<Problem>(r).code : "ok:" + StatusName(std::get<S>(r));
}

Facts At(S status, std::set<std::string> given = {}) {
  Facts f;
  f.status = status;
  f.given = std::move(given);
  f.opened_on = "2026-06-01";
  f.decided_on = "2026-07-15";
  f.vacancies = 2;
  f.appointed = 2;
  f.results = 1;
  return f;
}

const Roles kManager{true, false};
const Roles kPanel{false, true};
const Roles kNobody{false, false};

TEST(RecruitmentWorkflow, FromPlanToClosedRecord) {
  EXPECT_EQ(Code(CheckStep("open", kManager, At(S::kPlanned))), "ok:open");
  EXPECT_EQ(Code(CheckStep("start_selection", kPanel, At(S::kOpen, {"candidates"}))), "ok:selecting");
  EXPECT_EQ(Code(CheckStep("decide", kManager, At(S::kSelecting, {"decided_on", "appointed", "outcome"}))),
            "ok:decided");
  EXPECT_EQ(Code(CheckStep("close", kManager, At(S::kDecided))), "ok:closed");
}

TEST(RecruitmentWorkflow, ThePanelProposesTheUnitDecides) {
  EXPECT_EQ(Code(CheckStep("open", kPanel, At(S::kPlanned))), "workflow.not_permitted");
  EXPECT_EQ(Code(CheckStep("decide", kPanel, At(S::kSelecting, {"decided_on", "appointed", "outcome"}))),
            "workflow.not_permitted");
  EXPECT_EQ(Code(CheckStep("close", kNobody, At(S::kDecided))), "workflow.not_permitted");
  EXPECT_EQ(Code(CheckStep("cancel", kPanel, At(S::kOpen, {"reason"}))), "workflow.not_permitted");
}

TEST(RecruitmentWorkflow, StepsOnlyFromTheirStatus) {
  EXPECT_EQ(Code(CheckStep("decide", kManager, At(S::kOpen, {"decided_on", "appointed", "outcome"}))),
            "workflow.transition_not_allowed");
  EXPECT_EQ(Code(CheckStep("open", kManager, At(S::kClosed))), "workflow.transition_not_allowed");
  // Cancelled from any state before closed, never after.
  for (S s : {S::kPlanned, S::kOpen, S::kSelecting, S::kDecided})
    EXPECT_EQ(Code(CheckStep("cancel", kManager, At(s, {"reason"}))), "ok:cancelled") << StatusName(s);
  for (S s : {S::kClosed, S::kCancelled})
    EXPECT_EQ(Code(CheckStep("cancel", kManager, At(s, {"reason"}))), "workflow.transition_not_allowed");
  EXPECT_EQ(Code(CheckStep("cancel", kManager, At(S::kOpen))), "validation.missing_field");
  EXPECT_EQ(Code(CheckStep("fly", kManager, At(S::kOpen))), "validation.invalid_value");
}

TEST(RecruitmentWorkflow, TheGuardsOfTheDecisionAndTheClosing) {
  Facts early = At(S::kSelecting, {"decided_on", "appointed", "outcome"});
  early.decided_on = "2026-05-31";
  auto r = CheckStep("decide", kManager, early);
  EXPECT_EQ(Code(r), "recruitment.decision_before_opening");
  EXPECT_EQ(std::get<Problem>(r).params.at("opened_on"), "2026-06-01");
  Facts many = At(S::kSelecting, {"decided_on", "appointed", "outcome"});
  many.appointed = 3;
  r = CheckStep("decide", kManager, many);
  EXPECT_EQ(Code(r), "recruitment.too_many_appointed");
  EXPECT_EQ(std::get<Problem>(r).params.at("vacancies"), "2");
  Facts bare = At(S::kDecided);
  bare.results = 0;
  EXPECT_EQ(Code(CheckStep("close", kManager, bare)), "recruitment.results_required");
}

TEST(RecruitmentWorkflow, TheButtonsFollowTheTable) {
  EXPECT_EQ(ActionsFor(S::kPlanned, kManager), (std::vector<std::string>{"open", "cancel"}));
  EXPECT_EQ(ActionsFor(S::kOpen, kPanel), (std::vector<std::string>{"start_selection"}));
  EXPECT_TRUE(ActionsFor(S::kClosed, kManager).empty());
  EXPECT_TRUE(ActionsFor(S::kSelecting, kNobody).empty());
  EXPECT_TRUE(Finished(S::kClosed));
  EXPECT_TRUE(Finished(S::kCancelled));
  EXPECT_FALSE(Finished(S::kDecided));
}

}  // namespace
}  // namespace eduims::recruitment
