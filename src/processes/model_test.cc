#include "processes/model.h"

#include <gtest/gtest.h>

namespace eduims::processes {
namespace {

TEST(ProcessModel, CategoriesAndRiskLevelsRoundTripByName) {
  for (const auto& name : CategoryNames()) EXPECT_EQ(CategoryName(*ParseCategory(name)), name);
  for (const auto& name : RiskLevelNames()) EXPECT_EQ(RiskLevelName(*ParseRiskLevel(name)), name);
  EXPECT_EQ(CategoryNames().size(), 3u);
  EXPECT_FALSE(ParseCategory("Core"));
  EXPECT_FALSE(ParseRiskLevel(""));
}

TEST(ProcessModel, CodesAreShortAndPlain) {
  EXPECT_TRUE(IsValidCode("QT-TS"));
  EXPECT_TRUE(IsValidCode("P.01_a"));
  EXPECT_FALSE(IsValidCode(""));
  EXPECT_FALSE(IsValidCode("QT TS"));
  EXPECT_FALSE(IsValidCode("QT/TS"));
  EXPECT_FALSE(IsValidCode("Đ-01"));
  EXPECT_FALSE(IsValidCode(std::string(33, 'A')));
}

TEST(ProcessModel, AProcessFeedsOthersEachAtMostOnceAndNeverItself) {
  EXPECT_EQ(FeedsProblem(1, {{2, "Danh sách trúng tuyển"}, {3, "Kế hoạch"}}), std::nullopt);
  EXPECT_EQ(FeedsProblem(1, {}), std::nullopt);
  EXPECT_EQ(FeedsProblem(1, {{1, "x"}}), (FeedProblem{"process.feeds_itself", 0}));
  EXPECT_EQ(FeedsProblem(1, {{3, "x"}, {2, "y"}, {2, "z"}}), (FeedProblem{"process.duplicate_feed", 2}));
}

TEST(ProcessModel, ListsSurviveTheirStoredText) {
  std::vector<std::string> items = {"Hồ sơ \"tuyển sinh\"", "Chỉ tiêu\\năm"};
  EXPECT_EQ(ListFromText(ListToText(items)), items);
  EXPECT_TRUE(ListFromText("[]").empty());
  EXPECT_TRUE(ListFromText("not json").empty());
}

TEST(ProcessModel, JsonCarriesInteractionsBothWaysWhenAsked) {
  Process p;
  p.id = 7;
  p.code = "QT-DH";
  p.name = "Dạy và học";
  p.feeds = {{9, "Kết quả học tập"}};
  auto plain = ToJson(p);
  EXPECT_EQ(plain.at("category").as_string(), "core");
  EXPECT_EQ(plain.at("feeds").as_array().at(0).at("process_id").as_int64(), 9);
  EXPECT_FALSE(plain.contains("fed_by"));
  std::vector<Feed> fed_by = {{3, "Danh sách lớp"}};
  EXPECT_EQ(ToJson(p, &fed_by).at("fed_by").as_array().at(0).at("what").as_string(), "Danh sách lớp");
}

}  // namespace
}  // namespace eduims::processes
