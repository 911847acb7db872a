#include "surveys/readiness_evidence.h"

namespace eduims::surveys {

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& f) {
  std::vector<readiness::RegisterEvidence> out;
  if (f.campaigns <= 0) return out;
  readiness::RegisterEvidence campaigns{"9.1.2", "survey_campaigns", f.campaigns, {}, ""};
  if (f.with_results <= 0) campaigns.shortfalls.push_back("no_results");
  out.push_back(std::move(campaigns));
  if (f.with_results > 0) out.push_back({"9.1.2", "survey_results", f.with_results, {}, ""});
  return out;
}

}  // namespace eduims::surveys
