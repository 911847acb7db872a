#include "planning/indicator_model.h"

#include <gtest/gtest.h>

namespace eduims::planning {
namespace {

TEST(IndicatorPeriods, EachFrequencyHasItsOwnPeriodsAndNoOther) {
  auto month = ParsePeriod(Frequency::kMonth, "2026-02");
  ASSERT_TRUE(month);
  EXPECT_EQ(month->first_day, "2026-02-01");
  EXPECT_EQ(month->last_day, "2026-02-28");
  EXPECT_EQ(ParsePeriod(Frequency::kMonth, "2028-02")->last_day, "2028-02-29");
  auto term = ParsePeriod(Frequency::kTerm, "2025-2026-T2");
  ASSERT_TRUE(term);
  EXPECT_EQ(term->first_day, "2026-01-01");
  EXPECT_EQ(term->last_day, "2026-05-31");
  EXPECT_EQ(ParsePeriod(Frequency::kTerm, "2025-2026-T1")->last_day, "2025-12-31");
  EXPECT_EQ(ParsePeriod(Frequency::kSchoolYear, "2025-2026")->first_day, "2025-09-01");
  EXPECT_EQ(ParsePeriod(Frequency::kYear, "2025")->last_day, "2025-12-31");
  for (const char* bad : {"2026-13", "2026-00", "2026-1", "26-01", "2026", "2025-2026", "1999-12", "2026-0a"})
    EXPECT_FALSE(ParsePeriod(Frequency::kMonth, bad)) << bad;
  for (const char* bad : {"2025-2027-T1", "2025-2026-T3", "2025-2026", "2026-01", "2025-2026-t1"})
    EXPECT_FALSE(ParsePeriod(Frequency::kTerm, bad)) << bad;
  for (const char* bad : {"2025-2027", "2025", "2025-2026-T1"}) EXPECT_FALSE(ParsePeriod(Frequency::kSchoolYear, bad));
  for (const char* bad : {"2025-09", "2100", "1999", "25"}) EXPECT_FALSE(ParsePeriod(Frequency::kYear, bad)) << bad;
}

TEST(IndicatorPeriods, TheLatestEndedPeriodIsTheOneWhoseValueIsDueByNow) {
  EXPECT_EQ(LatestEndedPeriod(Frequency::kMonth, "2026-03-15").name, "2026-02");
  EXPECT_EQ(LatestEndedPeriod(Frequency::kMonth, "2026-03-31").name, "2026-03");
  EXPECT_EQ(LatestEndedPeriod(Frequency::kMonth, "2026-01-05").name, "2025-12");
  EXPECT_EQ(LatestEndedPeriod(Frequency::kTerm, "2026-03-01").name, "2025-2026-T1");
  EXPECT_EQ(LatestEndedPeriod(Frequency::kTerm, "2026-07-01").name, "2025-2026-T2");
  EXPECT_EQ(LatestEndedPeriod(Frequency::kTerm, "2025-10-01").name, "2024-2025-T2");
  EXPECT_EQ(LatestEndedPeriod(Frequency::kSchoolYear, "2026-07-01").name, "2025-2026");
  EXPECT_EQ(LatestEndedPeriod(Frequency::kSchoolYear, "2026-03-01").name, "2024-2025");
  EXPECT_EQ(LatestEndedPeriod(Frequency::kYear, "2026-03-01").name, "2025");
  EXPECT_FALSE(PeriodHolding(Frequency::kTerm, "2026-07-01"));
  EXPECT_EQ(PeriodHolding(Frequency::kTerm, "2026-02-10")->name, "2025-2026-T2");
  auto months = PeriodsUpTo(Frequency::kMonth, *ParsePeriod(Frequency::kMonth, "2026-02"), 3);
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0].name, "2025-12");
  EXPECT_EQ(months[2].name, "2026-02");
}

TEST(IndicatorStatus, GreenAtTheTargetAmberUpToTheThresholdRedPastIt) {
  EXPECT_EQ(StatusOf(Direction::kHigherIsBetter, 90, 80, 95), Rag::kGreen);
  EXPECT_EQ(StatusOf(Direction::kHigherIsBetter, 90, 80, 90), Rag::kGreen);
  EXPECT_EQ(StatusOf(Direction::kHigherIsBetter, 90, 80, 80), Rag::kAmber);
  EXPECT_EQ(StatusOf(Direction::kHigherIsBetter, 90, 80, 79.9), Rag::kRed);
  EXPECT_EQ(StatusOf(Direction::kLowerIsBetter, 5, 10, 4), Rag::kGreen);
  EXPECT_EQ(StatusOf(Direction::kLowerIsBetter, 5, 10, 7), Rag::kAmber);
  EXPECT_EQ(StatusOf(Direction::kLowerIsBetter, 5, 10, 10.5), Rag::kRed);
}

TEST(IndicatorStatus, AThresholdOnTheGoodSideOfTheTargetContradictsTheDirection) {
  EXPECT_FALSE(ThresholdProblem(Direction::kHigherIsBetter, 90, 80));
  EXPECT_FALSE(ThresholdProblem(Direction::kHigherIsBetter, 90, 90));
  auto p = ThresholdProblem(Direction::kHigherIsBetter, 90, 95);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->code, "indicator.threshold_contradicts_direction");
  EXPECT_EQ(p->field, "warning");
  EXPECT_FALSE(ThresholdProblem(Direction::kLowerIsBetter, 5, 10));
  EXPECT_TRUE(ThresholdProblem(Direction::kLowerIsBetter, 5, 3));
}

TEST(IndicatorAggregate, SumMeanAndWeightedMeanAcrossUnits) {
  std::vector<UnitValue> values = {{90, 100}, {60, 300}};
  EXPECT_DOUBLE_EQ(*Aggregate(Aggregation::kSum, values), 150);
  EXPECT_DOUBLE_EQ(*Aggregate(Aggregation::kMean, values), 75);
  EXPECT_DOUBLE_EQ(*Aggregate(Aggregation::kWeightedMean, values), 67.5);
  EXPECT_FALSE(Aggregate(Aggregation::kMean, {}));
  EXPECT_FALSE(Aggregate(Aggregation::kWeightedMean, {{5, 0}}));
}

}  // namespace
}  // namespace eduims::planning
