#include "platform/clock.h"

#include <gtest/gtest.h>

#include "test_env.h"

namespace eduims {
namespace {

TEST(Clock, TimestampsRoundTrip) {
  auto t = ParseTimestamp("2024-02-29T23:59:58.123Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(FormatTimestamp(*t), "2024-02-29T23:59:58.123Z");
  EXPECT_EQ(FormatTimestamp(*ParseTimestamp("1970-01-01T00:00:00Z")), "1970-01-01T00:00:00.000Z");
}

TEST(Clock, RejectsMalformedTimestamps) {
  EXPECT_FALSE(ParseTimestamp("2023-02-29T00:00:00Z"));
  EXPECT_FALSE(ParseTimestamp("2024-01-01 00:00:00Z"));
  EXPECT_FALSE(ParseTimestamp("2024-01-01T24:00:00Z"));
  EXPECT_FALSE(ParseTimestamp("2024-01-01T00:00:00.12Z"));
  EXPECT_FALSE(ParseTimestamp(""));
}

TEST(Clock, DatesValidateTheCalendar) {
  EXPECT_TRUE(ParseDate("2024-02-29"));
  EXPECT_FALSE(ParseDate("2023-02-29"));
  EXPECT_FALSE(ParseDate("2024-13-01"));
  EXPECT_FALSE(ParseDate("2024-1-01"));
  EXPECT_EQ(FormatDate(*ParseDate("2026-12-31")), "2026-12-31");
}

TEST(Clock, TodayFollowsVietnameseCalendar) {
  // 17:30 UTC on 31 December is already 1 January in Hanoi.
  auto t = *ParseTimestamp("2026-12-31T17:30:00Z");
  EXPECT_EQ(FormatDate(TodayInVietnam(t)), "2027-01-01");
}

// What the whole process reads as now and today is the installed clock; a clock started at a given instant runs on.
TEST(Clock, TheInstalledClockIsWhatEveryReaderReads) {
  InstallClock(ClockStartingAt(*ParseTimestamp("2027-01-01T16:59:59Z")));
  EXPECT_EQ(FormatDate(TodayInVietnam()), "2027-01-01");
  EXPECT_EQ(NowTimestamp().substr(0, 17), "2027-01-01T16:59:");
  EXPECT_GE(Now(), *ParseTimestamp("2027-01-01T16:59:59Z"));
  InstallClock(testing::TestClock());
  EXPECT_EQ(FormatDate(TodayInVietnam()), "2026-11-23");
  EXPECT_LT(std::chrono::abs(SystemClock()->Now() - std::chrono::system_clock::now()), std::chrono::seconds(5));
}

}  // namespace
}  // namespace eduims
