#include "surveys/readiness_evidence.h"

#include <gtest/gtest.h>

namespace eduims::surveys {
namespace {

TEST(SurveyReadiness, CampaignsAndTheirResultsAnswerSatisfactionInBothStandards) {
  EXPECT_TRUE(RegisterEvidenceOf({0, 0}).empty());
  auto running = RegisterEvidenceOf({2, 0});
  ASSERT_EQ(running.size(), 1u);
  EXPECT_EQ(running[0].clause_number, "9.1.2");
  EXPECT_EQ(running[0].name, "survey_campaigns");
  EXPECT_EQ(running[0].entries, 2);
  EXPECT_EQ(running[0].standard, "");
  EXPECT_EQ(running[0].shortfalls, std::vector<std::string>{"no_results"});
  auto read = RegisterEvidenceOf({3, 1});
  ASSERT_EQ(read.size(), 2u);
  EXPECT_TRUE(read[0].shortfalls.empty());
  EXPECT_EQ(read[1].name, "survey_results");
  EXPECT_EQ(read[1].entries, 1);
  EXPECT_TRUE(read[1].shortfalls.empty());
}

}  // namespace
}  // namespace eduims::surveys
