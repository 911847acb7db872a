// HTTP routes of unit scopes: GET and PUT /api/v1/units/{id}/scope. Added by AddContextRoutes.
#pragma once
#include "planning/scope_service.h"
#include "platform/http/router.h"

namespace eduims::planning {

void AddScopeRoutes(http::Router& router, ScopeService& service);

}  // namespace eduims::planning
