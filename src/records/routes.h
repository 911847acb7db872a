// HTTP routes of records: /api/v1/records, /api/v1/records/{id} and /api/v1/records/{id}/disposal.
#pragma once
#include "platform/http/router.h"
#include "records/service.h"

namespace eduims::records {

void AddRoutes(http::Router& router, RecordService& service);

}  // namespace eduims::records
