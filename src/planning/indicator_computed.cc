#include "planning/indicator_computed.h"

#include "planning/indicator_store.h"
#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::planning {

std::optional<double> NonconformityMetric(const std::string& metric, const std::vector<improvement::Nonconformity>& ncs,
                                          const Period& period) {
  int closed = 0, on_time = 0;
  long days = 0;
  for (const auto& nc : ncs) {
    if (!nc.closed_at) continue;
    std::string closed_on = nc.closed_at->substr(0, 10);
    if (closed_on < period.first_day || closed_on > period.last_day) continue;
    ++closed;
    if (closed_on <= nc.due_date) ++on_time;
    auto detected = ParseDate(nc.detected_on), done = ParseDate(closed_on);
    if (detected && done) days += DaysBetween(*detected, *done);
  }
  if (!closed) return std::nullopt;
  if (metric == "nonconformities_closed_on_time") return 100.0 * on_time / closed;
  return double(days) / closed;
}

std::optional<double> IndicatorComputer::Compute(const auth::Principal& who, const Indicator& indicator,
                                                 const Period& period) {
  if (auto source = sources_.find(*indicator.metric); source != sources_.end())
    return source->second(who, indicator, period);
  improvement::NcFilter f;
  f.within = indicator.unit_id;
  f.include_archived = true;
  f.limit = 1000;
  std::vector<improvement::Nonconformity> all;
  for (;;) {
    auto page = nonconformities_.List(who, f);
    all.insert(all.end(), page.begin(), page.end());
    if (int(page.size()) < f.limit) break;
    f.after = page.back().id;
  }
  return NonconformityMetric(*indicator.metric, all, period);
}

ComputeRun IndicatorComputer::RecordDue(const std::string& today) {
  ComputeRun run;
  std::vector<std::pair<Indicator, std::string>> due;
  db_.Read([&](soci::session& s) {
    for (auto& [indicator, path] : indicator_store::Computed(s)) {
      Period period = LatestEndedPeriod(indicator.frequency, today);
      if (indicator_store::Current(s, indicator.id, period.name)) continue;
      due.push_back({indicator, path});
    }
  });
  for (const auto& [indicator, path] : due) {
    Period period = LatestEndedPeriod(indicator.frequency, today);
    auto user = indicator.owner_id ? indicator.owner_id : indicator.created_by;
    std::optional<auth::Principal> who = user ? org_.PrincipalOf(*user) : std::nullopt;
    if (!who) continue;
    auto value = Compute(*who, indicator, period);
    if (!value) {
      ++run.without_data;
      continue;
    }
    bool recorded = false;
    try {
      db_.Write([&](soci::session& s) {
        recorded = indicators_.RecordComputed(s, indicator, path, period.name, *value, who);
      });
    } catch (const soci::soci_error&) {
      // Another server recorded the same period between the check and the insert: the unique index refused ours.
      continue;
    }
    run.recorded += recorded;
  }
  return run;
}

}  // namespace eduims::planning
