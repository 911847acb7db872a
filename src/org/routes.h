// HTTP routes of the org module: /api/v1/units, /api/v1/users, their grants and imports, and /api/v1/me.
#pragma once
#include "org/service.h"
#include "platform/http/router.h"

namespace eduims::org {

void AddRoutes(http::Router& router, OrgService& service);

}  // namespace eduims::org
