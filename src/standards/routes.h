// HTTP routes of the standards catalogue: /api/v1/standards, their clauses and mandatory documented information,
// and /api/v1/crosswalks. Readable by every logged-in user; the catalogue changes only through `migrate`.
#pragma once
#include "platform/db/database.h"
#include "platform/http/router.h"

namespace eduims::standards {

void AddRoutes(http::Router& router, db::Database& db);

}  // namespace eduims::standards
