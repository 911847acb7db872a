#pragma once
#include "oversight/service.h"
#include "platform/http/router.h"

namespace eduims::oversight {

void AddRoutes(http::Router& router, OversightService& service);

}  // namespace eduims::oversight
