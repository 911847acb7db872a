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
  auto report = BuildEvidence(2, {c21, c21_other}, {item, gap}, {eq}, links, "2026-11-23");
  EXPECT_EQ(report.present, 1);
  EXPECT_EQ(report.missing, 1);
  const auto& clauses = report.json.at("clauses").as_array();
  EXPECT_EQ(clauses[0].at("state").as_string(), "present");
  EXPECT_TRUE(clauses[0].at("documents").as_array()[0].at("via_correspondence").as_bool());
  EXPECT_EQ(clauses[1].at("state").as_string(), "missing");
  // An "intersect" correspondence is not enough.
  eq.relation = "intersect";
  EXPECT_EQ(BuildEvidence(2, {c21}, {item}, {eq}, links, "2026-11-23").missing, 1);
}

}  // namespace
}  // namespace eduims::documents
