// The HTTP side shared by every owner of attached files (documents' revisions, records, audits' checklist lines):
// the same four routes under the owner's path. An upload is the raw file as the request body (any Content-Type; the
// type is read from the bytes) with ?file_name=; the caller is admitted before a byte of it is read.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "attachments/model.h"
#include "platform/http/context.h"
#include "platform/http/router.h"

namespace eduims::attachments {

struct Upload {
  std::shared_ptr<const http::SpoolPath> file;
  std::string file_name;
};

// What the owning module does for each route. The functions read the owner's ids from the context's path parameters
// and the caller from ctx.user(); each fails (ProblemError) as the owner's rules say.
struct OwnerRoutes {
  std::string base;  // the owner's path, "/api/v1/records/{id}": the routes are base + "/attachments" and below
  size_t upload_limit = 0;
  // Fails as `attach` would for this caller, whatever the file: run before the body is read.
  std::function<void(http::RequestContext&)> admit;
  std::function<Attachment(http::RequestContext&, const Upload&)> attach;
  std::function<std::vector<Attachment>(http::RequestContext&)> list;
  std::function<http::Response(http::RequestContext&, db::Id attachment_id)> download;
  // Unset where files are never removed (records: the record is the evidence).
  std::function<Attachment(http::RequestContext&, db::Id attachment_id)> remove;
};

// POST base/attachments (201), GET base/attachments ({"items": [...]}), GET base/attachments/{attachment_id}/content,
// and with `remove` DELETE base/attachments/{attachment_id} (200).
void AddOwnerRoutes(http::Router& router, OwnerRoutes owner);

}  // namespace eduims::attachments
