#include "complaints/review_input.h"

#include <cmath>

#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::complaints {
namespace {

constexpr int kPage = 500;

bool Upheld(const Complaint& c) {
  return (c.outcome && *c.outcome != "not_upheld") || c.appeal_outcome == "upheld";
}

}  // namespace

review::CompiledInput ComplaintsOf(const std::vector<Complaint>& complaints, const review::InputQuery& q) {
  review::CompiledInput in;
  in.list = "/complaint-register";
  in.facts = {{"received", 0}, {"appeals", 0},  {"open", 0},     {"overdue", 0},
              {"closed", 0},   {"upheld", 0},   {"received_previous_period", 0}};
  // The period of the same length just before the reviewed one, for the trend.
  Date from = *ParseDate(q.from), to = *ParseDate(q.to);
  std::string previous_from = FormatDate(AddDays(from, -(DaysBetween(from, to) + 1)));
  long long days = 0, resolved = 0;
  for (const Complaint& c : complaints) {
    bool received = c.received_on >= q.from && c.received_on <= q.to;
    bool open = c.status != Status::kClosed;
    if (c.received_on >= previous_from && c.received_on < q.from) ++in.facts["received_previous_period"];
    if (!received && !open) continue;
    in.facts["received"] += received;
    in.facts["appeals"] += c.kind == "appeal" || c.appealed_at.has_value();
    in.facts["open"] += open;
    in.facts["overdue"] += open && OverdueDeadline(c, q.today).has_value();
    if (c.closed_at && c.closed_at->substr(0, 10) <= q.to) {
      ++in.facts["closed"];
      days += DaysBetween(*ParseDate(c.received_on), *ParseDate(c.closed_at->substr(0, 10)));
      ++resolved;
    }
    in.facts["upheld"] += Upheld(c);
    review::AddItem(in, {"complaint", c.id, CategoryLabel(c.category, Language::kVietnamese) + " / " +
                                                CategoryLabel(c.category, Language::kEnglish),
                         StatusName(c.status), c.received_on});
  }
  if (resolved) in.facts["mean_days_to_resolve"] = std::llround(double(days) / double(resolved));
  return in;
}

review::CompiledInput ComplaintsInput::Compile(const review::InputQuery& q) {
  std::vector<Complaint> seen;
  Filter f;
  f.within = q.unit.id;
  f.limit = kPage;
  for (;;) {
    auto page = complaints_.List(q.who, f);
    for (auto& v : page) seen.push_back(std::move(v.complaint));
    if (page.size() < size_t(kPage)) break;
    f.after = seen.back().id;
  }
  return ComplaintsOf(seen, q);
}

}  // namespace eduims::complaints
