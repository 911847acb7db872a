// HTTP routes of management reviews: /api/v1/management-reviews, its transitions, inputs, minutes and outputs.
#pragma once
#include "platform/http/router.h"
#include "review/service.h"

namespace eduims::review {

void AddRoutes(http::Router& router, ReviewService& service);

}  // namespace eduims::review
