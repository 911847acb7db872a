// The HTTP side shared by every route that takes or lists attachments (documents' revisions, records): an upload is
// the raw file as the request body (any Content-Type; the type is read from the bytes) with ?file_name=.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "attachments/model.h"
#include "platform/http/context.h"

namespace eduims::attachments {

struct Upload {
  std::shared_ptr<const http::SpoolPath> file;
  std::string file_name;
};

// REQUIRES: the route streams its body. Fails validation.missing_field (file_name) or request.bad_query.
Upload UploadOf(const http::RequestContext& ctx);

// {"items": [...]}.
http::Response ListResponse(const std::vector<Attachment>& items);

}  // namespace eduims::attachments
