// What satisfaction surveys show a certification auditor for 9.1.2 of both standards: the campaigns run in the last
// 12 months in the unit's subtree ("survey_campaigns") and those whose results could be read, closed with at least
// their minimum group of respondents ("survey_results"). Campaigns without any results yet fall short
// ("no_results"): monitoring perceptions means reading what was collected. Plain rules, no I/O.
#pragma once
#include <vector>

#include "readiness/report.h"

namespace eduims::surveys {

struct RegisterFacts {
  long long campaigns = 0;     // opened in the last 12 months
  long long with_results = 0;  // of which closed with at least their minimum group of respondents
};

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& facts);

}  // namespace eduims::surveys
