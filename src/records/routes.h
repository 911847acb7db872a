// HTTP routes of records: /api/v1/records, /api/v1/records/{id} and /api/v1/records/{id}/disposal.
#pragma once
#include "platform/http/router.h"
#include "records/service.h"

namespace eduims::records {

// `upload_limit`: the largest evidence file accepted, in bytes.
void AddRoutes(http::Router& router, RecordService& service, size_t upload_limit);

}  // namespace eduims::records
