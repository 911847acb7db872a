// HTTP routes of certification: /api/v1/certifications (projects, their steps, workflow, audits and findings, and
// the due list for the home page) and /api/v1/certificates for logged-in users; and, without login and rate-limited
// per client address, the public register: /api/v1/public/certificates/{number}, /api/v1/public/statistics and the
// page /verify/{number}.
#pragma once
#include "certification/audit_service.h"
#include "certification/certificate_service.h"
#include "certification/service.h"
#include "platform/http/rate_limit.h"
#include "platform/http/router.h"

namespace eduims::certification {

void AddRoutes(http::Router& router, ProjectService& projects, CertificationAuditService& audits,
               CertificateService& certificates);
void AddPublicRoutes(http::Router& router, CertificateService& certificates, http::RateLimiter& limiter);

}  // namespace eduims::certification
