#include "certification/due.h"

#include <gtest/gtest.h>

#include "platform/clock.h"

namespace eduims::certification {
namespace {

Date D(const char* text) { return *ParseDate(text); }

AuditFact Done(db::Id id, const char* type, const char* start, const char* end) {
  return {id, type, AuditStatus::kCompleted, D(start), D(end)};
}

const DueItem& Find(const std::vector<DueItem>& items, const std::string& milestone, int sequence = 0) {
  for (const DueItem& item : items)
    if (item.milestone == milestone && item.sequence == sequence) return item;
  static DueItem none;
  ADD_FAILURE() << "no " << milestone << " " << sequence;
  return none;
}

TEST(CertificateDue, CompletedAuditsCountAsDoneAndTheRestStandsByItsWindow) {
  Cycle cycle = ComputeCycle(D("2026-03-15"));
  std::vector<AuditFact> audits = {Done(1, "stage2", "2026-02-01", "2026-02-03"),
                                   Done(2, "surveillance", "2027-03-01", "2027-03-02"),
                                   {3, "surveillance", AuditStatus::kPlanned, D("2028-03-01"), D("2028-03-02")}};
  auto items = DueItems(cycle, audits, {}, {}, D("2028-01-20"));
  ASSERT_EQ(items.size(), 5u);  // two surveillances, recertification audit and decision, expiry
  const DueItem& first = Find(items, "surveillance", 1);
  EXPECT_EQ(first.status.standing, Standing::kDone);
  EXPECT_EQ(FormatDate(*first.completed_on), "2027-03-02");
  // The planned second one is not done yet. Its window ends 12 months after the first as held (2027-03-02), not
  // at its anniversary (2028-03-15): 2028-03-02 is 42 days away, so it is due soon.
  const DueItem& second = Find(items, "surveillance", 2);
  EXPECT_EQ(FormatDate(second.window.latest), "2028-03-02");
  EXPECT_EQ(second.status.standing, Standing::kDueSoon);
  EXPECT_EQ(second.status.alert_threshold, 60);
  EXPECT_FALSE(second.completed_on);
  EXPECT_EQ(Find(items, "recertification_audit").status.standing, Standing::kNotYetOpen);
  const DueItem& expiry = Find(items, "expiry");
  EXPECT_EQ(FormatDate(expiry.window.latest), "2029-03-14");
  EXPECT_EQ(expiry.status.standing, Standing::kOpen);

  EXPECT_FALSE(DueWithin(first, 90));
  EXPECT_FALSE(DueWithin(second, 30));
  EXPECT_TRUE(DueWithin(second, 42));
  // The day after its window's end it is late.
  auto late = DueItems(cycle, audits, {}, {}, D("2028-03-03"));
  EXPECT_EQ(Find(late, "surveillance", 2).status.standing, Standing::kLate);
  EXPECT_TRUE(DueWithin(Find(late, "surveillance", 2), 0));
}

TEST(CertificateDue, AnAuditOutsideItsWindowShowsItsJustification) {
  Cycle cycle = ComputeCycle(D("2026-03-15"));
  std::vector<AuditFact> audits = {Done(7, "surveillance", "2027-04-01", "2027-04-02")};
  auto items = DueItems(cycle, audits, {{7, "Trường nghỉ học do lũ quét"}}, {}, D("2027-05-01"));
  const DueItem& first = Find(items, "surveillance", 1);
  EXPECT_EQ(first.status.standing, Standing::kDoneOutsideWindow);
  EXPECT_EQ(*first.justification, "Trường nghỉ học do lũ quét");
  EXPECT_FALSE(DueWithin(first, 90));
}

TEST(CertificateDue, AnExpiredCertificateIsLate) {
  auto items = DueItems(ComputeCycle(D("2020-12-31")), {}, {}, {}, D("2024-01-01"));
  const DueItem& expiry = Find(items, "expiry");
  EXPECT_EQ(FormatDate(expiry.window.latest), "2023-12-30");
  EXPECT_EQ(expiry.status.standing, Standing::kLate);
  EXPECT_EQ(expiry.status.days_left, -2);
}

TEST(CertificateDue, ANewerEditionWithADeadlineProposesATransitionAudit) {
  Cycle cycle = ComputeCycle(D("2026-03-15"));
  std::vector<NewerEdition> newer = {{"iso-9001", "2026", D("2029-09-30")}};
  // The first audit of the cycle still open carries the transition.
  auto items = DueItems(cycle, {}, {}, newer, D("2027-01-10"));
  const DueItem& transition = Find(items, "transition_audit", 1);
  EXPECT_EQ(*transition.standard, "iso-9001:2026");
  EXPECT_EQ(*transition.carried_by, "surveillance");
  EXPECT_EQ(FormatDate(transition.window.earliest), "2027-01-10");
  EXPECT_EQ(FormatDate(transition.window.latest), "2027-03-15");

  // A deadline too close for any audit of the cycle: a special transition audit ending on the deadline.
  auto special = DueItems(cycle, {}, {}, {{"iso-9001", "2026", D("2026-10-01")}}, D("2026-06-01"));
  const DueItem& own = Find(special, "transition_audit");
  EXPECT_FALSE(own.carried_by);
  EXPECT_EQ(FormatDate(own.window.latest), "2026-10-01");

  // Past the deadline and not done: late.
  auto missed = DueItems(cycle, {}, {}, {{"iso-9001", "2026", D("2026-10-01")}}, D("2026-10-02"));
  EXPECT_EQ(Find(missed, "transition_audit").status.standing, Standing::kLate);

  // A completed transition audit of the cycle does it.
  auto done = DueItems(cycle, {Done(9, "transition", "2026-09-01", "2026-09-02")}, {},
                       {{"iso-9001", "2026", D("2026-10-01")}}, D("2026-10-02"));
  EXPECT_EQ(Find(done, "transition_audit").status.standing, Standing::kDone);
}

TEST(CertificateDue, OnlyCataloguedNewerEditionsWithADeadlineCount) {
  std::vector<StandardRef> covered = {{1, "iso-21001", "2018"}, {2, "iso-9001", "2015"}};
  std::vector<standards::Standard> catalogue(4);
  catalogue[0].code = "iso-21001";
  catalogue[0].edition = "2018";
  catalogue[1].code = "iso-21001";
  catalogue[1].edition = "2025";  // no deadline set: nothing proposed
  catalogue[2].code = "iso-9001";
  catalogue[2].edition = "2026";
  catalogue[2].transition_deadline = "2029-09-30";
  catalogue[3].code = "iso-14001";
  catalogue[3].edition = "2026";
  catalogue[3].transition_deadline = "2029-01-31";
  auto newer = NewerEditions(covered, catalogue);
  ASSERT_EQ(newer.size(), 1u);
  EXPECT_EQ(newer[0].code, "iso-9001");
  EXPECT_EQ(newer[0].edition, "2026");
  EXPECT_EQ(FormatDate(newer[0].deadline), "2029-09-30");
  covered[1].edition = "2026";
  EXPECT_TRUE(NewerEditions(covered, catalogue).empty());
}

TEST(CertificateDue, ItemsReadAsJson) {
  auto items = DueItems(ComputeCycle(D("2026-03-15")), {}, {}, {}, D("2027-01-10"));
  auto json = ToJson(Find(items, "surveillance", 1));
  EXPECT_EQ(json.at("milestone").as_string(), "surveillance");
  EXPECT_EQ(json.at("latest").as_string(), "2027-03-15");
  EXPECT_EQ(json.at("standing").as_string(), "due_soon");
  EXPECT_EQ(json.at("alert_threshold").as_int64(), 90);
  EXPECT_TRUE(json.at("completed_on").is_null());
}

}  // namespace
}  // namespace eduims::certification
