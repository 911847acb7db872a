// HTTP routes of authentication: /api/v1/session (log in, who am I, log out) and /api/v1/tokens.
#pragma once
#include "platform/http/app.h"

namespace eduims::auth {

struct LoginPolicy {
  int account_failures = 5;    // per e-mail address in the window
  int address_failures = 30;   // per client address in the window
  long window_seconds = 15 * 60;
  long session_seconds = 12 * 3600;
};

void AddRoutes(http::App& app, LoginPolicy policy = {});

}  // namespace eduims::auth
