#include "certification/due.h"

#include "platform/clock.h"

namespace eduims::certification {
namespace {

namespace json = boost::json;

json::value Text(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }

bool Done(const DueItem& item) {
  return item.status.standing == Standing::kDone || item.status.standing == Standing::kDoneOutsideWindow;
}

}  // namespace

std::vector<NewerEdition> NewerEditions(const std::vector<StandardRef>& covered,
                                        const std::vector<standards::Standard>& catalogue) {
  std::vector<NewerEdition> out;
  for (const StandardRef& c : covered)
    for (const standards::Standard& s : catalogue)
      if (s.code == c.code && s.edition > c.edition && s.transition_deadline)
        if (auto deadline = ParseDate(*s.transition_deadline)) out.push_back({s.code, s.edition, *deadline});
  return out;
}

std::vector<DueItem> DueItems(const Cycle& cycle, const std::vector<AuditFact>& audits,
                              const std::map<db::Id, std::string>& justifications,
                              const std::vector<NewerEdition>& newer, Date today) {
  auto surveillances = CompletedInCycle(cycle, audits, "surveillance");
  auto recertifications = CompletedInCycle(cycle, audits, "recertification");
  auto transitions = CompletedInCycle(cycle, audits, "transition");
  std::vector<Date> held;
  for (const AuditFact& a : surveillances) held.push_back(a.end);
  std::vector<DueItem> out;
  for (const DueWindow& w : Anchored(cycle, held).windows) {
    DueItem item;
    item.milestone = MilestoneName(w.milestone);
    item.sequence = w.sequence;
    item.window = w;
    std::optional<AuditFact> done;
    if (w.milestone == Milestone::kSurveillance && size_t(w.sequence) <= surveillances.size())
      done = surveillances[size_t(w.sequence) - 1];
    if (w.milestone == Milestone::kRecertificationAudit && !recertifications.empty()) done = recertifications.back();
    if (done) {
      item.completed_on = done->end;
      auto why = justifications.find(done->id);
      if (why != justifications.end()) item.justification = why->second;
    }
    item.status = Evaluate(w, today, item.completed_on);
    out.push_back(item);
  }
  DueItem expiry;
  expiry.milestone = "expiry";
  expiry.window = DueWindow{Milestone::kRecertificationDecision, 0, cycle.decision, cycle.expiry, cycle.expiry};
  expiry.status = Evaluate(expiry.window, today);
  out.push_back(expiry);
  for (const NewerEdition& edition : newer) {
    DueItem item;
    item.milestone = MilestoneName(Milestone::kTransitionAudit);
    item.standard = edition.code + ":" + edition.edition;
    // Once done, the whole cycle up to the deadline counts; until then, what is still possible from today.
    item.window = DueWindow{Milestone::kTransitionAudit, 0, cycle.decision, edition.deadline, edition.deadline};
    if (!transitions.empty()) {
      item.completed_on = transitions.back().end;
    } else if (auto proposed = ProposeTransition(cycle, edition.deadline, today)) {
      if (proposed->milestone != Milestone::kTransitionAudit) {
        item.carried_by = MilestoneName(proposed->milestone);
        item.sequence = proposed->sequence;
      }
      item.window = *proposed;
      item.window.milestone = Milestone::kTransitionAudit;
    } else {
      item.window.earliest = edition.deadline;
    }
    item.status = Evaluate(item.window, today, item.completed_on);
    out.push_back(item);
  }
  return out;
}

bool DueWithin(const DueItem& item, int days) { return !Done(item) && item.status.days_left <= days; }

json::object ToJson(const DueItem& item) {
  return {{"milestone", item.milestone},
          {"sequence", item.sequence},
          {"earliest", FormatDate(item.window.earliest)},
          {"latest", FormatDate(item.window.latest)},
          {"nominal", FormatDate(item.window.nominal)},
          {"standing", StandingName(item.status.standing)},
          {"days_left", item.status.days_left},
          {"alert_threshold",
           item.status.alert_threshold ? json::value(item.status.alert_threshold) : json::value(nullptr)},
          {"completed_on", item.completed_on ? json::value(FormatDate(*item.completed_on)) : json::value(nullptr)},
          {"justification", Text(item.justification)},
          {"carried_by", Text(item.carried_by)},
          {"standard", Text(item.standard)}};
}

}  // namespace eduims::certification
