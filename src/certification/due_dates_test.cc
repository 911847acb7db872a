#include "certification/due_dates.h"

#include <gtest/gtest.h>

#include <set>

#include "platform/clock.h"

namespace eduims::certification {
namespace {

using namespace std::chrono;

Date D(const char* text) { return *ParseDate(text); }
std::string S(Date d) { return FormatDate(d); }

const DueWindow& Find(const Cycle& c, Milestone m, int sequence = 0) {
  for (const auto& w : c.windows)
    if (w.milestone == m && w.sequence == sequence) return w;
  throw std::runtime_error("no such window");
}

TEST(DueDates, ATypicalCycle) {
  Cycle c = ComputeCycle(D("2026-03-15"));
  EXPECT_EQ(S(c.expiry), "2029-03-14");
  ASSERT_EQ(c.windows.size(), 4u);
  const auto& s1 = Find(c, Milestone::kSurveillance, 1);
  EXPECT_EQ(S(s1.earliest), "2026-12-15");
  EXPECT_EQ(S(s1.latest), "2027-03-15");  // no more than 12 months after the decision
  const auto& s2 = Find(c, Milestone::kSurveillance, 2);
  EXPECT_EQ(S(s2.earliest), "2027-12-15");
  // No more than 12 months after the first, planned on its anniversary.
  EXPECT_EQ(S(s2.latest), "2028-03-15");
  EXPECT_EQ(S(s2.nominal), "2028-03-15");
  EXPECT_EQ(s2.cover_year, 2028);
  const auto& audit = Find(c, Milestone::kRecertificationAudit);
  EXPECT_EQ(S(audit.earliest), "2028-09-15");
  EXPECT_EQ(S(audit.latest), "2029-02-12");
  const auto& decision = Find(c, Milestone::kRecertificationDecision);
  EXPECT_EQ(S(decision.earliest), "2029-02-13");
  EXPECT_EQ(S(decision.latest), "2029-03-14");
}

TEST(DueDates, DecidedOnThirtyFirstDecember) {
  Cycle c = ComputeCycle(D("2026-12-31"));
  EXPECT_EQ(S(c.expiry), "2029-12-30");
  EXPECT_EQ(S(Find(c, Milestone::kSurveillance, 1).latest), "2027-12-31");
  EXPECT_EQ(S(Find(c, Milestone::kSurveillance, 1).earliest), "2027-09-30");
  EXPECT_EQ(S(Find(c, Milestone::kSurveillance, 2).nominal), "2028-12-31");
  EXPECT_EQ(S(Find(c, Milestone::kSurveillance, 2).latest), "2028-12-31");
  EXPECT_EQ(S(Find(c, Milestone::kRecertificationAudit).earliest), "2029-06-30");
  EXPECT_EQ(S(Find(c, Milestone::kRecertificationAudit).latest), "2029-11-30");
}

TEST(DueDates, DecidedOnALeapDay) {
  Cycle c = ComputeCycle(D("2024-02-29"));
  // The anniversary of 29 February is 28 February; validity never exceeds three years.
  EXPECT_EQ(S(c.expiry), "2027-02-27");
  EXPECT_EQ(S(Find(c, Milestone::kSurveillance, 1).latest), "2025-02-28");
  EXPECT_EQ(S(Find(c, Milestone::kSurveillance, 2).nominal), "2026-02-28");
  Cycle d = ComputeCycle(D("2023-03-01"));
  EXPECT_EQ(S(d.expiry), "2026-02-28");
  EXPECT_EQ(S(Find(d, Milestone::kSurveillance, 1).latest), "2024-03-01");
}

// Every decision date from 2024 to 2031: the rules hold on each.
TEST(DueDates, InvariantsHoldForEveryDecisionDate) {
  for (sys_days day = sys_days{D("2024-01-01")}; day <= sys_days{D("2031-12-31")}; day += days{1}) {
    Date decision{day};
    Cycle c = ComputeCycle(decision);
    SCOPED_TRACE(S(decision));
    // Valid for three years at most, and at least three years less a few days of clamping.
    long validity = DaysBetween(decision, c.expiry);
    ASSERT_GE(validity, 3 * 365 - 3);
    ASSERT_LE(validity, 3 * 366);
    const auto& s1 = Find(c, Milestone::kSurveillance, 1);
    ASSERT_GT(sys_days{s1.earliest}, day);
    ASSERT_LE(sys_days{s1.latest}, sys_days{AddMonths(decision, 12)});
    std::set<int> audit_years;
    Date previous_latest = decision;
    for (const auto& w : c.windows) {
      ASSERT_LE(sys_days{w.earliest}, sys_days{w.latest}) << MilestoneName(w.milestone) << w.sequence;
      ASSERT_TRUE(sys_days{w.earliest} <= sys_days{w.nominal} && sys_days{w.nominal} <= sys_days{w.latest});
      ASSERT_GT(sys_days{w.earliest}, sys_days{previous_latest}) << "windows overlap";
      ASSERT_LE(sys_days{w.latest}, sys_days{c.expiry});
      previous_latest = w.latest;
      if (w.milestone != Milestone::kRecertificationDecision) audit_years.insert(int(w.nominal.year()));
    }
    // Planned on nominal dates, every calendar year after the decision year up to expiry has an audit.
    for (int y = int(decision.year()) + 1; y < int(c.expiry.year()); ++y) ASSERT_TRUE(audit_years.count(y)) << y;
    ASSERT_GE(DaysBetween(Find(c, Milestone::kRecertificationAudit).latest, c.expiry), 30);
  }
}

// ISO/IEC 17021-1 9.6.2.2 on every decision date from 2024 to 2031 (leap years and every year end included), for
// every plan that holds each audit on the first or the last day of its window as the windows before it leave it:
// the first surveillance within 12 months of the decision, at most 12 months between surveillances, and a
// surveillance in every calendar year between the decision's and the recertification audit's.
TEST(DueDates, EveryPlanInsideTheWindowsAuditsEachCalendarYear) {
  for (sys_days day = sys_days{D("2024-01-01")}; day <= sys_days{D("2031-12-31")}; day += days{1}) {
    Date decision{day};
    Cycle cycle = ComputeCycle(decision);
    for (int first_at = 0; first_at < 2; ++first_at) {
      const auto& w1 = Find(cycle, Milestone::kSurveillance, 1);
      Date s1 = first_at ? w1.latest : w1.earliest;
      Cycle after_first = Anchored(cycle, {s1});
      for (int second_at = 0; second_at < 2; ++second_at) {
        const auto& w2 = Find(after_first, Milestone::kSurveillance, 2);
        Date s2 = second_at ? w2.latest : w2.earliest;
        Cycle after_second = Anchored(cycle, {s1, s2});
        for (int recertified_at = 0; recertified_at < 2; ++recertified_at) {
          const auto& wr = Find(after_second, Milestone::kRecertificationAudit);
          Date r = recertified_at ? wr.latest : wr.earliest;
          SCOPED_TRACE(S(decision) + " " + S(s1) + " " + S(s2) + " " + S(r));
          for (const Cycle* c : {&cycle, &after_first, &after_second})
            for (const auto& w : c->windows) ASSERT_LE(sys_days{w.earliest}, sys_days{w.latest});
          ASSERT_GT(sys_days{s1}, day);
          ASSERT_LE(sys_days{s1}, sys_days{AddMonths(decision, 12)});
          ASSERT_GT(sys_days{s2}, sys_days{s1});
          ASSERT_LE(sys_days{s2}, sys_days{AddMonths(s1, 12)});
          ASSERT_GT(sys_days{r}, sys_days{s2});
          ASSERT_LE(DaysBetween(r, cycle.expiry), 6 * 31);
          ASSERT_GE(DaysBetween(r, cycle.expiry), 30);
          for (int y = int(decision.year()) + 1; y < int(r.year()); ++y)
            ASSERT_TRUE(int(s1.year()) == y || int(s2.year()) == y) << y << " has no audit";
        }
      }
    }
  }
}

// The demo certificate: decided on 6 November 2024, first surveillance on 7 October 2025. The second must fall in
// 2026, within 12 months of the first; January 2027 (three months after the anniversary, as the old windows
// allowed) left 2026 without an audit.
TEST(DueDates, TheSecondSurveillanceFollowsTheFirstAsHeld) {
  Cycle cycle = ComputeCycle(D("2024-11-06"));
  // Before the first is held, the second is due by its anniversary.
  EXPECT_EQ(S(Find(cycle, Milestone::kSurveillance, 2).latest), "2026-11-06");
  Cycle held = Anchored(cycle, {D("2025-10-07")});
  const auto& second = Find(held, Milestone::kSurveillance, 2);
  EXPECT_EQ(S(second.earliest), "2026-07-07");
  EXPECT_EQ(S(second.latest), "2026-10-07");
  EXPECT_EQ(S(second.nominal), "2026-10-07");
  EXPECT_EQ(second.cover_year, 2026);
  // The first window is its own, whatever was held.
  EXPECT_EQ(S(Find(held, Milestone::kSurveillance, 1).latest), S(Find(cycle, Milestone::kSurveillance, 1).latest));
  EXPECT_EQ(held.decision, cycle.decision);
  EXPECT_EQ(held.expiry, cycle.expiry);
}

// A cycle decided on 15 February 2026 with surveillances in December 2026 and December 2027: the recertification
// audit must fall in 2028 (expiry is 14 February 2029, so its window runs into January 2029).
TEST(DueDates, TheRecertificationAuditCoversTheYearAfterTheLastSurveillance) {
  Cycle cycle = ComputeCycle(D("2026-02-15"));
  EXPECT_EQ(S(Find(cycle, Milestone::kRecertificationAudit).latest), "2029-01-15");
  Cycle held = Anchored(cycle, {D("2026-12-10"), D("2027-12-10")});
  const auto& audit = Find(held, Milestone::kRecertificationAudit);
  EXPECT_EQ(S(audit.earliest), "2028-08-15");
  EXPECT_EQ(S(audit.latest), "2028-12-31");
  EXPECT_EQ(audit.cover_year, 2028);
  EXPECT_EQ(S(Find(held, Milestone::kRecertificationDecision).earliest), "2029-01-01");
  // With the second surveillance in 2028, 2028 has its audit and the recertification audit may fall in 2029.
  EXPECT_EQ(S(Find(Anchored(cycle, {D("2027-02-10"), D("2028-02-10")}), Milestone::kRecertificationAudit).latest),
            "2029-01-15");
}

TEST(DueDates, WindowsAcrossYearEndsAndLeapDays) {
  // Held on 31 December, the next surveillance is due by the next 31 December; held on 1 January, by the next 1 January.
  Cycle c = ComputeCycle(D("2026-03-15"));
  EXPECT_EQ(S(Find(Anchored(c, {D("2026-12-31")}), Milestone::kSurveillance, 2).latest), "2027-12-31");
  EXPECT_EQ(S(Find(Anchored(c, {D("2027-01-01")}), Milestone::kSurveillance, 2).latest), "2028-01-01");
  // Held on a leap day: twelve months later is 28 February.
  Cycle leap = ComputeCycle(D("2027-03-10"));
  EXPECT_EQ(S(Find(leap, Milestone::kSurveillance, 1).latest), "2028-03-10");
  EXPECT_EQ(S(Find(Anchored(leap, {D("2028-02-29")}), Milestone::kSurveillance, 2).latest), "2029-02-28");
  Cycle from_leap = ComputeCycle(D("2024-02-29"));
  EXPECT_EQ(S(Find(Anchored(from_leap, {D("2025-02-28")}), Milestone::kSurveillance, 2).latest), "2026-02-28");
  // An organisation allowing 15 months between surveillances still audits every calendar year.
  CycleRules relaxed;
  relaxed.surveillance_interval_months = 15;
  Cycle loose = ComputeCycle(D("2026-03-15"), relaxed);
  EXPECT_EQ(S(Find(Anchored(loose, {D("2026-12-20")}, relaxed), Milestone::kSurveillance, 2).latest), "2027-12-31");
  EXPECT_EQ(S(Find(Anchored(loose, {D("2027-03-01")}, relaxed), Milestone::kSurveillance, 2).latest), "2028-06-01");
  // A first surveillance held late (justified) leaves the second a window of one day, never an inverted one.
  const auto& squeezed = Find(Anchored(c, {D("2028-09-20")}), Milestone::kSurveillance, 2);
  EXPECT_EQ(S(squeezed.earliest), "2028-09-14");
  EXPECT_EQ(S(squeezed.latest), "2028-09-14");
  EXPECT_EQ(S(squeezed.nominal), "2028-09-14");
  // Held early, the second's window closes early too, its nominal date inside it.
  const auto& early = Find(Anchored(c, {D("2026-12-15")}), Milestone::kSurveillance, 2);
  EXPECT_EQ(S(early.earliest), "2027-09-15");
  EXPECT_EQ(S(early.latest), "2027-12-15");
  EXPECT_EQ(S(early.nominal), "2027-12-15");
}

TEST(DueDates, RecertifiedInTimeKeepsTheCalendar) {
  Cycle first = ComputeCycle(D("2026-03-15"));
  Cycle second = NextCycle(first, D("2029-02-20"));
  EXPECT_EQ(S(second.expiry), "2032-03-14");
  EXPECT_EQ(S(Find(second, Milestone::kSurveillance, 1).latest), "2030-03-15");
  Cycle lapsed = NextCycle(first, D("2029-05-02"));
  EXPECT_EQ(S(lapsed.expiry), "2032-05-01");
}

TEST(DueDates, StandingAndAlerts) {
  Cycle c = ComputeCycle(D("2026-03-15"));
  const auto& s1 = Find(c, Milestone::kSurveillance, 1);  // 2026-12-15 .. 2027-03-15
  EXPECT_EQ(Evaluate(s1, D("2026-06-01")).standing, Standing::kNotYetOpen);
  EXPECT_EQ(Evaluate(s1, D("2026-06-01")).alert_threshold, 0);
  auto ninety = Evaluate(s1, D("2026-12-15"));
  EXPECT_EQ(ninety.standing, Standing::kDueSoon);
  EXPECT_EQ(ninety.days_left, 90);
  EXPECT_EQ(ninety.alert_threshold, 90);
  EXPECT_EQ(Evaluate(s1, D("2027-02-13")).alert_threshold, 30);
  EXPECT_EQ(Evaluate(s1, D("2027-03-08")).alert_threshold, 7);
  EXPECT_EQ(Evaluate(s1, D("2027-03-15")).standing, Standing::kDueSoon);
  auto late = Evaluate(s1, D("2027-03-16"));
  EXPECT_EQ(late.standing, Standing::kLate);
  EXPECT_EQ(late.days_left, -1);
  EXPECT_EQ(Evaluate(s1, D("2027-04-01"), D("2027-01-20")).standing, Standing::kDone);
  EXPECT_EQ(Evaluate(s1, D("2027-04-01"), D("2027-03-20")).standing, Standing::kDoneOutsideWindow);
  EXPECT_EQ(Evaluate(s1, D("2027-04-01"), D("2026-11-01")).standing, Standing::kDoneOutsideWindow);
}

TEST(DueDates, TransitionRidesOnTheNextAuditBeforeTheDeadline) {
  Cycle c = ComputeCycle(D("2026-03-15"));
  // ISO 9001:2026 expected with a three-year transition, say to 2029-09-30: the first surveillance carries it.
  auto carried = ProposeTransition(c, D("2029-09-30"), D("2026-10-01"));
  ASSERT_TRUE(carried);
  EXPECT_EQ(carried->milestone, Milestone::kSurveillance);
  EXPECT_EQ(carried->sequence, 1);
  // A deadline before the next window opens: a special transition audit ending on the deadline.
  auto special = ProposeTransition(c, D("2026-11-30"), D("2026-10-01"));
  ASSERT_TRUE(special);
  EXPECT_EQ(special->milestone, Milestone::kTransitionAudit);
  EXPECT_EQ(S(special->latest), "2026-11-30");
  // A deadline inside a window: that audit, cut short at the deadline.
  auto cut = ProposeTransition(c, D("2027-01-31"), D("2026-12-20"));
  ASSERT_TRUE(cut);
  EXPECT_EQ(S(cut->latest), "2027-01-31");
  EXPECT_EQ(S(cut->earliest), "2026-12-20");
  EXPECT_FALSE(ProposeTransition(c, D("2026-01-01"), D("2026-10-01")));
}

}  // namespace
}  // namespace eduims::certification
