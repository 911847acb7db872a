// HTTP routes of planned changes: /api/v1/changes and /api/v1/changes/{id}/decisions. Added by AddContextRoutes.
#pragma once
#include "planning/change_service.h"
#include "platform/http/router.h"

namespace eduims::planning {

void AddChangeRoutes(http::Router& router, ChangeService& service);

}  // namespace eduims::planning
