#pragma once
#include "directives/service.h"
#include "platform/http/router.h"

namespace eduims::directives {

void AddRoutes(http::Router& router, DirectiveService& service);

}  // namespace eduims::directives
