#include "actions/workflow.h"

#include <gtest/gtest.h>

namespace eduims::actions {
namespace {

const Status kAll[] = {Status::kOpen, Status::kInProgress, Status::kDone, Status::kCancelled};

// The action workflow written out by hand rather than read from Transitions(), so a wrong entry in the production
// table fails the test below: from, to, whether the owner may, whether a manager may.
struct Expected {
  Status from, to;
  bool owner, manager;
};
const Expected kExpected[] = {
    {Status::kOpen, Status::kInProgress, true, true},   {Status::kOpen, Status::kDone, true, true},
    {Status::kInProgress, Status::kDone, true, true},   {Status::kInProgress, Status::kOpen, true, true},
    {Status::kOpen, Status::kCancelled, false, true},   {Status::kInProgress, Status::kCancelled, false, true},
    {Status::kDone, Status::kInProgress, false, true},  {Status::kCancelled, Status::kOpen, false, true},
};

const Expected* Find(Status from, Status to) {
  for (const auto& e : kExpected)
    if (e.from == from && e.to == to) return &e;
  return nullptr;
}

// Every pair of states, every kind of caller: the verdict follows the written table and nothing else.
TEST(ActionWorkflow, EveryPairFollowsTheTable) {
  for (Status from : kAll) {
    for (Status to : kAll) {
      const Expected* e = Find(from, to);
      for (int who = 0; who < 4; ++who) {
        bool owner = who & 1, manager = who & 2;
        Verdict v = CheckTransition(from, to, owner, manager);
        std::string label = std::string(StatusName(from)) + "->" + std::string(StatusName(to)) + " by " +
                            std::to_string(who);
        if (!e) {
          EXPECT_EQ(v, Verdict::kNoSuchTransition) << label;
        } else {
          bool may = (owner && e->owner) || (manager && e->manager);
          EXPECT_EQ(v, may ? Verdict::kAllowed : Verdict::kNotPermitted) << label;
        }
      }
    }
  }
  EXPECT_EQ(Transitions().size(), std::size(kExpected));
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
