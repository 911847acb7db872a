#include "complaints/workflow.h"

#include <gtest/gtest.h>

namespace eduims::complaints {
namespace {

const Status kAll[] = {Status::kReceived, Status::kAcknowledged, Status::kAnswered, Status::kAppealed,
                       Status::kClosed};

// The workflow written out by hand rather than read from Steps(), so a wrong entry in the production table fails:
// step, from, to, and whether the manager, handler, decider, complainant may take it.
struct Expected {
  const char* action;
  Status from, to;
  bool manager, handler, decider, complainant;
};
const Expected kExpected[] = {
    {"acknowledge", Status::kReceived, Status::kAcknowledged, true, true, false, false},
    {"respond", Status::kAcknowledged, Status::kAnswered, false, true, false, false},
    {"close", Status::kAnswered, Status::kClosed, true, true, false, true},
    {"appeal", Status::kAnswered, Status::kAppealed, true, false, false, true},
    {"decide_appeal", Status::kAppealed, Status::kClosed, false, false, true, false},
};

std::set<std::string> FieldsOf(const std::string& action) {
  for (const Step& s : Steps())
    if (s.action == action) return {s.required.begin(), s.required.end()};
  return {};
}

// Every step from every state by every single kind of caller, with the guards' facts satisfied: the verdict follows
// the written table and nothing else.
TEST(ComplaintWorkflow, EveryStepFollowsTheTable) {
  for (const Expected& e : kExpected) {
    for (Status from : kAll) {
      for (int who = 0; who < 4; ++who) {
        Roles roles;
        roles.manager = who == 0;
        roles.handler = who == 1;
        roles.decider = who == 2;
        roles.complainant = who == 3;
        bool may = (roles.manager && e.manager) || (roles.handler && e.handler) || (roles.decider && e.decider) ||
                   (roles.complainant && e.complainant);
        Facts facts{from, FieldsOf(e.action), true, true};
        auto verdict = CheckStep(e.action, roles, facts);
        std::string label = std::string(e.action) + " from " + StatusName(from) + " by " + std::to_string(who);
        if (from != e.from) {
          ASSERT_TRUE(std::holds_alternative<Problem>(verdict)) << label;
          EXPECT_EQ(std::get<Problem>(verdict).code, "workflow.transition_not_allowed") << label;
        } else if (!may) {
          ASSERT_TRUE(std::holds_alternative<Problem>(verdict)) << label;
          EXPECT_EQ(std::get<Problem>(verdict).code, "workflow.not_permitted") << label;
        } else {
          ASSERT_TRUE(std::holds_alternative<Status>(verdict)) << label;
          EXPECT_EQ(std::get<Status>(verdict), e.to) << label;
        }
      }
    }
  }
  EXPECT_EQ(Steps().size(), std::size(kExpected));
}

TEST(ComplaintWorkflow, TheFirstHandlerNeverDecidesTheAppeal) {
  Roles roles;
  roles.decider = true;
  roles.first_handler = true;
  auto verdict = CheckStep("decide_appeal", roles, {Status::kAppealed, {"decision", "appeal_outcome"}, true, true});
  ASSERT_TRUE(std::holds_alternative<Problem>(verdict));
  EXPECT_EQ(std::get<Problem>(verdict).code, "complaints.decider_is_handler");
  EXPECT_EQ(std::get<Problem>(verdict).status, 403);
  roles.first_handler = false;
  verdict = CheckStep("decide_appeal", roles, {Status::kAppealed, {"decision", "appeal_outcome"}, true, true});
  EXPECT_EQ(std::get<Status>(verdict), Status::kClosed);
}

TEST(ComplaintWorkflow, AcknowledgingNeedsAHandlerAndDecidingADecider) {
  Roles manager;
  manager.manager = true;
  auto verdict = CheckStep("acknowledge", manager, {Status::kReceived, {}, false, false});
  EXPECT_EQ(std::get<Problem>(verdict).code, "complaints.handler_required");
  Roles decider;
  decider.decider = true;
  verdict = CheckStep("decide_appeal", decider, {Status::kAppealed, {"decision", "appeal_outcome"}, true, false});
  EXPECT_EQ(std::get<Problem>(verdict).code, "complaints.decider_required");
}

TEST(ComplaintWorkflow, StepsNeedTheirFieldsAndNoOthers) {
  Roles handler;
  handler.handler = true;
  auto verdict = CheckStep("respond", handler, {Status::kAcknowledged, {"response"}, true, false});
  EXPECT_EQ(std::get<Problem>(verdict).code, "validation.missing_field");
  EXPECT_EQ(std::get<Problem>(verdict).field, "outcome");
  verdict = CheckStep("acknowledge", handler, {Status::kReceived, {"response"}, true, false});
  EXPECT_EQ(std::get<Problem>(verdict).code, "validation.unknown_field");
  verdict = CheckStep("reopen", handler, {Status::kClosed, {}, true, false});
  EXPECT_EQ(std::get<Problem>(verdict).code, "validation.invalid_value");
}

TEST(ComplaintWorkflow, StatusNamesRoundTrip) {
  for (Status s : kAll) EXPECT_EQ(ParseStatus(StatusName(s)), s);
  EXPECT_FALSE(ParseStatus("open"));
}

}  // namespace
}  // namespace eduims::complaints
