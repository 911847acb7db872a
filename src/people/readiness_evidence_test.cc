#include "people/readiness_evidence.h"

#include <gtest/gtest.h>

namespace eduims::people {
namespace {

TEST(PeopleReadiness, NothingHeldNothingCounted) { EXPECT_TRUE(RegisterEvidenceOf({}).empty()); }

TEST(PeopleReadiness, HoldingsTrainingAndAwarenessEachCountForTheirClause) {
  auto e = RegisterEvidenceOf({12, 3, 2, 40, 9});
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].clause_number, "7.2");
  EXPECT_EQ(e[0].name, "competence_records");
  EXPECT_EQ(e[0].entries, 12);
  EXPECT_TRUE(e[0].shortfalls.empty());
  EXPECT_EQ(e[1].name, "training");
  EXPECT_EQ(e[1].entries, 2);
  EXPECT_EQ(e[2].clause_number, "7.3");
  EXPECT_EQ(e[2].entries, 9);
}

TEST(PeopleReadiness, HoldingsWithoutRequirementsAndTrainingWithoutAttendanceFallShort) {
  auto e = RegisterEvidenceOf({5, 0, 1, 0, 0});
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].shortfalls, std::vector<std::string>{"no_requirements"});
  EXPECT_EQ(e[1].shortfalls, std::vector<std::string>{"attendance_unrecorded"});
}

}  // namespace
}  // namespace eduims::people
