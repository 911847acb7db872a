// HTTP routes of actions: /api/v1/actions and /api/v1/actions/{id}/transitions.
#pragma once
#include "actions/service.h"
#include "platform/http/router.h"

namespace eduims::actions {

void AddRoutes(http::Router& router, ActionService& service);

}  // namespace eduims::actions
