#include "improvement/dashboard.h"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::improvement {

DashboardCounts CountDashboard(const std::vector<DashboardRow>& rows, std::chrono::year_month_day today,
                               size_t unit_limit) {
  auto days_ago = [&](int days) { return FormatDate(std::chrono::sys_days(today) - std::chrono::days(days)); };
  // Dates compare as text, so each row's bucket costs three comparisons and no parsing.
  const std::string since[] = {days_ago(30), days_ago(90), days_ago(180)};
  const std::string today_text = FormatDate(today);
  DashboardCounts out;
  std::unordered_map<db::Id, long long> by_unit;
  long long days_to_close = 0, closed = 0;
  for (const auto& row : rows) {
    if (row.closed) {
      auto from = ParseDate(row.detected_on);
      auto at = ParseTimestamp(row.closed_hour + ":00:00Z");
      if (!from || !at) continue;
      days_to_close += DaysBetween(*from, TodayInVietnam(*at));
      ++closed;
      continue;
    }
    ++out.open_by_severity[row.severity];
    size_t bucket = 0;
    while (bucket < 3 && row.detected_on < since[bucket]) ++bucket;
    ++out.open_by_age[bucket];
    if (row.due_date < today_text) ++out.overdue;
    ++by_unit[row.unit_id];
  }
  out.open_by_unit.assign(by_unit.begin(), by_unit.end());
  auto most_first = [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  size_t kept = std::min(unit_limit, out.open_by_unit.size());
  std::partial_sort(out.open_by_unit.begin(), out.open_by_unit.begin() + kept, out.open_by_unit.end(), most_first);
  out.open_by_unit.resize(kept);
  if (closed) out.mean_days_to_close = double(days_to_close) / double(closed);
  return out;
}

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

std::string ClauseIdList(std::vector<db::Id> ids) {
  std::sort(ids.begin(), ids.end());
  std::string out;
  for (db::Id id : ids) {
    if (!out.empty()) out += ' ';
    out += std::to_string(id);
  }
  return out;
}

std::map<db::Id, long long> CountClauseIdLists(const std::vector<std::string>& lists) {
  std::map<db::Id, long long> out;
  for (const std::string& list : lists) {
    const char* at = list.data();
    const char* end = at + list.size();
    while (at < end) {
      const char* token_end = std::find(at, end, ' ');
      db::Id id = 0;
      auto [stop, error] = std::from_chars(at, token_end, id);
      if (error == std::errc() && stop == token_end && id > 0) ++out[id];
      at = token_end + (token_end < end ? 1 : 0);
    }
  }
  return out;
}

}  // namespace eduims::improvement
