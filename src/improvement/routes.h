// HTTP routes of the improvement module: /api/v1/nonconformities with their workflow steps and corrective actions,
// /api/v1/nonconformity-settings (the default due days by severity), /api/v1/dashboards/nonconformities, and
// /api/v1/improvements (the register).
#pragma once
#include "improvement/register_service.h"
#include "improvement/service.h"
#include "platform/http/router.h"

namespace eduims::improvement {

void AddRoutes(http::Router& router, NonconformityService& service, ImprovementService& improvements);

}  // namespace eduims::improvement
