// HTTP routes of nonconformities: /api/v1/nonconformities, its workflow steps and corrective actions, and
// /api/v1/nonconformity-settings (the default due days by severity).
#pragma once
#include "improvement/service.h"
#include "platform/http/router.h"

namespace eduims::improvement {

void AddRoutes(http::Router& router, NonconformityService& service);

}  // namespace eduims::improvement
