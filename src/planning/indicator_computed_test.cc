#include "planning/indicator_computed.h"

#include <gtest/gtest.h>

namespace eduims::planning {
namespace {

improvement::Nonconformity Closed(const std::string& detected, const std::string& due, const std::string& closed) {
  improvement::Nonconformity nc;
  nc.detected_on = detected;
  nc.due_date = due;
  nc.closed_at = closed + "T03:00:00.000Z";
  return nc;
}

TEST(IndicatorComputed, TheShareClosedOnTimeAndTheMeanDaysCountOnlyThoseClosedInThePeriod) {
  Period november = *ParsePeriod(Frequency::kMonth, "2026-11");
  std::vector<improvement::Nonconformity> ncs = {
      Closed("2026-10-01", "2026-11-10", "2026-11-05"),  // on time, 35 days
      Closed("2026-10-20", "2026-11-01", "2026-11-21"),  // late, 32 days
      Closed("2026-11-01", "2026-12-01", "2026-11-30"),  // on time, 29 days
      Closed("2026-09-01", "2026-10-01", "2026-10-31"),  // closed in October: not counted
  };
  improvement::Nonconformity open;
  open.detected_on = "2026-11-02";
  open.due_date = "2026-11-20";
  ncs.push_back(open);
  EXPECT_NEAR(*NonconformityMetric("nonconformities_closed_on_time", ncs, november), 200.0 / 3, 1e-9);
  EXPECT_DOUBLE_EQ(*NonconformityMetric("nonconformity_days_to_close", ncs, november), 32);
  EXPECT_FALSE(NonconformityMetric("nonconformities_closed_on_time", ncs, *ParsePeriod(Frequency::kMonth, "2026-08")));
}

}  // namespace
}  // namespace eduims::planning
