#include "surveys/statistics.h"

#include <algorithm>
#include <cmath>

#include "surveys/answer.h"

namespace eduims::surveys {

Interval WilsonInterval(long long successes, long long trials) {
  constexpr double z = 1.959963984540054;
  double n = double(trials);
  double p = double(successes) / n;
  double z2 = z * z;
  double denominator = 1 + z2 / n;
  double centre = (p + z2 / (2 * n)) / denominator;
  double half = z / denominator * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

Distribution Summarise(const Question& q, const std::map<long long, long long>& counts) {
  Distribution d;
  long long total = 0, sum_count = 0, top = 0;
  double sum = 0;
  for (const auto& [value, n] : counts) {
    if (value == kAnswered) {
      d.answered = n;
      continue;
    }
    d.counts[value] = n;
    sum += double(value) * double(n);
    sum_count += n;
    if (IsTopTwo(q, value)) top += n;
    total += n;
  }
  if (HasScale(q.type) && sum_count > 0) d.mean = sum / double(sum_count);
  if (HasIndex(q.type) && d.answered > 0) {
    d.index = double(top) / double(d.answered);
    d.interval = WilsonInterval(top, d.answered);
  }
  return d;
}

Folded FoldSmallGroups(std::vector<Group> groups, long long minimum) {
  Folded out;
  std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    return a.responses != b.responses ? a.responses > b.responses : a.unit_id < b.unit_id;
  });
  for (const Group& g : groups) {
    if (g.responses == 0) continue;
    if (g.responses >= minimum) out.shown.push_back(g);
    else out.others += g.responses;
  }
  // A folded remainder of 1..minimum-1 could be computed from the total: grow it from the smallest shown groups.
  while (out.others > 0 && out.others < minimum && !out.shown.empty()) {
    out.others += out.shown.back().responses;
    out.shown.pop_back();
  }
  out.others_shown = out.others >= minimum;
  return out;
}

}  // namespace eduims::surveys
