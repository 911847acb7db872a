// HTTP routes of frameworks beyond ISO: /api/v1/frameworks (list, read with its nodes, export), the imports of a
// framework and of its correspondences to an ISO standard (CSV or JSON bodies, ?dry_run=true to check only), and one
// correspondence added or removed. Reading is open to every logged-in user; the service decides who changes.
#pragma once
#include "frameworks/service.h"
#include "platform/http/router.h"

namespace eduims::frameworks {

void AddRoutes(http::Router& router, FrameworkService& service);

}  // namespace eduims::frameworks
