#include "recruitment/readiness_evidence.h"

#include <gtest/gtest.h>

namespace eduims::recruitment {
namespace {

TEST(RecruitmentReadiness, ProcessesAndDecidedRecruitmentsAreEvidenceOf712) {
  EXPECT_TRUE(RegisterEvidenceOf(0, 0).empty());
  auto both = RegisterEvidenceOf(2, 3);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].clause_number, "7.1.2");
  EXPECT_EQ(both[0].name, "recruitment_processes");
  EXPECT_EQ(both[0].entries, 2);
  EXPECT_EQ(both[1].name, "recruitments");
  EXPECT_EQ(both[1].entries, 3);
  EXPECT_TRUE(both[1].shortfalls.empty());
  EXPECT_TRUE(both[1].standard.empty());  // the clause of both standards
  // Recruitments decided without any process written down fall short of 7.1.2.
  auto bare = RegisterEvidenceOf(0, 1);
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_EQ(bare[0].shortfalls, std::vector<std::string>{"no_recruitment_process"});
}

}  // namespace
}  // namespace eduims::recruitment
