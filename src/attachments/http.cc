#include "attachments/http.h"

#include "platform/problem.h"

namespace eduims::attachments {
namespace {

void CheckUploadQuery(const http::RequestContext& ctx) {
  ctx.OnlyQuery({"file_name"});
  if (!ctx.Query("file_name", 1000)) Fail(422, "validation.missing_field", "file_name");
}

}  // namespace

void AddOwnerRoutes(http::Router& router, OwnerRoutes owner) {
  auto routes = std::make_shared<const OwnerRoutes>(std::move(owner));
  std::string list = routes->base + "/attachments";
  http::Route upload{"POST", list, http::Access::kAuthenticated, [routes](http::RequestContext& ctx) {
                       CheckUploadQuery(ctx);
                       Upload file{ctx.request.body_file, *ctx.Query("file_name", 1000)};
                       return http::JsonResponse(201, ToJson(routes->attach(ctx, file)));
                     }};
  upload.body_limit = routes->upload_limit;
  upload.streams_body = true;
  upload.admit_body = [routes](http::RequestContext& ctx) {
    CheckUploadQuery(ctx);
    routes->admit(ctx);
  };
  router.Add(std::move(upload));
  router.Add({"GET", list, http::Access::kAuthenticated, [routes](http::RequestContext& ctx) {
                ctx.OnlyQuery({});
                boost::json::array items;
                for (const auto& a : routes->list(ctx)) items.push_back(ToJson(a));
                return http::JsonResponse(200, boost::json::object{{"items", std::move(items)}});
              }});
  router.Add({"GET", list + "/{attachment_id}/content", http::Access::kAuthenticated,
              [routes](http::RequestContext& ctx) {
                ctx.OnlyQuery({});
                return routes->download(ctx, ctx.PathId("attachment_id", "attachment"));
              }});
  if (!routes->remove) return;
  router.Add({"DELETE", list + "/{attachment_id}", http::Access::kAuthenticated, [routes](http::RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(routes->remove(ctx, ctx.PathId("attachment_id", "attachment"))));
              }});
}

}  // namespace eduims::attachments
