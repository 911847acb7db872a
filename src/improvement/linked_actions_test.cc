#include "improvement/linked_actions.h"

#include <gtest/gtest.h>

namespace eduims::improvement {
namespace {

actions::Action Of(actions::Status status, db::Id owner, std::optional<std::string> due) {
  actions::Action a;
  a.status = status;
  a.owner_id = owner;
  a.due_date = std::move(due);
  return a;
}

TEST(LinkedActions, CancelledActionsCountForNothing) {
  using actions::Status;
  std::vector<actions::Action> linked = {Of(Status::kOpen, 1, "2026-03-01"), Of(Status::kInProgress, 2, std::nullopt),
                                         Of(Status::kDone, 3, "2026-02-01"), Of(Status::kCancelled, 4, "2027-01-01")};
  LinkedActions s = Summarise(linked);
  EXPECT_EQ(s.unfinished, 2);
  EXPECT_EQ(s.done, 1);
  EXPECT_EQ(s.latest_due, "2026-03-01");
  EXPECT_TRUE(OwnsAny(linked, 3));
  EXPECT_FALSE(OwnsAny(linked, 4));
  EXPECT_FALSE(OwnsAny(linked, std::nullopt));
}

TEST(LinkedActions, AnActionInputNamesItsSource) {
  PlannedAction planned{"Tập huấn", "", 7, "2026-05-01"};
  auto input = ActionInputFor(planned, 12, "improvement", 42);
  EXPECT_EQ(input.unit_id, 12);
  EXPECT_EQ(input.source_type, "improvement");
  EXPECT_EQ(input.source_id, "42");
  EXPECT_EQ(input.owner_id, 7);
}

}  // namespace
}  // namespace eduims::improvement
