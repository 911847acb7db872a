#include "improvement/dashboard.h"

#include <gtest/gtest.h>

namespace eduims::improvement {
namespace {

TEST(NonconformityDashboard, ParetoOrdersBarsAndAccumulatesTheirShare) {
  std::vector<Tally> tallies = {{"b", {{"number", "7.5"}}, 1}, {"a", {{"number", "8.5.1"}}, 3},
                                {"c", {{"number", "9.1"}}, 1}};
  auto bars = Pareto(tallies, 2);
  ASSERT_EQ(bars.size(), 2u);
  EXPECT_EQ(bars[0].at("number").as_string(), "8.5.1");
  EXPECT_DOUBLE_EQ(bars[0].at("cumulative_percent").as_double(), 60.0);
  EXPECT_EQ(bars[1].at("number").as_string(), "7.5");  // ties by key
  EXPECT_DOUBLE_EQ(bars[1].at("cumulative_percent").as_double(), 80.0);
  EXPECT_TRUE(Pareto({}, 5).empty());
}

TEST(NonconformityDashboard, CausesAreCountedInsideEachAnalysis) {
  auto tallies = CauseTallies({{R"(["people","methods"])", 2}, {R"(["people"])", 1}, {"not json", 4}});
  ASSERT_EQ(tallies.size(), 2u);
  EXPECT_EQ(tallies[0].key, "methods");
  EXPECT_EQ(tallies[0].count, 2);
  EXPECT_EQ(tallies[1].key, "people");
  EXPECT_EQ(tallies[1].count, 3);
}

TEST(NonconformityDashboard, ClauseIdListsAreWrittenInOrderAndCountedPerClause) {
  EXPECT_EQ(ClauseIdList({42, 7, 130}), "7 42 130");
  EXPECT_EQ(ClauseIdList({}), "");
  auto counts = CountClauseIdLists({"7 42 130", "42", "", "7  x 9a -3 42"});
  EXPECT_EQ(counts, (std::map<db::Id, long long>{{7, 2}, {42, 3}, {130, 1}}));
}

TEST(NonconformityDashboard, OnePassCountsOpenOnesBySeverityAgeUnitAndOverdue) {
  using namespace std::chrono;
  const year_month_day today{year{2026}, month{3}, day{31}};
  auto open = [](db::Id unit, const char* severity, const char* detected, const char* due) {
    return DashboardRow{unit, false, severity, detected, due, ""};
  };
  auto counts = CountDashboard({open(7, "major", "2026-03-01", "2026-03-31"),   // 30 days old, due today
                                open(7, "minor", "2026-02-28", "2026-03-30"),   // 31 days old, overdue
                                open(9, "minor", "2025-12-31", "2026-03-31"),   // 90 days old
                                open(9, "minor", "2025-12-30", "2026-01-30"),   // 91 days old, overdue
                                open(3, "major", "2025-10-02", "2026-11-01"),   // 180 days old
                                open(5, "major", "2025-10-01", "2026-11-01")},  // 181 days old
                               today, 2);
  EXPECT_EQ(counts.open_by_severity["major"], 3);
  EXPECT_EQ(counts.open_by_severity["minor"], 3);
  EXPECT_EQ(counts.open_by_age, (std::array<long long, 4>{1, 2, 2, 1}));
  EXPECT_EQ(counts.overdue, 2);
  // The two units with most; units 7 and 9 tie, so by id.
  EXPECT_EQ(counts.open_by_unit, (std::vector<std::pair<db::Id, long long>>{{7, 2}, {9, 2}}));
  EXPECT_FALSE(counts.mean_days_to_close);
}

TEST(NonconformityDashboard, ClosedOnesGiveTheMeanDaysToCloseInTheOrganisationsCalendar) {
  const std::chrono::year_month_day today{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{1}};
  // 18:00 UTC on 30 January is already 31 January in Vietnam.
  auto counts = CountDashboard({{7, true, "minor", "2026-01-01", "2026-03-01", "2026-01-11T03"},
                                {7, true, "major", "2026-01-01", "2026-01-31", "2026-01-30T18"}},
                               today, 20);
  ASSERT_TRUE(counts.mean_days_to_close);
  EXPECT_DOUBLE_EQ(*counts.mean_days_to_close, (10.0 + 30.0) / 2);
  EXPECT_TRUE(counts.open_by_severity.empty());
  EXPECT_TRUE(counts.open_by_unit.empty());
  EXPECT_EQ(counts.overdue, 0);
}

}  // namespace
}  // namespace eduims::improvement
