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

TEST(NonconformityDashboard, MeanDaysToCloseIsWeightedByCount) {
  EXPECT_FALSE(MeanDaysToClose({}));
  // 18:00 UTC on 30 January is already 31 January in Vietnam.
  auto mean = MeanDaysToClose({{"2026-01-01", "2026-01-11T03", 1}, {"2026-01-01", "2026-01-30T18", 3}});
  ASSERT_TRUE(mean);
  EXPECT_DOUBLE_EQ(*mean, (10.0 + 3 * 30.0) / 4);
}

}  // namespace
}  // namespace eduims::improvement
