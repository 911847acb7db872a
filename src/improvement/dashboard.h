// The nonconformity dashboard: counts of the rows the store reads in one pass over an index, put together with the
// few sums SQL cannot say the same way on both engines (days between dates, categories inside an analysis). No I/O.
#pragma once
#include <boost/json.hpp>

#include <array>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/db/database.h"

namespace eduims::improvement {

// One live nonconformity as the dashboard reads it: an open one, or one closed in the last year.
struct DashboardRow {
  db::Id unit_id = 0;
  bool closed = false;
  std::string severity;
  std::string detected_on, due_date;  // "YYYY-MM-DD", the organisation's calendar
  std::string closed_hour;            // once closed: the UTC hour it was closed, "YYYY-MM-DDTHH"
};

struct DashboardCounts {
  std::map<std::string, long long> open_by_severity;
  // Open ones by detection: up to 30 days before today, 31 to 90, 91 to 180, longer ago.
  std::array<long long, 4> open_by_age{};
  long long overdue = 0;  // open ones due before today
  // (unit, open ones) for the units with most, then by unit id.
  std::vector<std::pair<db::Id, long long>> open_by_unit;
  // Mean whole days from detection to closure (the date in the organisation's calendar of the hour closed) over
  // the closed rows; nullopt when there are none.
  std::optional<double> mean_days_to_close;
};

// REQUIRES: every closed row in `rows` was closed within the period the mean is meant for.
DashboardCounts CountDashboard(const std::vector<DashboardRow>& rows, std::chrono::year_month_day today,
                               size_t unit_limit);

// One bar of a Pareto chart before ordering.
struct Tally {
  std::string key;
  boost::json::object label;  // what the bar stands for (a clause's id, URN and number; a category)
  long long count = 0;
};

// Bars by descending count (then key), each with the cumulative share of the total in percent, at most `limit`.
boost::json::array Pareto(std::vector<Tally> tallies, size_t limit);

// The categories of cause analyses, from (JSON array of categories, number of nonconformities with exactly it).
std::vector<Tally> CauseTallies(const std::vector<std::pair<std::string, long long>>& analyses);

// A nonconformity's clause ids as kept on its row for the Pareto by clause: ascending, separated by spaces.
std::string ClauseIdList(std::vector<db::Id> ids);

// How many of `lists` (each as ClauseIdList writes it) name each clause. A token that is not an id is skipped.
std::map<db::Id, long long> CountClauseIdLists(const std::vector<std::string>& lists);

}  // namespace eduims::improvement
