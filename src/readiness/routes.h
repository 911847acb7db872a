// HTTP routes of readiness: /api/v1/readiness (the report), /api/v1/readiness/gaps, the self-assessments
// (/api/v1/readiness/assessments/{unit_id}/{clause_id}), the gap-analysis report as a spreadsheet or
// PDF (/api/v1/readiness/gap-report) and the evidence pack (/api/v1/readiness/evidence-pack).
#pragma once
#include "platform/http/router.h"
#include "readiness/service.h"

namespace eduims::readiness {

void AddRoutes(http::Router& router, ReadinessService& service);

}  // namespace eduims::readiness
