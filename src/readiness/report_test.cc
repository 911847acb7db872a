#include "readiness/report.h"

#include <gtest/gtest.h>

namespace eduims::readiness {
namespace {

namespace json = boost::json;

standards::Clause C(db::Id id, std::string number, std::optional<db::Id> parent, std::string kind = "clause") {
  standards::Clause c;
  c.id = id;
  c.standard_id = 1;
  c.number = std::move(number);
  c.parent_id = parent;
  c.kind = std::move(kind);
  c.title_en = "Clause " + c.number;
  return c;
}

// A small ISO 21001: groups 7 and 8 (ids 1, 5), 7.1 (2) with leaves 7.1.2 (3) and 7.1.3 (4), leaf 8.3 (6), and an
// annex A (9) with a sub-clause (10) that is no requirement clause.
std::vector<standards::Clause> Tree() {
  return {C(1, "7", std::nullopt), C(2, "7.1", 1),  C(3, "7.1.2", 2), C(4, "7.1.3", 2),
          C(5, "8", std::nullopt), C(6, "8.3", 5),  C(9, "A", std::nullopt, "annex"), C(10, "A.1", 9, "annex")};
}

SelfAssessment Assessed(db::Id clause_id, Assessment status, std::string at) {
  SelfAssessment a;
  a.id = clause_id * 10;
  a.unit_id = 7;
  a.clause_id = clause_id;
  a.status = status;
  a.assessed_at = std::move(at);
  return a;
}

EvidenceRef Document(db::Id id, std::string status) { return {id, "QT-" + std::to_string(id), "Quy trình", status, false}; }

TEST(ReadinessReport, RequirementClausesAreTheLeavesUnderTheGroups) {
  ReportInputs in;
  in.clauses = Tree();
  Report r = BuildReport(in);
  ASSERT_EQ(r.clauses.size(), 3u);
  EXPECT_EQ(r.clauses[0].clause.number, "7.1.2");
  EXPECT_EQ(r.clauses[1].clause.number, "7.1.3");
  EXPECT_EQ(r.clauses[2].clause.number, "8.3");
  EXPECT_EQ(r.clauses[2].group, "8");
  ASSERT_EQ(r.groups.size(), 2u);
  EXPECT_EQ(r.groups[0].clauses, 2);
  EXPECT_EQ(r.percent, 0);
  EXPECT_EQ(r.clauses[0].score.gaps, (std::vector<Gap>{Gap::kNotStarted, Gap::kNoEvidence}));
}

TEST(ReadinessReport, APlanningRegisterIsEvidenceOfItsClauseAndTheClausesBelowAndCapsWhenItFallsShort) {
  ReportInputs in;
  in.clauses = Tree();
  in.assessments = {Assessed(3, Assessment::kVerified, "2026-01-01T00:00:00.000Z"),
                    Assessed(4, Assessment::kVerified, "2026-01-01T00:00:00.000Z")};
  in.registers = {{"7.1", "risks", 12, {}}, {"7.1.3", "indicators", 3, {"indicator_not_measured"}},
                  {"9.1.1", "indicators", 3, {}}};
  Report r = BuildReport(in);
  ASSERT_EQ(r.clauses.size(), 3u);
  ASSERT_EQ(r.clauses[0].registers.size(), 1u);  // 7.1.2 under 7.1
  EXPECT_EQ(r.clauses[0].registers[0].name, "risks");
  EXPECT_EQ(r.clauses[0].score.points, 100);
  EXPECT_TRUE(r.clauses[0].score.gaps.empty());
  ASSERT_EQ(r.clauses[1].registers.size(), 2u);  // 7.1.3: 7.1's and its own
  EXPECT_EQ(r.clauses[1].score.points, 80);
  EXPECT_EQ(r.clauses[1].score.gaps, (std::vector<Gap>{Gap::kRegisterShortfall}));
  EXPECT_TRUE(r.clauses[2].registers.empty());  // 8.3: no register answers it; 9.1.1 is not in this tree
}

TEST(ReadinessReport, ClausesTheScopeExcludesLeaveTheDenominator) {
  ReportInputs in;
  in.clauses = Tree();
  in.assessments = {Assessed(6, Assessment::kVerified, "2026-01-01T00:00:00.000Z")};
  in.evidence.clauses[6].documents = {Document(100, "published")};
  EXPECT_EQ(BuildReport(in).percent, 33);  // 8.3 ready, 7.1.2 and 7.1.3 not started

  in.excluded = {{2, "Không có thiết bị đo"}};  // 7.1 excludes the two leaves under it
  Report r = BuildReport(in);
  ASSERT_EQ(r.clauses.size(), 1u);
  EXPECT_EQ(r.clauses[0].clause.number, "8.3");
  EXPECT_EQ(r.percent, 100);
  ASSERT_EQ(r.groups.size(), 1u);  // group 7 holds no clause left
  ASSERT_EQ(r.excluded.size(), 2u);
  EXPECT_EQ(r.excluded[0].clause.number, "7.1.2");
  EXPECT_EQ(r.excluded[0].excluded_clause_id, 2);
  EXPECT_EQ(r.excluded[1].justification, "Không có thiết bị đo");

  in.excluded = {{60, "Không thiết kế chương trình"}};  // ISO 9001's 8.3, "equal" to ours
  in.equal = {{6, {60}}, {60, {6}}};
  r = BuildReport(in);
  EXPECT_EQ(r.clauses.size(), 2u);
  ASSERT_EQ(r.excluded.size(), 1u);
  EXPECT_EQ(r.excluded[0].clause.number, "8.3");
  EXPECT_EQ(ToJson(r).at("excluded").as_array().size(), 1u);
}

TEST(ReadinessReport, WhatIsLinkedToAnAncestorCountsForEachLeafOnce) {
  ReportInputs in;
  in.clauses = Tree();
  in.evidence.clauses[2].documents = {Document(100, "published")};          // on 7.1
  in.evidence.clauses[3].documents = {Document(100, "published"), Document(101, "draft")};  // and on 7.1.2
  in.evidence.clauses[1].documents = {Document(102, "published")};  // on the group 7: counts for none
  in.evidence.mandatory = {{1, 3, "7.1.2", "retain", "", "", "missing"}};
  in.assessments = {Assessed(3, Assessment::kVerified, "2026-11-01T00:00:00.000Z"),
                    Assessed(4, Assessment::kVerified, "2026-11-01T00:00:00.000Z")};
  Report r = BuildReport(in);
  const ClauseRow& leaf = r.clauses[0];
  ASSERT_EQ(leaf.evidence.documents.size(), 2u);
  EXPECT_EQ(leaf.facts.documents, 1) << "a draft is listed, not counted";
  EXPECT_EQ(leaf.mandatory.size(), 1u);
  EXPECT_EQ(leaf.score.points, 40);
  EXPECT_EQ(leaf.score.gaps, std::vector<Gap>{Gap::kMandatoryMissing});
  EXPECT_EQ(r.clauses[1].facts.documents, 1);
  EXPECT_EQ(r.groups[0].percent, 70);
  EXPECT_EQ(r.groups[1].percent, 0);
  EXPECT_EQ(r.percent, 47);  // (40 + 100 + 0) / 3
}

// A mandatory item belongs to the clause that states it: its sibling under the same heading is not capped, and the
// report shows each item once (ISO 21001's 24 items showed as 37 when an item on 8.3 capped 8.3.1 to 8.3.6).
TEST(ReadinessReport, AMandatoryItemCapsOnlyTheClauseThatStatesIt) {
  ReportInputs in;
  in.clauses = Tree();
  in.evidence.clauses[2].documents = {Document(100, "published")};  // on 7.1, evidence for 7.1.2 and 7.1.3
  in.evidence.mandatory = {{1, 3, "7.1.2", "retain", "", "", "missing"}, {2, 6, "8.3", "maintain", "", "", "in_draft"}};
  in.assessments = {Assessed(3, Assessment::kVerified, "2026-11-01T00:00:00.000Z"),
                    Assessed(4, Assessment::kVerified, "2026-11-01T00:00:00.000Z")};
  Report r = BuildReport(in);
  EXPECT_EQ(r.clauses[0].score.gaps, std::vector<Gap>{Gap::kMandatoryMissing});
  EXPECT_TRUE(r.clauses[1].mandatory.empty());
  EXPECT_TRUE(r.clauses[1].score.gaps.empty());
  EXPECT_EQ(r.clauses[1].score.points, 100);
  size_t shown = 0;
  for (const auto& row : r.clauses) shown += row.mandatory.size();
  EXPECT_EQ(shown, in.evidence.mandatory.size());
}

TEST(ReadinessReport, NonconformitiesCountThroughEqualClausesOnce) {
  ReportInputs in;
  in.clauses = Tree();
  in.evidence.clauses[6].records = {{200, "audit_report", "Biên bản", "", false}};
  in.assessments = {Assessed(6, Assessment::kVerified, "2026-11-01T00:00:00.000Z")};
  // ISO 9001 8.3 (id 60) equals ISO 21001 8.3 (id 6); one nonconformity is raised on both.
  in.equal = {{6, {60}}, {60, {6}}};
  in.nonconformities = {{6, 500, "Thiết kế chương trình", "minor", "2026-12-01"},
                        {60, 500, "Thiết kế chương trình", "minor", "2026-12-01"},
                        {60, 501, "Hồ sơ thiết kế", "major", "2026-12-15"},
                        {99, 502, "Điều khác", "major", "2026-12-15"}};
  Report r = BuildReport(in);
  const ClauseRow& design = r.clauses[2];
  ASSERT_EQ(design.nonconformities.size(), 2u);
  EXPECT_EQ(design.facts.open_minor, 1);
  EXPECT_EQ(design.facts.open_major, 1);
  EXPECT_EQ(design.score.points, 40);
  auto gaps = GapsJson(r);
  ASSERT_EQ(gaps.size(), 3u);
  EXPECT_EQ(gaps[2].at("number").as_string(), "8.3");
  EXPECT_EQ(gaps[2].at("gaps").as_array(), (json::array{"open_major_nonconformity", "open_minor_nonconformity"}));
}

TEST(ReadinessReport, AnAssessmentOfAnEqualClauseIsSharedAndTheLatestCounts) {
  ReportInputs in;
  in.clauses = Tree();
  in.evidence.clauses[3].processes = {{300, "P-01", "Tuyển dụng", "", false}};
  in.equal = {{3, {30}}, {30, {3}}};
  // Made on ISO 9001 7.1.2 (id 30) only: shown for ISO 21001 7.1.2.
  in.assessments = {Assessed(30, Assessment::kImplemented, "2026-10-01T00:00:00.000Z")};
  Report shared = BuildReport(in);
  ASSERT_TRUE(shared.clauses[0].assessment);
  EXPECT_TRUE(shared.clauses[0].assessment_via_correspondence);
  EXPECT_EQ(shared.clauses[0].score.points, 80);
  // One made later on 7.1.2 itself wins.
  in.assessments.push_back(Assessed(3, Assessment::kVerified, "2026-11-01T00:00:00.000Z"));
  Report later = BuildReport(in);
  EXPECT_FALSE(later.clauses[0].assessment_via_correspondence);
  EXPECT_EQ(later.clauses[0].score.points, 100);
  auto report = ToJson(later);
  EXPECT_EQ(report.at("clauses").as_array()[0].at("status").as_string(), "verified");
  EXPECT_EQ(report.at("clauses").as_array()[0].at("assessment").at("clause_id").as_int64(), 3);
  EXPECT_EQ(report.at("groups").as_array()[0].at("ready").as_int64(), 1);
}

TEST(ReadinessReport, ReadsTheClauseEvidenceReport) {
  json::object report{
      {"clauses",
       json::array{{{"clause_id", 3},
                    {"documents", json::array{{{"id", 1}, {"code", "QT-01"}, {"title", "Tuyển dụng"},
                                               {"status", "published"}, {"via_correspondence", true}}}},
                    {"records", json::array{{{"id", 2}, {"title", "Hồ sơ"}, {"category", "training"}}}},
                    {"processes", json::array{{{"id", 3}, {"code", "P1"}, {"name", "Nhân sự"}}}}}}},
      {"mandatory", json::array{{{"id", 4}, {"clause_id", 3}, {"clause_number", "7.1.2"}, {"type", "retain"},
                                 {"title_en", "Recruitment"}, {"title_vi", "Tuyển dụng"}, {"state", "present"}}}}};
  Evidence e = ReadEvidence(report);
  ASSERT_EQ(e.clauses.at(3).documents.size(), 1u);
  EXPECT_TRUE(e.clauses.at(3).documents[0].via_correspondence);
  EXPECT_EQ(e.clauses.at(3).records[0].code, "training");
  EXPECT_EQ(e.clauses.at(3).processes[0].title, "Nhân sự");
  EXPECT_EQ(e.mandatory[0].state, "present");
  EXPECT_THROW(ReadEvidence(json::object{{"clauses", 1}}), std::invalid_argument);
}

}  // namespace
}  // namespace eduims::readiness
