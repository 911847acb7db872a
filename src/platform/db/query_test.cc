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

}  // namespace
}  // namespace eduims::db
