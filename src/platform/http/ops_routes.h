// Operational routes: /healthz, /readyz, /metrics, /api/v1/openapi.json and the audit trail /api/v1/audit-log.
#pragma once
#include "platform/http/app.h"

namespace eduims::http {

void AddOperationsRoutes(App& app);

}  // namespace eduims::http
