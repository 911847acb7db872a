// HTTP routes of the context registers: /api/v1/context-issues (with /swot and /{id}/history), and those of
// party_routes.h, scope_routes.h and change_routes.h.
#pragma once
#include "planning/context_module.h"
#include "platform/http/router.h"

namespace eduims::planning {

void AddContextRoutes(http::Router& router, ContextModule& context);

}  // namespace eduims::planning
