// HTTP routes of documents: /api/v1/documents, their revisions and decisions, and /api/v1/search.
#pragma once
#include "documents/service.h"
#include "platform/http/router.h"

namespace eduims::documents {

// `upload_limit`: the largest attached file accepted, in bytes.
void AddRoutes(http::Router& router, DocumentService& service, size_t upload_limit);

}  // namespace eduims::documents
