// The certification cycle's calendar (ISO/IEC 17021-1): from a certification decision, when each surveillance audit,
// the recertification audit and decision, and expiry fall due, and how a milestone stands on a given day.
// Pure domain code: no I/O, no clock of its own (the caller passes "today").
//
// Rules encoded (public facts; see shared/design/STANDARDS.md):
// - the certificate is valid `validity_years` (3) from the decision: it expires the day before the anniversary;
// - the first surveillance is due no later than 12 months after the decision (a hard limit, no tolerance after);
// - later surveillances fall around each following anniversary (tolerance before and after); each surveillance's
//   nominal date is its anniversary, so a plan on nominal dates audits once in every calendar year between the
//   decision and the recertification;
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
  int surveillance_months_before = 3;  // a surveillance window opens this long before its anniversary
  int surveillance_months_after = 3;   // and, from the second one on, closes this long after it
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
  Date nominal;  // the date to plan for: the anniversary for surveillances, the window's end otherwise
};

struct Cycle {
  Date decision;
  Date expiry;
  std::vector<DueWindow> windows;  // in date order
};

// The calendar of the cycle that starts with a certification decision on `decision`.
Cycle ComputeCycle(Date decision, const CycleRules& rules = {});
// The next cycle after a recertification decided on `decided_on`: if decided before `previous.expiry`, the new
// expiry follows on from the old one; otherwise the new cycle counts from the decision.
Cycle NextCycle(const Cycle& previous, Date decided_on, const CycleRules& rules = {});

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
