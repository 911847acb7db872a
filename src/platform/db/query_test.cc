#include "platform/db/query.h"

#include <gtest/gtest.h>

namespace eduims::db {
namespace {

using Paths = std::vector<std::string>;

TEST(ScopeWithin, WithoutASubtreeAskedForTheScopeStands) {
  EXPECT_EQ(ScopeWithin({"/1/", "/1/7/"}, std::nullopt), (Paths{"/1/", "/1/7/"}));
}

TEST(ScopeWithin, ASubtreeInsideTheScopeNarrowsItToThatSubtree) {
  EXPECT_EQ(ScopeWithin({"/1/"}, "/1/2/"), (Paths{"/1/2/"}));
  EXPECT_EQ(ScopeWithin({"/1/2/", "/1/"}, "/1/2/5/"), (Paths{"/1/2/5/"}));
}

TEST(ScopeWithin, AScopeInsideTheSubtreeStaysAsItIs) {
  EXPECT_EQ(ScopeWithin({"/1/2/5/", "/1/3/"}, "/1/2/"), (Paths{"/1/2/5/"}));
}

TEST(ScopeWithin, ASubtreeOutsideTheScopeLeavesNothing) {
  EXPECT_TRUE(ScopeWithin({"/1/2/"}, "/1/3/").empty());
  // "/1/2/" is not within "/1/20/" although one string starts the other's characters.
  EXPECT_TRUE(ScopeWithin({"/1/20/"}, "/1/2/").empty());
  EXPECT_TRUE(ScopeWithin({}, "/1/").empty());
}

TEST(PaddedIdSlices, PadEachSliceWithItsLastIdToOneOfThreeLengths) {
  EXPECT_TRUE(PaddedIdSlices({}).empty());
  EXPECT_EQ(PaddedIdSlices({4, 9}), (std::vector<std::vector<Id>>{{4, 9, 9, 9, 9, 9, 9, 9}}));
  std::vector<Id> page(50);
  for (size_t i = 0; i < page.size(); ++i) page[i] = Id(i + 1);
  auto padded = PaddedIdSlices(page);
  ASSERT_EQ(padded.size(), 1u);
  EXPECT_EQ(padded[0].size(), 64u);
  EXPECT_EQ(padded[0][49], 50);
  EXPECT_EQ(padded[0][63], 50);
  std::vector<Id> many(kIdsPerStatement + 3, 7);
  auto two = PaddedIdSlices(many);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].size(), kIdsPerStatement);
  EXPECT_EQ(two[1].size(), 8u);
}

}  // namespace
}  // namespace eduims::db
