#include "attachments/http.h"

#include "platform/problem.h"

namespace eduims::attachments {

Upload UploadOf(const http::RequestContext& ctx) {
  ctx.OnlyQuery({"file_name"});
  auto name = ctx.Query("file_name", 1000);
  if (!name) Fail(422, "validation.missing_field", "file_name");
  return {ctx.request.body_file, *name};
}

http::Response ListResponse(const std::vector<Attachment>& items) {
  boost::json::array out;
  for (const auto& a : items) out.push_back(ToJson(a));
  return http::JsonResponse(200, boost::json::object{{"items", std::move(out)}});
}

}  // namespace eduims::attachments
