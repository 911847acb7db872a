#include "certification/due_dates.h"

#include <algorithm>

namespace eduims::certification {

using namespace std::chrono;

namespace {

// The last day of the calendar year after the one `date` falls in.
Date EndOfNextYear(Date date) { return Date{date.year() + years{1}, December, day{31}}; }

Cycle Build(Date start, Date expiry, const CycleRules& rules, const std::vector<Date>& held) {
  Cycle cycle{start, start, expiry, {}};
  Date recertification_opens = AddMonths(AddDays(expiry, 1), -rules.recertification_window_months);
  // The audit before the next window: the decision's, then each surveillance as held or else on its nominal date.
  Date previous = start;
  int surveillances = rules.validity_years - 1;
  for (int n = 1; n <= surveillances; ++n) {
    Date anniversary = AddMonths(start, 12 * n);
    Date latest = n == 1 ? AddMonths(start, 12)
                         : std::min(AddMonths(previous, rules.surveillance_interval_months), EndOfNextYear(previous));
    // Never at or after the recertification window.
    latest = std::min(latest, AddDays(recertification_opens, -1));
    Date nominal = std::min(anniversary, latest);
    // A surveillance held so late (justified) that nothing is left before the next deadline: a one-day window.
    Date earliest = std::min(
        std::max(AddMonths(nominal, -rules.surveillance_months_before), AddDays(previous, 1)), latest);
    nominal = std::max(nominal, earliest);
    cycle.windows.push_back({Milestone::kSurveillance, n, earliest, latest, nominal, int(previous.year()) + 1});
    previous = size_t(n) <= held.size() ? held[size_t(n) - 1] : nominal;
  }
  Date audit_latest = std::min(AddDays(expiry, -rules.decision_lead_days), EndOfNextYear(previous));
  cycle.windows.push_back({Milestone::kRecertificationAudit, 0, recertification_opens, audit_latest, audit_latest,
                           int(previous.year()) + 1});
  cycle.windows.push_back({Milestone::kRecertificationDecision, 0, AddDays(audit_latest, 1), expiry, expiry});
  return cycle;
}

}  // namespace

Cycle ComputeCycle(Date decision, const CycleRules& rules) {
  Date expiry = AddDays(AddMonths(decision, 12 * rules.validity_years), -1);
  return Build(decision, expiry, rules, {});
}

Cycle NextCycle(const Cycle& previous, Date decided_on, const CycleRules& rules) {
  if (sys_days{decided_on} <= sys_days{previous.expiry}) {
    // The new cycle continues from the old expiry: its anniversaries stay on the original calendar.
    Date start = AddDays(previous.expiry, 1);
    Date expiry = AddDays(AddMonths(start, 12 * rules.validity_years), -1);
    Cycle next = Build(start, expiry, rules, {});
    next.decision = decided_on;
    return next;
  }
  return ComputeCycle(decided_on, rules);
}

Cycle Anchored(const Cycle& cycle, const std::vector<Date>& held, const CycleRules& rules) {
  Cycle out = Build(cycle.start, cycle.expiry, rules, held);
  out.decision = cycle.decision;
  return out;
}

Status Evaluate(const DueWindow& window, Date today, std::optional<Date> completed_on, const CycleRules& rules) {
  Status status{Standing::kOpen, DaysBetween(today, window.latest), 0};
  if (completed_on) {
    bool inside = sys_days{*completed_on} >= sys_days{window.earliest} &&
                  sys_days{*completed_on} <= sys_days{window.latest};
    status.standing = inside ? Standing::kDone : Standing::kDoneOutsideWindow;
    return status;
  }
  if (status.days_left < 0) {
    status.standing = Standing::kLate;
    return status;
  }
  for (int threshold : rules.alert_days)
    if (status.days_left <= threshold && (status.alert_threshold == 0 || threshold < status.alert_threshold))
      status.alert_threshold = threshold;
  if (sys_days{today} < sys_days{window.earliest}) {
    status.standing = Standing::kNotYetOpen;
  } else if (status.alert_threshold != 0) {
    status.standing = Standing::kDueSoon;
  }
  return status;
}

std::optional<DueWindow> ProposeTransition(const Cycle& cycle, Date deadline, Date today) {
  if (sys_days{deadline} < sys_days{today}) return std::nullopt;
  for (const DueWindow& w : cycle.windows) {
    if (w.milestone == Milestone::kRecertificationDecision) continue;
    if (sys_days{w.latest} < sys_days{today}) continue;  // already past
    if (sys_days{w.earliest} > sys_days{deadline}) break;  // opens only after the deadline
    DueWindow carried = w;
    carried.latest = std::min(w.latest, deadline);
    carried.earliest = std::max(w.earliest, today);
    carried.nominal = std::clamp(w.nominal, carried.earliest, carried.latest);
    return carried;
  }
  return DueWindow{Milestone::kTransitionAudit, 0, today, deadline, deadline};
}

std::string MilestoneName(Milestone m) {
  switch (m) {
    case Milestone::kSurveillance: return "surveillance";
    case Milestone::kRecertificationAudit: return "recertification_audit";
    case Milestone::kRecertificationDecision: return "recertification_decision";
    case Milestone::kTransitionAudit: return "transition_audit";
  }
  return "surveillance";
}

std::string StandingName(Standing s) {
  switch (s) {
    case Standing::kNotYetOpen: return "not_yet_open";
    case Standing::kOpen: return "open";
    case Standing::kDueSoon: return "due_soon";
    case Standing::kLate: return "late";
    case Standing::kDone: return "done";
    case Standing::kDoneOutsideWindow: return "done_outside_window";
  }
  return "open";
}

}  // namespace eduims::certification
