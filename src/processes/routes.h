// HTTP routes of processes: /api/v1/processes, /api/v1/processes/{id} and the map, /api/v1/process-map.
#pragma once
#include "platform/http/router.h"
#include "processes/service.h"

namespace eduims::processes {

void AddRoutes(http::Router& router, ProcessService& service);

}  // namespace eduims::processes
