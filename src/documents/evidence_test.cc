#include "documents/evidence.h"

#include <gtest/gtest.h>

namespace eduims::documents {
namespace {

Document Doc(db::Id id, std::string status, std::optional<std::string> review = std::nullopt) {
  Document d;
  d.id = id;
  d.code = "QT-" + std::to_string(id);
  d.title = "Tài liệu " + std::to_string(id);
  d.status = std::move(status);
  d.next_review_on = std::move(review);
  return d;
}

standards::Clause Clause(db::Id id, db::Id standard, std::string number) {
  standards::Clause c;
  c.id = id;
  c.standard_id = standard;
  c.number = std::move(number);
  c.kind = "clause";
  return c;
}

TEST(Evidence, StatesFollowPublicationAndReviewDates) {
  const std::string today = "2026-11-23";
  Document fresh = Doc(1, "published", "2027-01-01"), stale = Doc(2, "published", "2026-01-01"), draft = Doc(3, "draft"),
           withdrawn = Doc(4, "obsolete");
  EXPECT_EQ(StateOf({&fresh, &stale}, today), EvidenceState::kPresent);
  EXPECT_EQ(StateOf({&stale, &draft}, today), EvidenceState::kOutOfDate);
  EXPECT_EQ(StateOf({&draft}, today), EvidenceState::kInDraft);
  EXPECT_EQ(StateOf({&withdrawn}, today), EvidenceState::kMissing);
  EXPECT_EQ(StateOf({}, today), EvidenceState::kMissing);
}

TEST(Evidence, EqualCorrespondenceCarriesEvidenceAcrossStandards) {
  // ISO 21001 (standard 2) clause 7.5.1 equals ISO 9001 (standard 1) clause 7.5.1; a 9001-linked procedure counts.
  auto c21 = Clause(20, 2, "7.5.1"), c21_other = Clause(21, 2, "7.1.6.2"), c9 = Clause(10, 1, "7.5.1");
  standards::Correspondence eq;
  eq.from = c21;
  eq.to = c9;
  eq.relation = "equal";
  standards::MandatoryItem item;
  item.id = 1;
  item.clause_id = 20;
  item.type = "maintain";
  standards::MandatoryItem gap = item;
  gap.id = 2;
  gap.clause_id = 21;
  std::vector<LinkedDocument> links = {{10, Doc(7, "published", "2027-06-01")}};
  auto report = BuildEvidence(2, {c21, c21_other}, {item, gap}, {eq}, {links, {}, {}}, "2026-11-23");
  EXPECT_EQ(report.present, 1);
  EXPECT_EQ(report.missing, 1);
  const auto& clauses = report.json.at("clauses").as_array();
  EXPECT_EQ(clauses[0].at("state").as_string(), "present");
  EXPECT_TRUE(clauses[0].at("documents").as_array()[0].at("via_correspondence").as_bool());
  EXPECT_EQ(clauses[1].at("state").as_string(), "missing");
  // An "intersect" correspondence is not enough.
  eq.relation = "intersect";
  EXPECT_EQ(BuildEvidence(2, {c21}, {item}, {eq}, {links, {}, {}}, "2026-11-23").missing, 1);
}

TEST(Evidence, ProcessesShowOnTheirClausesAndOnEqualOnes) {
  auto c21 = Clause(20, 2, "4.4"), c21_other = Clause(21, 2, "8.1"), c9 = Clause(10, 1, "4.4");
  standards::Correspondence eq;
  eq.from = c21;
  eq.to = c9;
  eq.relation = "equal";
  processes::Process teaching, admission;
  teaching.id = 5;
  teaching.code = "QT-DH";
  teaching.name = "Dạy và học";
  admission.id = 6;
  admission.code = "QT-TS";
  admission.name = "Tuyển sinh";
  std::vector<LinkedProcess> linked = {{10, teaching}, {20, admission}, {21, teaching}};
  auto report = BuildEvidence(2, {c21, c21_other}, {}, {eq}, {{}, linked, {}}, "2026-11-23");
  const auto& clauses = report.json.at("clauses").as_array();
  const auto& on_44 = clauses[0].at("processes").as_array();
  ASSERT_EQ(on_44.size(), 2u);
  EXPECT_EQ(on_44[0].at("code").as_string(), "QT-TS");
  EXPECT_FALSE(on_44[0].at("via_correspondence").as_bool());
  EXPECT_EQ(on_44[1].at("code").as_string(), "QT-DH");
  EXPECT_TRUE(on_44[1].at("via_correspondence").as_bool());
  ASSERT_EQ(clauses[1].at("processes").as_array().size(), 1u);
  EXPECT_FALSE(clauses[1].at("processes").as_array()[0].at("via_correspondence").as_bool());
  // Processes are not documented information: the clause stays missing.
  EXPECT_EQ(clauses[0].at("state").as_string(), "missing");
}

// ISO 21001's process information is stated in 4.4.2: a procedure linked to the heading 4.4 counts for it, one
// linked to the top-level clause 4 does not (as readiness counts evidence).
TEST(Evidence, WhatIsLinkedToAHeadingCountsForTheMandatoryItemOfItsSubClause) {
  auto top = Clause(29, 2, "4"), heading = Clause(30, 2, "4.4"), stated = Clause(31, 2, "4.4.2");
  heading.parent_id = 29;
  stated.parent_id = 30;
  standards::MandatoryItem item;
  item.id = 1;
  item.clause_id = 31;
  item.type = "maintain";
  std::vector<LinkedDocument> on_heading = {{30, Doc(7, "published", "2027-06-01")}};
  EXPECT_EQ(BuildEvidence(2, {top, heading, stated}, {item}, {}, {on_heading, {}, {}}, "2026-11-23").present, 1);
  std::vector<LinkedDocument> on_top = {{29, Doc(8, "published", "2027-06-01")}};
  EXPECT_EQ(BuildEvidence(2, {top, heading, stated}, {item}, {}, {on_top, {}, {}}, "2026-11-23").missing, 1);
}

TEST(Evidence, AKeptRecordMakesAnItemToRetainPresent) {
  auto c9 = Clause(10, 1, "9.2.2");
  standards::MandatoryItem retain;
  retain.id = 1;
  retain.clause_id = 10;
  retain.type = "retain";
  standards::MandatoryItem maintain = retain;
  maintain.id = 2;
  maintain.type = "maintain";
  records::Record report;
  report.id = 4;
  report.title = "Báo cáo đánh giá nội bộ năm học 2025-2026";
  report.category = "audit_report";
  std::vector<LinkedRecord> kept = {{10, report}};
  auto evidence = BuildEvidence(1, {c9}, {retain, maintain}, {}, {{}, {}, kept}, "2026-11-23");
  EXPECT_EQ(evidence.present, 1);  // the record is evidence retained...
  EXPECT_EQ(evidence.missing, 1);  // ...but not a document maintained
  const auto& mandatory = evidence.json.at("mandatory").as_array();
  EXPECT_EQ(mandatory[0].at("state").as_string(), "present");
  EXPECT_EQ(mandatory[0].at("record_ids").as_array().at(0).as_int64(), 4);
  EXPECT_EQ(evidence.json.at("clauses").as_array()[0].at("records").as_array().size(), 1u);
}

}  // namespace
}  // namespace eduims::documents
