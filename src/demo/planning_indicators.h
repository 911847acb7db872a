// Demo quality objectives and indicators (see planning_indicators.cc), created through their services.
#pragma once
#include "application.h"

namespace eduims::demo {

// The department's and two schools' objectives, their indicators (alike across the schools, so the department
// compares them; one computed) and two school years of values, every one on target or within the threshold.
void SeedPlanningIndicators(Application& app, const auth::Principal& quality_manager);

}  // namespace eduims::demo
