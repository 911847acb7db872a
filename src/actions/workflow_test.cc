#include "actions/workflow.h"

#include <gtest/gtest.h>

namespace eduims::actions {
namespace {

const Status kAll[] = {Status::kOpen, Status::kInProgress, Status::kDone, Status::kCancelled};

bool InTable(Status from, Status to) {
  for (const auto& t : Transitions())
    if (t.from == from && t.to == to) return true;
  return false;
}

// Every pair of states, every kind of caller: the verdict follows the table and nothing else.
TEST(ActionWorkflow, EveryPairFollowsTheTable) {
  for (Status from : kAll) {
    for (Status to : kAll) {
      for (int who = 0; who < 4; ++who) {
        bool owner = who & 1, manager = who & 2;
        Verdict v = CheckTransition(from, to, owner, manager);
        if (!InTable(from, to)) {
          EXPECT_EQ(v, Verdict::kNoSuchTransition) << StatusName(from) << "->" << StatusName(to);
        } else if (!owner && !manager) {
          EXPECT_EQ(v, Verdict::kNotPermitted);
        }
      }
    }
  }
}

TEST(ActionWorkflow, OwnersWorkManagersCancelAndReopen) {
  EXPECT_EQ(CheckTransition(Status::kOpen, Status::kInProgress, true, false), Verdict::kAllowed);
  EXPECT_EQ(CheckTransition(Status::kInProgress, Status::kDone, true, false), Verdict::kAllowed);
  EXPECT_EQ(CheckTransition(Status::kOpen, Status::kCancelled, true, false), Verdict::kNotPermitted);
  EXPECT_EQ(CheckTransition(Status::kOpen, Status::kCancelled, false, true), Verdict::kAllowed);
  EXPECT_EQ(CheckTransition(Status::kDone, Status::kInProgress, true, false), Verdict::kNotPermitted);
  EXPECT_EQ(CheckTransition(Status::kDone, Status::kInProgress, false, true), Verdict::kAllowed);
  EXPECT_EQ(CheckTransition(Status::kDone, Status::kCancelled, true, true), Verdict::kNoSuchTransition);
  EXPECT_EQ(CheckTransition(Status::kOpen, Status::kOpen, true, true), Verdict::kNoSuchTransition);
}

TEST(ActionWorkflow, OverdueIsDerived) {
  EXPECT_TRUE(IsOverdue(Status::kOpen, std::string("2026-11-22"), "2026-11-23"));
  EXPECT_FALSE(IsOverdue(Status::kOpen, std::string("2026-11-23"), "2026-11-23"));
  EXPECT_FALSE(IsOverdue(Status::kDone, std::string("2020-01-01"), "2026-11-23"));
  EXPECT_FALSE(IsOverdue(Status::kInProgress, std::nullopt, "2026-11-23"));
}

TEST(ActionWorkflow, StatusNamesRoundTrip) {
  for (Status s : kAll) EXPECT_EQ(ParseStatus(StatusName(s)), s);
  EXPECT_FALSE(ParseStatus("closed"));
}

}  // namespace
}  // namespace eduims::actions
