// The nonconformity dashboard: what the SQL aggregates of the store count, put together with the few sums SQL
// cannot say the same way on both engines (days between dates, categories inside an analysis). No I/O.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "platform/db/database.h"

namespace eduims::improvement {

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

// Mean whole days from detection ("YYYY-MM-DD", the organisation's calendar) to closure (the UTC hour
// "YYYY-MM-DDTHH", whose date in the organisation's calendar counts), weighted by count; nullopt when none closed.
std::optional<double> MeanDaysToClose(const std::vector<std::tuple<std::string, std::string, long long>>& closed);

}  // namespace eduims::improvement
