// HTTP routes of the risks and opportunities register: /api/v1/risk-matrix, /api/v1/risks (with its heat map,
// reviews, treatment actions and the nonconformities a risk materialised in).
#pragma once
#include "planning/risk_service.h"
#include "platform/http/router.h"

namespace eduims::planning {

void AddRiskRoutes(http::Router& router, RiskService& service);

}  // namespace eduims::planning
