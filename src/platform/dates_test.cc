#include "platform/dates.h"

#include <gtest/gtest.h>

#include "platform/clock.h"

namespace eduims {
namespace {

Date D(const char* text) { return *ParseDate(text); }
std::string S(Date d) { return FormatDate(d); }

TEST(Dates, AddingMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(S(AddMonths(D("2024-01-31"), 1)), "2024-02-29");
  EXPECT_EQ(S(AddMonths(D("2023-01-31"), 1)), "2023-02-28");
  EXPECT_EQ(S(AddMonths(D("2024-02-29"), 12)), "2025-02-28");
  EXPECT_EQ(S(AddMonths(D("2024-02-29"), 48)), "2028-02-29");
  EXPECT_EQ(S(AddMonths(D("2026-03-31"), -1)), "2026-02-28");
  EXPECT_EQ(S(AddMonths(D("2026-12-31"), 2)), "2027-02-28");
  EXPECT_EQ(S(AddMonths(D("2026-01-15"), -13)), "2024-12-15");
}

TEST(Dates, DaysAcrossLeapDaysAndYearEnds) {
  EXPECT_EQ(DaysBetween(D("2024-02-28"), D("2024-03-01")), 2);
  EXPECT_EQ(DaysBetween(D("2023-02-28"), D("2023-03-01")), 1);
  EXPECT_EQ(DaysBetween(D("2026-03-01"), D("2026-02-28")), -1);
  EXPECT_EQ(S(AddDays(D("2026-12-31"), 1)), "2027-01-01");
  EXPECT_EQ(S(AddDays(D("2024-03-01"), -1)), "2024-02-29");
  EXPECT_EQ(S(AddDays(D("2024-01-01"), 366)), "2025-01-01");
}

}  // namespace
}  // namespace eduims
