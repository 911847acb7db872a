#pragma once
#include "directives/service.h"
#include "platform/http/router.h"

namespace eduims::directives {

// The directives' and answers' routes, with their files' (attachments/http.h) up to `upload_limit` bytes each.
void AddRoutes(http::Router& router, DirectiveService& service, size_t upload_limit);

}  // namespace eduims::directives
