#include "planning/risk_model.h"

#include <gtest/gtest.h>

namespace eduims::planning {
namespace {

Risk RiskRated(int likelihood, int impact, Kind kind = Kind::kRisk) {
  Risk r;
  r.kind = kind;
  r.inherent = {likelihood, impact};
  return r;
}

TEST(RiskModel, NamesRoundTrip) {
  for (const auto& n : KindNames()) EXPECT_EQ(KindName(*ParseKind(n)), n);
  for (const auto& n : SourceKindNames()) EXPECT_EQ(SourceKindName(*ParseSourceKind(n)), n);
  for (const auto& n : TreatmentNames()) EXPECT_EQ(TreatmentName(*ParseTreatment(n)), n);
  EXPECT_FALSE(ParseTreatment("ignore"));
  EXPECT_FALSE(ParseKind(""));
}

TEST(RiskModel, ARiskIsTreatedAsARiskAndAnOpportunityAsAnOpportunity) {
  for (Treatment t : {Treatment::kAvoid, Treatment::kReduce, Treatment::kShare, Treatment::kAccept}) {
    EXPECT_TRUE(TreatmentFits(Kind::kRisk, t));
    EXPECT_FALSE(TreatmentFits(Kind::kOpportunity, t));
  }
  for (Treatment t : {Treatment::kPursue, Treatment::kNotPursue}) {
    EXPECT_FALSE(TreatmentFits(Kind::kRisk, t));
    EXPECT_TRUE(TreatmentFits(Kind::kOpportunity, t));
  }
}

TEST(RiskModel, TheResidualRatingStandsOnceGiven) {
  Matrix m = *ShippedMatrix("5x5");
  Risk r = RiskRated(5, 4);
  auto json = ToJson(r, m, "2026-11-23");
  EXPECT_EQ(json.at("level").as_string(), "very_high");
  EXPECT_EQ(json.at("inherent").at("score").as_int64(), 20);
  EXPECT_TRUE(json.at("residual").is_null());
  r.residual = Rating{2, 2};
  json = ToJson(r, m, "2026-11-23");
  EXPECT_EQ(json.at("level").as_string(), "low");
  EXPECT_EQ(json.at("inherent").at("level").as_string(), "very_high");
}

TEST(RiskModel, AReviewDatePassedIsOverdue) {
  Matrix m = *ShippedMatrix("3x3");
  Risk r = RiskRated(1, 1);
  r.next_review_date = "2026-11-22";
  EXPECT_TRUE(ToJson(r, m, "2026-11-23").at("review_overdue").as_bool());
  EXPECT_FALSE(ToJson(r, m, "2026-11-22").at("review_overdue").as_bool());
}

TEST(RiskModel, AProcessTakesTheHighestLevelOfItsLiveRisks) {
  Matrix m = *ShippedMatrix("5x5");
  EXPECT_FALSE(ProcessRiskLevel({}, m));
  // Opportunities and archived risks do not count.
  Risk archived = RiskRated(5, 5);
  archived.archived_at = "2026-11-01T00:00:00Z";
  EXPECT_FALSE(ProcessRiskLevel({RiskRated(5, 5, Kind::kOpportunity), archived}, m));
  EXPECT_EQ(ProcessRiskLevel({RiskRated(1, 2)}, m), "low");
  EXPECT_EQ(ProcessRiskLevel({RiskRated(1, 2), RiskRated(3, 3), RiskRated(2, 1)}, m), "medium");
  Risk treated = RiskRated(5, 5);
  treated.residual = Rating{1, 3};
  EXPECT_EQ(ProcessRiskLevel({treated, RiskRated(1, 1)}, m), "low");
  EXPECT_EQ(ProcessRiskLevel({treated, RiskRated(4, 3)}, m), "high");
}

}  // namespace
}  // namespace eduims::planning
