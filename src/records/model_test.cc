#include "records/model.h"

#include <gtest/gtest.h>

namespace eduims::records {
namespace {

Record Kept(std::string recorded_on, int months) {
  Record r;
  r.recorded_on = recorded_on;
  r.retention_months = months;
  r.retain_until = RetainUntil(recorded_on, months);
  return r;
}

TEST(RecordModel, RetentionEndsOnTheSameDayOrTheMonthsLastDay) {
  EXPECT_EQ(RetainUntil("2026-11-23", 60), "2031-11-23");
  EXPECT_EQ(RetainUntil("2026-01-31", 1), "2026-02-28");
  EXPECT_EQ(RetainUntil("2028-02-29", 12), "2029-02-28");
}

TEST(RecordModel, NothingIsDisposedOfBeforeItsTimeOrUnderAHold) {
  Record r = Kept("2020-01-15", 24);  // kept until 2022-01-15
  EXPECT_EQ(DisposalProblem(r, "2022-01-14"), "records.retention_not_over");
  EXPECT_EQ(DisposalProblem(r, "2022-01-15"), std::nullopt);
  EXPECT_TRUE(IsDueForDisposal(r, "2026-11-23"));
  r.legal_hold = true;
  EXPECT_EQ(DisposalProblem(r, "2026-11-23"), "records.legal_hold");
  EXPECT_FALSE(IsDueForDisposal(r, "2026-11-23"));
  r.legal_hold = false;
  r.disposed_at = "2026-11-23T00:00:00.000Z";
  EXPECT_EQ(DisposalProblem(r, "2026-11-23"), "records.already_disposed");
}

TEST(RecordModel, JsonSaysWhetherTheRecordIsDue) {
  auto json = ToJson(Kept("2020-01-15", 24), "2026-11-23");
  EXPECT_TRUE(json.at("due_for_disposal").as_bool());
  EXPECT_EQ(json.at("retain_until").as_string(), "2022-01-15");
  EXPECT_TRUE(json.at("disposed_at").is_null());
}

}  // namespace
}  // namespace eduims::records
