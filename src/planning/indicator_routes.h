// HTTP routes of objectives and indicators: /api/v1/objectives (and their plan's actions), /api/v1/indicators,
// their measurements, the CSV import of measurements and the comparison of one indicator across a subtree.
#pragma once
#include "planning/indicator_service.h"
#include "planning/objective_service.h"
#include "platform/http/router.h"

namespace eduims::planning {

void AddIndicatorRoutes(http::Router& router, ObjectiveService& objectives, IndicatorService& indicators);

}  // namespace eduims::planning
