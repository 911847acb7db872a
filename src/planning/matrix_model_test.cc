#include "planning/matrix_model.h"

#include <gtest/gtest.h>

#include "platform/problem.h"

namespace eduims::planning {
namespace {

namespace json = boost::json;

std::string FieldOf(const Matrix& base, const json::object& overrides) {
  try {
    WithOverrides(base, overrides);
  } catch (const ProblemError& e) {
    EXPECT_EQ(e.problem().code, "risks.matrix_invalid");
    return e.problem().field;
  }
  return "";
}

TEST(RiskMatrix, BothShippedMatricesCoverEveryScoreWithABand) {
  EXPECT_EQ(ShippedMatrixCodes(), (std::vector<std::string>{"3x3", "5x5"}));
  for (const auto& code : ShippedMatrixCodes()) {
    Matrix m = *ShippedMatrix(code);
    EXPECT_EQ(m.code, code);
    EXPECT_EQ(m.likelihood.size(), m.impact.size());
    for (int score = 1; score <= m.MaxScore(); ++score) {
      const Band& b = m.BandOf(score);
      EXPECT_LE(b.min, score);
      EXPECT_GE(b.max, score);
    }
    EXPECT_EQ(m.bands.front().process_risk_level, "low");
    EXPECT_EQ(m.bands.back().process_risk_level, "high");
  }
  EXPECT_FALSE(ShippedMatrix("4x4"));
}

TEST(RiskMatrix, FiveByFiveRatesTheCornersAsTheBandsSay) {
  Matrix m = *ShippedMatrix("5x5");
  EXPECT_TRUE(m.Contains(5, 5));
  EXPECT_FALSE(m.Contains(6, 1));
  EXPECT_FALSE(m.Contains(0, 3));
  EXPECT_EQ(m.BandOf(1).level, "low");
  EXPECT_EQ(m.BandOf(3 * 3).level, "medium");
  EXPECT_EQ(m.BandOf(4 * 4).level, "high");
  EXPECT_EQ(m.BandOf(5 * 4).level, "very_high");
  EXPECT_EQ(m.BandOf(5 * 4).process_risk_level, "high");
  EXPECT_EQ(m.likelihood[4].label.en, "Almost certain");
  Matrix small = *ShippedMatrix("3x3");
  EXPECT_FALSE(small.Contains(4, 4));
  EXPECT_EQ(small.BandOf(9).level, "high");
}

TEST(RiskMatrix, AnOrganisationRelabelsAndRebandsItsMatrix) {
  Matrix base = *ShippedMatrix("3x3");
  json::object overrides = json::parse(R"({
    "likelihood": [{"vi": "Hiếm", "en": "Rare"}, {"vi": "Đôi khi", "en": "Sometimes"}, {"vi": "Thường", "en": "Often"}],
    "bands": [{"level": "acceptable", "min": 1, "max": 3, "process_risk_level": "low", "colour": "#AABBCC",
               "label": {"vi": "Chấp nhận được", "en": "Acceptable"}},
              {"level": "act", "min": 4, "max": 9, "process_risk_level": "high", "colour": "#ffcc80",
               "label": {"vi": "Phải xử lý", "en": "Act on it"}}]})")
                               .as_object();
  Matrix m = WithOverrides(base, overrides);
  EXPECT_EQ(m.likelihood[1].label.vi, "Đôi khi");
  EXPECT_EQ(m.impact[0].label.en, base.impact[0].label.en);
  EXPECT_EQ(m.BandOf(3).level, "acceptable");
  EXPECT_EQ(m.BandOf(4).process_risk_level, "high");
  EXPECT_EQ(ToJson(m).at("bands").as_array().size(), 2u);
}

TEST(RiskMatrix, OverridesThatDoNotFitAreRefusedNamingTheField) {
  Matrix base = *ShippedMatrix("3x3");
  auto band = [](int min, int max, const char* level = "x", const char* colour = "#ffffff",
                 const char* process = "low") {
    return json::object{{"level", level}, {"min", min}, {"max", max}, {"process_risk_level", process},
                        {"colour", colour}, {"label", {{"vi", "Mức"}, {"en", "Level"}}}};
  };
  EXPECT_EQ(FieldOf(base, {{"likelihood", json::array{{{"vi", "a"}, {"en", "b"}}}}}), "overrides.likelihood");
  EXPECT_EQ(FieldOf(base, {{"impact", json::array{{{"vi", "a"}, {"en", "b"}}, {{"vi", ""}, {"en", "b"}},
                                                  {{"vi", "a"}, {"en", "b"}}}}}),
            "overrides.impact[1].vi");
  // A score left out, an overlap, beyond the matrix, a colour and a process level that are not ones.
  EXPECT_EQ(FieldOf(base, {{"bands", json::array{band(1, 4)}}}), "overrides.bands");
  EXPECT_EQ(FieldOf(base, {{"bands", json::array{band(1, 4, "a"), band(4, 9, "b")}}}), "overrides.bands[1].min");
  EXPECT_EQ(FieldOf(base, {{"bands", json::array{band(1, 10)}}}), "overrides.bands[0].max");
  EXPECT_EQ(FieldOf(base, {{"bands", json::array{band(1, 9, "x", "red")}}}), "overrides.bands[0].colour");
  EXPECT_EQ(FieldOf(base, {{"bands", json::array{band(1, 9, "x", "#ffffff", "severe")}}}),
            "overrides.bands[0].process_risk_level");
  EXPECT_EQ(FieldOf(base, {{"bands", json::array{band(1, 4, "a"), band(5, 9, "a")}}}), "overrides.bands[1].level");
  EXPECT_EQ(FieldOf(base, {{"size", 4}}), "overrides.size");
}

}  // namespace
}  // namespace eduims::planning
