#include "improvement/dashboard.h"

#include <algorithm>

#include "certification/due_dates.h"
#include "platform/clock.h"

namespace eduims::improvement {

boost::json::array Pareto(std::vector<Tally> tallies, size_t limit) {
  std::sort(tallies.begin(), tallies.end(), [](const Tally& a, const Tally& b) {
    return a.count != b.count ? a.count > b.count : a.key < b.key;
  });
  long long total = 0;
  for (const auto& t : tallies) total += t.count;
  boost::json::array out;
  long long running = 0;
  for (const auto& t : tallies) {
    if (out.size() == limit) break;
    running += t.count;
    boost::json::object bar = t.label;
    bar["count"] = t.count;
    bar["cumulative_percent"] = total ? double(running) * 100.0 / double(total) : 0.0;
    out.push_back(std::move(bar));
  }
  return out;
}

std::vector<Tally> CauseTallies(const std::vector<std::pair<std::string, long long>>& analyses) {
  std::map<std::string, long long> counts;
  for (const auto& [text, count] : analyses) {
    boost::system::error_code ec;
    auto value = boost::json::parse(text, ec);
    if (ec || !value.is_array()) continue;
    for (const auto& category : value.as_array())
      if (category.is_string()) counts[std::string(category.as_string())] += count;
  }
  std::vector<Tally> out;
  for (const auto& [category, count] : counts) out.push_back({category, {{"category", category}}, count});
  return out;
}

std::optional<double> MeanDaysToClose(const std::vector<std::tuple<std::string, std::string, long long>>& closed) {
  long long days = 0, count = 0;
  for (const auto& [detected, closed_at, n] : closed) {
    auto from = ParseDate(detected);
    auto at = ParseTimestamp(closed_at + ":00:00Z");
    if (!from || !at) continue;
    days += certification::DaysBetween(*from, TodayInVietnam(*at)) * n;
    count += n;
  }
  if (!count) return std::nullopt;
  return double(days) / double(count);
}

}  // namespace eduims::improvement
