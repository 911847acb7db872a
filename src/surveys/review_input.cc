#include "surveys/review_input.h"

#include <cmath>

namespace eduims::surveys {
namespace {

long long Percent(double share) { return std::llround(share * 100); }

}  // namespace

review::CompiledInput SatisfactionOf(const std::vector<CampaignSummary>& campaigns) {
  review::CompiledInput in;
  in.list = "/surveys";
  in.facts = {{"campaigns", 0}, {"open", 0},           {"closed", 0},     {"responses", 0},
              {"expected", 0},  {"below_threshold", 0}, {"improvements_raised", 0},
              {"trend_up", 0},  {"trend_down", 0}};
  double sum = 0;
  long long indexed = 0;
  for (const CampaignSummary& c : campaigns) {
    ++in.facts["campaigns"];
    ++in.facts[c.campaign.status == "closed" ? "closed" : "open"];
    in.facts["responses"] += c.responses;
    in.facts["expected"] += c.expected;
    in.facts["below_threshold"] += c.below_threshold;
    in.facts["improvements_raised"] += c.improvements;
    std::string title = c.campaign.title;
    if (c.index) {
      sum += *c.index;
      ++indexed;
      title += " — " + std::to_string(Percent(*c.index)) + "%";
      if (c.previous_index) {
        long long change = Percent(*c.index) - Percent(*c.previous_index);
        in.facts["trend_up"] += change > 0;
        in.facts["trend_down"] += change < 0;
        title += " (" + std::string(change >= 0 ? "+" : "") + std::to_string(change) + ")";
      }
    }
    review::AddItem(in, {"survey", c.campaign.id, title, c.campaign.status, c.campaign.closes_on});
  }
  // The mean of the campaigns' indices, in whole percent; absent while no campaign's results may be shown.
  if (indexed) in.facts["index_percent"] = std::llround(sum / double(indexed) * 100);
  return in;
}

review::CompiledInput SatisfactionInput::Compile(const review::InputQuery& q) {
  return SatisfactionOf(surveys_.Summaries(q.who, q.unit, q.from, q.to));
}

}  // namespace eduims::surveys
