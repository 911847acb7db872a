// HTTP routes of internal audits: /api/v1/audit-programmes (with coverage) and /api/v1/audits with their workflow,
// integrated checklist and its evidence files (uploads of at most `upload_limit` bytes).
#pragma once
#include "audits/service.h"
#include "platform/http/router.h"

namespace eduims::audits {

void AddRoutes(http::Router& router, AuditService& service, size_t upload_limit);

}  // namespace eduims::audits
