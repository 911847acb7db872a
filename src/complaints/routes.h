// HTTP routes of complaints: the register under /api/v1/complaints for staff, and the complainant's public pages
// /complaints/new and /complaints/{code} (public_page.h), counted against each client address.
#pragma once
#include "complaints/service.h"
#include "platform/http/rate_limit.h"
#include "platform/http/router.h"

namespace eduims::complaints {

void AddRoutes(http::Router& router, ComplaintService& service);
void AddPublicRoutes(http::Router& router, ComplaintService& service, http::RateLimiter& limiter);

}  // namespace eduims::complaints
