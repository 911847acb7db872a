// HTTP routes of calendar feeds: /api/v1/calendar-feeds (the caller's own) and the feed itself,
// /calendar/{token}.ics, which needs no login: the token is the credential.
#pragma once
#include "calendar/service.h"
#include "platform/http/router.h"

namespace eduims::calendar {

void AddRoutes(http::Router& router, CalendarService& service);

}  // namespace eduims::calendar
