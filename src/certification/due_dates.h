// The certification cycle's calendar (ISO/IEC 17021-1): from a certification decision, when each surveillance audit,
// the recertification audit and decision, and expiry fall due, and how a milestone stands on a given day.
// Pure domain code: no I/O, no clock of its own (the caller passes "today").
//
// Rules encoded (public facts; see shared/design/STANDARDS.md):
// - the certificate is valid `validity_years` (3) from the decision: it expires the day before the anniversary;
// - the first surveillance is due no later than 12 months after the decision (ISO/IEC 17021-1 9.6.2.2; a hard
//   limit, no tolerance after);
// - at least one surveillance in each calendar year except the year of recertification (9.6.2.2): the decision
//   year has the audit the decision rests on, so each later audit must fall no later than the end of the calendar
//   year after the audit before it: a surveillance by 31 December of the year after the previous surveillance, and
//   the recertification audit by 31 December of the year after the last surveillance;
// - as the organisation's default (the seeds' "intervals not exceeding 12 months"), no more than
//   `surveillance_interval_months` between two consecutive surveillances;
// - a surveillance window opens `surveillance_months_before` its anniversary (or, when an earlier surveillance
//   pulls its end forward, before that end), never before the surveillance before it; its nominal date is its
//   anniversary or its end, whichever is first, so a plan on nominal dates audits once in every calendar year;
// - windows after a held surveillance follow from its real date (Anchored), so an audit held early or late moves
//   the windows after it;
// - the recertification audit falls in the months before expiry, early enough for the decision to be taken
//   before expiry; a recertification decided before expiry starts the next cycle at the old expiry.
// A date that does not exist in the target month (29 February, 31st) is clamped to the month's last day.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "platform/dates.h"

namespace eduims::certification {

using eduims::Date;

struct CycleRules {
  int validity_years = 3;
  int surveillance_months_before = 3;     // a surveillance window opens this long before its anniversary
  int surveillance_interval_months = 12;  // at most this long from one surveillance to the next
  int recertification_window_months = 6;  // the recertification audit window opens this long before expiry
  int decision_lead_days = 30;            // the audit must end this long before expiry, for the decision
  std::vector<int> alert_days = {90, 60, 30, 7};
};

enum class Milestone { kSurveillance, kRecertificationAudit, kRecertificationDecision, kTransitionAudit };

struct DueWindow {
  Milestone milestone;
  int sequence = 0;  // 1, 2, ... for surveillances; 0 otherwise
  Date earliest;
  Date latest;   // the last allowed day
  Date nominal;  // the date to plan for: the anniversary (or the end, if earlier) for surveillances, else the end
  // An audit ending after 31 December of this year leaves this calendar year without an audit (0 when no calendar
  // year depends on this window, as for the recertification decision).
  int cover_year = 0;
};

struct Cycle {
  Date decision;
  Date start;  // the day the anniversaries count from: the decision, or the old expiry's next day when continued
  Date expiry;
  std::vector<DueWindow> windows;  // in date order
};

// The calendar of the cycle that starts with a certification decision on `decision`.
Cycle ComputeCycle(Date decision, const CycleRules& rules = {});
// The next cycle after a recertification decided on `decided_on`: if decided before `previous.expiry`, the new
// expiry follows on from the old one; otherwise the new cycle counts from the decision.
Cycle NextCycle(const Cycle& previous, Date decided_on, const CycleRules& rules = {});
// `cycle` with its windows following from the surveillances held: `held` are the last days of the cycle's first,
// second ... surveillance audits held (or planned) so far, in order. The window of each surveillance after the first,
// and the recertification audit's, counts from the surveillance before it as held, or from its nominal date.
Cycle Anchored(const Cycle& cycle, const std::vector<Date>& held, const CycleRules& rules = {});

enum class Standing {
  kNotYetOpen,  // before the window
  kOpen,        // inside the window, no alert threshold reached
  kDueSoon,     // inside an alert threshold (days_left <= one of alert_days) and not done
  kLate,        // past the window and not done
  kDone,        // completed inside the window
  kDoneOutsideWindow,  // completed, but outside the window: needs a recorded justification
};

struct Status {
  Standing standing;
  long days_left = 0;      // days from today to `latest` (negative when late)
  int alert_threshold = 0;  // the smallest alert threshold reached (90, 60, 30, 7), 0 if none
};

Status Evaluate(const DueWindow& window, Date today, std::optional<Date> completed_on = std::nullopt,
                const CycleRules& rules = {});

// When a new edition of a covered standard must be adopted by `transition_deadline`: the first audit of the cycle
// whose window can end by the deadline (from `today` on) carries the transition; if none can, a special transition
// audit is proposed ending on the deadline. Nullopt if the deadline has passed.
std::optional<DueWindow> ProposeTransition(const Cycle& cycle, Date transition_deadline, Date today);

std::string MilestoneName(Milestone milestone);
std::string StandingName(Standing standing);

}  // namespace eduims::certification
