// HTTP routes of internal audits: /api/v1/audit-programmes (with coverage) and /api/v1/audits with their workflow
// and integrated checklist.
#pragma once
#include "audits/service.h"
#include "platform/http/router.h"

namespace eduims::audits {

void AddRoutes(http::Router& router, AuditService& service);

}  // namespace eduims::audits
