#include "records/routes.h"

#include "attachments/http.h"
#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::records {
namespace {

using http::JsonInput;
using http::RequestContext;

std::string Today() { return FormatDate(TodayInVietnam()); }

http::Response One(int status, const Record& r) { return http::JsonResponse(status, ToJson(r, Today())); }

}  // namespace

void AddRoutes(http::Router& router, RecordService& service, size_t upload_limit) {
  router.Add({"GET", "/api/v1/records", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "clause_id", "category", "q", "due_for_disposal",
                               "include_disposed"},
                              true);
                auto page = ctx.Page();
                RecordFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.clause_id = ctx.QueryId("clause_id");
                f.category = ctx.Query("category", 32);
                f.text = ctx.Query("q", 200);
                f.due_for_disposal = ctx.QueryBool("due_for_disposal").value_or(false);
                f.include_disposed = ctx.QueryBool("include_disposed").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                std::string today = Today();
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [&](const Record& r) { return ToJson(r, today); });
              }});
  router.Add({"POST", "/api/v1/records", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                RecordInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.category = in.RequiredEnum("category", Categories());
                input.description = in.OptionalString("description", 10000).value_or("");
                input.recorded_on = in.RequiredDate("recorded_on");
                input.retention_months = int(in.OptionalInt("retention_months", 1, 1200).value_or(60));
                input.legal_hold = in.OptionalBool("legal_hold").value_or(false);
                input.legal_hold_reason = in.OptionalString("legal_hold_reason", 1000).value_or("");
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) input.owner_id = *owner;
                input.clause_ids = in.IdArray("clause_ids", 200).value_or(std::vector<db::Id>{});
                in.Finish();
                return One(201, service.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/records/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return One(200, service.Get(ctx.user(), ctx.PathId("id", "record")));
              }});
  router.Add({"PATCH", "/api/v1/records/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "record");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                RecordPatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.category = in.OptionalEnum("category", Categories());
                patch.description = in.OptionalString("description", 10000);
                patch.recorded_on = in.OptionalDate("recorded_on");
                if (auto months = in.OptionalInt("retention_months", 1, 1200)) patch.retention_months = int(*months);
                patch.legal_hold = in.OptionalBool("legal_hold");
                patch.legal_hold_reason = in.OptionalString("legal_hold_reason", 1000);
                patch.clause_ids = in.IdArray("clause_ids", 200);
                in.Finish();
                return One(200, service.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"POST", "/api/v1/records/{id}/disposal", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "record");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                std::string reason = in.RequiredString("reason", 1000);
                in.Finish();
                return One(200, service.Dispose(ctx.user(), id, version, reason, ctx.actor()));
              }});
  auto record = [](RequestContext& ctx) { return ctx.PathId("id", "record"); };
  attachments::AddOwnerRoutes(
      router, {"/api/v1/records/{id}", upload_limit,
               [&, record](RequestContext& ctx) { service.AdmitFile(ctx.user(), record(ctx)); },
               [&, record](RequestContext& ctx, const attachments::Upload& upload) {
                 return service.AttachFile(ctx.user(), record(ctx), upload.file, upload.file_name, ctx.actor());
               },
               [&, record](RequestContext& ctx) { return service.Files(ctx.user(), record(ctx)); },
               [&, record](RequestContext& ctx, db::Id attachment_id) {
                 return service.DownloadFile(ctx.user(), record(ctx), attachment_id);
               },
               {}});
}

}  // namespace eduims::records
