#include "complaints/readiness_evidence.h"

#include <gtest/gtest.h>

namespace eduims::complaints {
namespace {

TEST(ComplaintReadiness, TheRegisterAnswersEachStandardsCommunicationClauseAndSatisfactionOnceItHoldsComplaints) {
  EXPECT_TRUE(RegisterEvidenceOf({0, 0}).empty());
  auto evidence = RegisterEvidenceOf({7, 0});
  ASSERT_EQ(evidence.size(), 3u);
  EXPECT_EQ(evidence[0].clause_number, "8.2.1");
  EXPECT_EQ(evidence[0].standard, "iso-9001");
  EXPECT_EQ(evidence[1].clause_number, "8.2.2");
  EXPECT_EQ(evidence[1].standard, "iso-21001");
  EXPECT_EQ(evidence[2].clause_number, "9.1.2");
  EXPECT_EQ(evidence[2].standard, "");
  for (const auto& e : evidence) {
    EXPECT_EQ(e.name, "complaints");
    EXPECT_EQ(e.entries, 7);
    EXPECT_TRUE(e.shortfalls.empty());
  }
  auto late = RegisterEvidenceOf({7, 1});
  for (const auto& e : late) EXPECT_EQ(e.shortfalls, std::vector<std::string>{"deadline_overdue"});
}

}  // namespace
}  // namespace eduims::complaints
