// Where a certificate's cycle stands on a given day: every window of the due-date engine (due_dates.h) with its
// standing, the certification audits completed counting as done; the expiry; and the transition audit proposed for
// each newer edition of a covered standard that the catalogue gives a transition deadline. Pure domain code.
#pragma once
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "certification/model.h"
#include "certification/rules.h"
#include "standards/catalogue.h"

namespace eduims::certification {

// A catalogued edition newer than the one a certificate covers, with its transition deadline.
struct NewerEdition {
  std::string code, edition;
  Date deadline;
};

// The editions of `catalogue` newer than one of `covered` (same code, later edition) that carry a transition
// deadline.
std::vector<NewerEdition> NewerEditions(const std::vector<StandardRef>& covered,
                                        const std::vector<standards::Standard>& catalogue);

struct DueItem {
  // surveillance, recertification_audit, recertification_decision, expiry, transition_audit
  std::string milestone;
  int sequence = 0;  // 1, 2, ... for surveillances
  DueWindow window;
  Status status;
  std::optional<Date> completed_on;
  std::optional<std::string> justification;  // why the audit that completed it fell outside the window
  std::optional<std::string> carried_by;     // for a transition: the cycle's audit that can carry it, if any
  std::optional<std::string> standard;       // for a transition: "iso-21001:2025"
};

// The items of `cycle` on `today`: the surveillances (the n-th completed surveillance audit of the cycle completes
// the n-th window), the recertification audit (the last completed recertification audit of the cycle), the
// recertification decision, the expiry (late once expired), then one transition audit per newer edition, done once a
// transition audit of the cycle is completed. `justifications` gives the recorded justification of an audit by id.
std::vector<DueItem> DueItems(const Cycle& cycle, const std::vector<AuditFact>& audits,
                              const std::map<db::Id, std::string>& justifications,
                              const std::vector<NewerEdition>& newer, Date today);

// Not done yet, and due within `days` of `today` (late ones included).
bool DueWithin(const DueItem& item, int days);

boost::json::object ToJson(const DueItem& item);

}  // namespace eduims::certification
