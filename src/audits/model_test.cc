#include "audits/model.h"

#include <gtest/gtest.h>

namespace eduims::audits {
namespace {

// The catalogue's reading of "equal" correspondences between the given pairs of clause ids.
standards::EqualClauses Equal(const std::vector<std::pair<db::Id, db::Id>>& pairs) {
  std::vector<standards::Correspondence> correspondences;
  for (const auto& [from, to] : pairs) {
    standards::Correspondence c;
    c.from.id = from;
    c.to.id = to;
    c.relation = "equal";
    correspondences.push_back(c);
  }
  return standards::EqualClausesOf(correspondences);
}

TEST(AuditChecklist, EqualClausesOfTheTwoStandardsShareOneLine) {
  // 21001 7.5.3 (1) = 9001 7.5.3 (11); 21001 8.5.1 (2) has no equal in scope; 9001 9.2 (12) = 21001 9.2 (3).
  auto equal = Equal({{1, 11}, {3, 12}, {4, 14}});
  auto groups = ChecklistGroups({1, 2, 11, 12, 3}, equal);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0], (std::vector<db::Id>{1, 11}));
  EXPECT_EQ(groups[1], (std::vector<db::Id>{2}));
  EXPECT_EQ(groups[2], (std::vector<db::Id>{12, 3}));
  EXPECT_TRUE(ChecklistGroups({}, equal).empty());
}

TEST(AuditChecklist, AnEditedPlanKeepsTheLinesWhoseClausesSurvive) {
  // Lines: {1, 11} (an equal pair), {2}, {3}. The new plan drops 3, keeps 2, adds 4 and keeps only 11 of the pair.
  std::vector<std::vector<db::Id>> lines = {{1, 11}, {2}, {3}};
  auto kept = KeptLines(lines, {{4}, {11}, {2}});
  ASSERT_EQ(kept.size(), 3u);
  EXPECT_EQ(kept[0], std::nullopt);  // a new line
  EXPECT_EQ(kept[1], 0u);            // what is left of the pair keeps its line and question
  EXPECT_EQ(kept[2], 1u);
  // Reordered clauses reorder the lines.
  EXPECT_EQ(KeptLines({{1}, {2}}, {{2}, {1}}), (std::vector<std::optional<size_t>>{1u, 0u}));
  // A pair the crosswalk no longer joins: the first keeps the line, each line is kept once.
  EXPECT_EQ(KeptLines({{1, 11}}, {{1}, {11}}), (std::vector<std::optional<size_t>>{0u, std::nullopt}));
  EXPECT_TRUE(KeptLines({{1}}, {}).empty());
}

standards::Clause Clause(db::Id id, std::optional<db::Id> parent, const std::string& kind = "clause") {
  standards::Clause c;
  c.id = id;
  c.parent_id = parent;
  c.kind = kind;
  c.number = std::to_string(id);
  return c;
}

TEST(AuditProgramme, CoverageCountsAncestorsAndEqualClauses) {
  // 21001: 7 (1) > 7.5 (2) > 7.5.1 (3), 7.5.2 (4); 8 (5) > 8.1 (6); annex A (7). 9001: 7.5.1 (13), 8.1 (16).
  std::vector<standards::Clause> clauses = {Clause(1, std::nullopt), Clause(2, 1),  Clause(3, 2),
                                            Clause(4, 2),            Clause(5, std::nullopt), Clause(6, 5),
                                            Clause(7, std::nullopt, "annex"), Clause(13, std::nullopt),
                                            Clause(16, std::nullopt)};
  auto equal = Equal({{3, 13}, {6, 16}});
  auto ids = [](const std::vector<standards::Clause>& cs) {
    std::vector<db::Id> out;
    for (const auto& c : cs) out.push_back(c.id);
    return out;
  };
  EXPECT_EQ(ids(UncoveredClauses(clauses, {}, equal)), (std::vector<db::Id>{3, 4, 6, 13, 16}));
  // Auditing 7.5 covers its sub-clauses, and the ISO 9001 clause equal to one of them.
  EXPECT_EQ(ids(UncoveredClauses(clauses, {2}, equal)), (std::vector<db::Id>{6, 16}));
  EXPECT_EQ(ids(UncoveredClauses(clauses, {16}, equal)), (std::vector<db::Id>{3, 4, 13}));
  EXPECT_TRUE(UncoveredClauses(clauses, {1, 5}, equal).empty());
}

TEST(AuditModel, ResultsRaiseTheRightRecords) {
  EXPECT_EQ(SeverityRaisedBy("major_nonconformity"), "major");
  EXPECT_EQ(SeverityRaisedBy("minor_nonconformity"), "minor");
  EXPECT_FALSE(SeverityRaisedBy("observation"));
  EXPECT_TRUE(RaisesImprovement("opportunity_for_improvement"));
  EXPECT_FALSE(RaisesImprovement("conforming"));
}

TEST(AuditModel, RiskDecidesHowOftenAProcessIsAuditedInAYear) {
  using processes::RiskLevel;
  EXPECT_EQ(RequiredAuditsPerYear(RiskLevel::kHigh), 2);
  EXPECT_EQ(RequiredAuditsPerYear(RiskLevel::kMedium), 1);
  EXPECT_EQ(RequiredAuditsPerYear(RiskLevel::kLow), 0);
  auto json = ProcessCoverageJson({{1, "QT-TS", "Tuyển sinh", RiskLevel::kHigh, 1},
                                   {2, "QT-DH", "Dạy và học", RiskLevel::kMedium, 1},
                                   {3, "QT-CSVC", "Cơ sở vật chất", RiskLevel::kLow, 0}});
  EXPECT_FALSE(json[0].at("covered").as_bool());
  EXPECT_EQ(json[0].at("risk_level").as_string(), "high");
  EXPECT_TRUE(json[1].at("covered").as_bool());
  EXPECT_TRUE(json[2].at("covered").as_bool());
}

}  // namespace
}  // namespace eduims::audits
