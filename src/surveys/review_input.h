// The management review input "satisfaction" (9.3.2 c 1 of ISO 9001, the satisfaction and feedback of learners,
// other beneficiaries and staff in ISO 21001), compiled from the surveys service as the compiling person may view
// surveys: the campaigns over the reviewed unit's subtree open during the period, how many answered, the mean
// satisfaction index of those whose results may be shown and its trend against each one's previous campaign.
#pragma once
#include "review/input_source.h"
#include "surveys/service.h"

namespace eduims::surveys {

class SatisfactionInput : public review::ReviewInputSource {
 public:
  explicit SatisfactionInput(SurveyService& surveys) : surveys_(surveys) {}
  std::string Key() const override { return "satisfaction"; }
  std::string Module() const override { return "surveys"; }
  review::CompiledInput Compile(const review::InputQuery& query) override;

 private:
  SurveyService& surveys_;
};

// The input's figures and entries from the campaigns' summaries. Plain rules, no I/O.
review::CompiledInput SatisfactionOf(const std::vector<CampaignSummary>& campaigns);

}  // namespace eduims::surveys
