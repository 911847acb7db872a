#include "platform/i18n/dates.h"

#include <gtest/gtest.h>

namespace eduims {
namespace {

TEST(Dates, DaysAreWrittenAsEachLanguageWritesThem) {
  EXPECT_EQ(DayText("2026-12-31", Language::kVietnamese), "31/12/2026");
  EXPECT_EQ(DayText("2026-12-31", Language::kEnglish), "2026-12-31");
  EXPECT_EQ(DayText("2026-03-04T01:02:03.000Z", Language::kVietnamese), "04/03/2026");
  EXPECT_EQ(DayText("", Language::kVietnamese), "");
  EXPECT_EQ(DayText("2026-02-30", Language::kVietnamese), "2026-02-30");  // no such day: left as it is
}

TEST(Dates, TimestampsAreShownOnTheReadersClock) {
  // 18:30 UTC is 01:30 the next day in Hanoi (UTC+7).
  EXPECT_EQ(MomentText("2026-12-07T18:30:00.000Z", "Asia/Ho_Chi_Minh", Language::kVietnamese), "08/12/2026 01:30");
  EXPECT_EQ(MomentText("2026-12-07T18:30:00Z", "UTC", Language::kEnglish), "2026-12-07 18:30");
  // Daylight saving: New York is UTC-4 in July, UTC-5 in December.
  EXPECT_EQ(MomentText("2026-07-01T12:00:00Z", "America/New_York", Language::kEnglish), "2026-07-01 08:00");
  EXPECT_EQ(MomentText("2026-12-01T12:00:00Z", "America/New_York", Language::kEnglish), "2026-12-01 07:00");
  EXPECT_EQ(MomentText("yesterday", "UTC", Language::kEnglish), "yesterday");
  auto local = InTimeZone("2026-12-07T18:30:00Z", "Asia/Ho_Chi_Minh");
  ASSERT_TRUE(local);
  EXPECT_EQ(local->day, std::chrono::year_month_day(std::chrono::year(2026), std::chrono::December, std::chrono::day(8)));
  EXPECT_EQ(local->time_of_day, std::chrono::minutes(90));
}

}  // namespace
}  // namespace eduims
