#include "documents/distribution.h"

#include <gtest/gtest.h>

namespace eduims::documents {
namespace {

TEST(Distribution, TargetsNameKnownRolesOnceEach) {
  EXPECT_EQ(TargetsProblem({{1, ""}, {2, "staff"}, {2, "quality_manager"}}), std::nullopt);
  EXPECT_EQ(TargetsProblem({}), std::nullopt);
  EXPECT_EQ(TargetsProblem({{1, "teacher"}}), "validation.invalid_value");
  EXPECT_EQ(TargetsProblem({{1, "staff"}, {1, "staff"}}), "validation.invalid_value");
}

TEST(Distribution, PercentagesRoundDownSoOnlyEveryoneIsAHundred) {
  EXPECT_EQ(PercentOf(0, 0), 0);
  EXPECT_EQ(PercentOf(1, 3), 33);
  EXPECT_EQ(PercentOf(199, 200), 99);
  EXPECT_EQ(PercentOf(7, 7), 100);
}

TEST(Distribution, ReadershipAddsUpTheUnits) {
  auto json = ReadershipJson(12, {{4, ""}, {5, "staff"}},
                             {{4, "Trường THPT Tô Hiệu", 3, 2}, {6, "Tổ Toán - Tin", 1, 0}});
  EXPECT_EQ(json.at("revision_id").as_int64(), 12);
  EXPECT_EQ(json.at("addressees").as_int64(), 4);
  EXPECT_EQ(json.at("acknowledged").as_int64(), 2);
  EXPECT_EQ(json.at("percent").as_int64(), 50);
  EXPECT_TRUE(json.at("targets").as_array()[0].at("role").is_null());
  EXPECT_EQ(json.at("targets").as_array()[1].at("role").as_string(), "staff");
  EXPECT_EQ(json.at("units").as_array()[0].at("percent").as_int64(), 66);
  EXPECT_TRUE(ReadershipJson(std::nullopt, {}, {}).at("revision_id").is_null());
}

}  // namespace
}  // namespace eduims::documents
