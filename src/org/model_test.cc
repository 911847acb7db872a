#include "org/model.h"

#include <gtest/gtest.h>

#include "platform/db/query.h"

namespace eduims::org {
namespace {

TEST(OrgModel, SubtreeRangeHoldsDescendantsOnly) {
  auto [low, high] = db::SubtreeRange("/1/7/");
  EXPECT_TRUE(std::string("/1/7/") >= low && std::string("/1/7/") < high);
  EXPECT_TRUE(std::string("/1/7/99/3/") >= low && std::string("/1/7/99/3/") < high);
  EXPECT_FALSE(std::string("/1/70/") >= low && std::string("/1/70/") < high);
  EXPECT_FALSE(std::string("/1/8/") >= low && std::string("/1/8/") < high);
  EXPECT_FALSE(std::string("/1/") >= low && std::string("/1/") < high);
}

TEST(OrgModel, Depth) {
  EXPECT_EQ(DepthOf("/1/"), 0);
  EXPECT_EQ(DepthOf("/1/7/42/"), 2);
}

TEST(OrgModel, TheUnitsOnAPathFromTheRootDown) {
  EXPECT_EQ(UnitIdsOnPath("/1/7/42/"), (std::vector<db::Id>{1, 7, 42}));
  EXPECT_EQ(UnitIdsOnPath("/1/"), (std::vector<db::Id>{1}));
  EXPECT_TRUE(UnitIdsOnPath("").empty());
}

TEST(OrgModel, Emails) {
  EXPECT_EQ(NormaliseEmail("  Hoang.NH@SonLa.edu.vn "), "hoang.nh@sonla.edu.vn");
  EXPECT_FALSE(NormaliseEmail("no-at-sign"));
  EXPECT_FALSE(NormaliseEmail("a@b"));
  EXPECT_FALSE(NormaliseEmail("a@@b.vn"));
  EXPECT_FALSE(NormaliseEmail("a b@c.vn"));
  EXPECT_FALSE(NormaliseEmail("<script>@x.vn"));
}

TEST(OrgModel, TimeZones) {
  EXPECT_TRUE(ValidTimeZone("Asia/Ho_Chi_Minh"));
  EXPECT_TRUE(ValidTimeZone("UTC"));
  EXPECT_FALSE(ValidTimeZone("Mars/Olympus"));
  EXPECT_FALSE(ValidTimeZone("../etc"));
}

}  // namespace
}  // namespace eduims::org
