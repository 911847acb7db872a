// What results show of a question, computed from the counts kept as answers arrive (never from the answers): the
// distribution, the mean of a scale, the satisfaction index (share of respondents on the two best points) with its
// 95% Wilson score interval; and the minimum-group rule that keeps anyone from being singled out. Pure: no I/O.
#pragma once
#include <map>
#include <utility>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "surveys/questionnaire.h"

namespace eduims::surveys {

struct Interval {
  double low = 0, high = 0;
};

// The 95% Wilson score interval of `successes` out of `trials`. REQUIRES: 0 <= successes <= trials, trials > 0.
Interval WilsonInterval(long long successes, long long trials);

struct Distribution {
  long long answered = 0;
  std::map<long long, long long> counts;  // value → respondents who chose it
  std::optional<double> mean;             // scales only
  std::optional<double> index;            // share on the two best points (Likert, recommendation, grid)
  std::optional<Interval> interval;
};

// `counts` holds value → count for one question (or grid row) with kAnswered among them.
Distribution Summarise(const Question& question, const std::map<long long, long long>& counts);

// Respondents by question and item (grid row), then by value (kAnswered among them), as kept for a campaign.
using Counts = std::map<std::pair<std::string, int>, std::map<long long, long long>>;

// Items of a question that results show: the grid's rows, else one.
int Items(const Question& q);
// The counts of one question's item; empty if nobody answered it.
const std::map<long long, long long>& CountsOf(const Counts& counts, const std::string& key, int item);
// The mean satisfaction index of a campaign's questions (grid rows) that have one, and how many of them are below
// their threshold; no index when none has one.
std::pair<std::optional<double>, long long> MeanIndex(const Definition& d, const Counts& counts);

// A group results may show on its own: a unit of the subtree and its respondents.
struct Group {
  db::Id unit_id = 0;
  long long responses = 0;
};

struct Folded {
  std::vector<Group> shown;    // each with at least the minimum, largest first
  long long others = 0;        // respondents of the groups folded together, shown as one group if >= minimum
  bool others_shown = false;   // false: the folded groups appear only within the total
};

// Groups below `minimum` are folded into one "other units" group. If that group is itself below the minimum, the
// smallest shown groups join it until it reaches the minimum (else the total minus the shown groups would reveal a
// small group by subtraction); if it never does, it is not shown at all and the shown groups leave out at least
// `minimum` respondents or none. REQUIRES: minimum >= 1.
Folded FoldSmallGroups(std::vector<Group> groups, long long minimum);

}  // namespace eduims::surveys
