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

int Items(const Question& q) { return q.type == QuestionType::kGrid ? int(q.rows.size()) : 1; }

const std::map<long long, long long>& CountsOf(const Counts& counts, const std::string& key, int item) {
  static const std::map<long long, long long> none;
  auto it = counts.find({key, item});
  return it == counts.end() ? none : it->second;
}

std::pair<std::optional<double>, long long> MeanIndex(const Definition& d, const Counts& counts) {
  double sum = 0;
  long long n = 0, below = 0;
  for (const Question* q : d.Questions()) {
    if (!HasIndex(q->type)) continue;
    for (int item = 0; item < Items(*q); ++item) {
      auto index = Summarise(*q, CountsOf(counts, q->key, item)).index;
      if (!index) continue;
      sum += *index;
      ++n;
      if (q->threshold && *index < *q->threshold) ++below;
    }
  }
  if (n == 0) return {std::nullopt, 0};
  return {sum / double(n), below};
}

}  // namespace eduims::surveys
