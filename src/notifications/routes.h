// HTTP routes of notifications: the caller's open tasks (/api/v1/notifications) and their delivery preference.
#pragma once
#include "notifications/service.h"
#include "platform/http/router.h"

namespace eduims::notifications {

void AddRoutes(http::Router& router, NotificationService& service);

}  // namespace eduims::notifications
