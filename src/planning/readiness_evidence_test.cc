#include "planning/readiness_evidence.h"

#include <gtest/gtest.h>

namespace eduims::planning {
namespace {

const readiness::RegisterEvidence* Find(const std::vector<readiness::RegisterEvidence>& all, const std::string& clause) {
  for (const auto& e : all)
    if (e.clause_number == clause) return &e;
  return nullptr;
}

TEST(PlanningReadinessEvidence, AnEmptyRegisterIsNoEvidence) {
  EXPECT_TRUE(RegisterEvidenceOf({}, "2025-11-23").empty());
}

TEST(PlanningReadinessEvidence, LiveRegistersAnswerTheirClausesAndSayWhereTheyFallShort) {
  RegisterFacts f;
  f.context_issues = 4;
  f.parties = 5;
  f.parties_without_needs = 2;
  f.scope_stated = true;
  f.risks = 12;
  f.risks_last_reviewed = "2026-03-01";
  f.objectives = 2;
  f.indicators = 3;
  f.indicators_unmeasured = 1;
  f.changes = 1;
  auto all = RegisterEvidenceOf(f, "2025-11-23");
  ASSERT_NE(Find(all, "4.1"), nullptr);
  EXPECT_EQ(Find(all, "4.1")->entries, 4);
  EXPECT_TRUE(Find(all, "4.1")->shortfalls.empty());
  EXPECT_EQ(Find(all, "4.2")->shortfalls, std::vector<std::string>{"needs_not_recorded"});
  EXPECT_EQ(Find(all, "4.3")->entries, 1);
  EXPECT_TRUE(Find(all, "6.1")->shortfalls.empty());
  EXPECT_TRUE(Find(all, "6.2")->shortfalls.empty());
  EXPECT_EQ(Find(all, "6.3")->name, "planned_changes");
  EXPECT_EQ(Find(all, "9.1.1")->shortfalls, std::vector<std::string>{"indicator_not_measured"});
  EXPECT_EQ(Find(all, "9.1.3")->name, "indicators");
}

TEST(PlanningReadinessEvidence, ARiskRegisterUnreviewedForAYearFallsShort) {
  RegisterFacts f;
  f.risks = 3;
  f.risks_last_reviewed = "2025-11-22";
  EXPECT_EQ(RegisterEvidenceOf(f, "2025-11-23").at(0).shortfalls,
            std::vector<std::string>{"not_reviewed_within_12_months"});
  f.risks_last_reviewed = "2025-11-23";  // exactly 12 months ago still counts
  EXPECT_TRUE(RegisterEvidenceOf(f, "2025-11-23").at(0).shortfalls.empty());
  f.risk_reviews_overdue = 1;
  EXPECT_EQ(RegisterEvidenceOf(f, "2025-11-23").at(0).shortfalls, std::vector<std::string>{"review_overdue"});
  f.risks_last_reviewed.reset();
  EXPECT_EQ(RegisterEvidenceOf(f, "2025-11-23").at(0).shortfalls.size(), 2u);
}

TEST(PlanningReadinessEvidence, AnObjectiveWithoutAnIndicatorFallsShort) {
  RegisterFacts f;
  f.objectives = 2;
  f.objectives_without_indicator = 1;
  auto all = RegisterEvidenceOf(f, "2025-11-23");
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].shortfalls, std::vector<std::string>{"objective_without_indicator"});
}

}  // namespace
}  // namespace eduims::planning
