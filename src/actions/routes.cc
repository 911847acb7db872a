#include "actions/routes.h"

#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::actions {
namespace {

using http::JsonInput;
using http::RequestContext;

http::Response One(int status, const Action& a) {
  return http::Response::Json(status, JsonText(a, FormatDate(TodayInVietnam())));
}

}  // namespace

void AddRoutes(http::Router& router, ActionService& service) {
  router.Add({"GET", "/api/v1/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "owner_id", "mine", "status", "overdue", "source_type",
                               "source_id", "include_archived"},
                              true);
                auto page = ctx.Page();
                ActionFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.owner_id = ctx.QueryId("owner_id");
                if (ctx.QueryBool("mine").value_or(false)) f.owner_id = ctx.user().user_id;
                if (auto status = ctx.Query("status")) {
                  f.status = ParseStatus(*status);
                  if (!f.status) Fail(400, "request.bad_query", "status");
                }
                f.overdue = ctx.QueryBool("overdue").value_or(false);
                f.source_type = ctx.Query("source_type", 32);
                f.source_id = ctx.Query("source_id", 64);
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                std::string today = FormatDate(TodayInVietnam());
                return http::WrittenPageOf(service.List(ctx.user(), f), page.limit,
                                           [&](JsonWriter& w, const Action& a) { WriteJson(w, a, today); });
              }});
  router.Add({"POST", "/api/v1/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ActionInput input;
                input.title = in.RequiredString("title", 300);
                input.description = in.OptionalString("description", 10000).value_or("");
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) input.owner_id = *owner;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.due_date = in.OptionalDate("due_date");
                input.source_type = in.OptionalString("source_type", 32);
                input.source_id = in.OptionalString("source_id", 64);
                in.Finish();
                return One(201, service.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/actions/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return One(200, service.Get(ctx.user(), ctx.PathId("id", "action")));
              }});
  router.Add({"PATCH", "/api/v1/actions/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "action");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ActionPatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.description = in.OptionalString("description", 10000);
                auto owner = in.PatchInt("owner_id", 1, INT64_MAX, true);
                patch.owner_present = owner.present;
                if (owner.value) patch.owner_id = *owner.value;
                if (auto unit = in.OptionalInt("unit_id", 1, INT64_MAX)) patch.unit_id = *unit;
                auto due = in.PatchDate("due_date", true);
                patch.due_present = due.present;
                patch.due_date = due.value;
                in.Finish();
                return One(200, service.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/actions/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return One(200, service.Archive(ctx.user(), ctx.PathId("id", "action"), ctx.actor()));
              }});
  router.Add({"POST", "/api/v1/actions/{id}/transitions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "action");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                Status to = *ParseStatus(in.RequiredEnum("to", StatusNames()));
                auto comment = in.OptionalString("comment", 2000);
                in.Finish();
                return One(200, service.Transition(ctx.user(), id, version, to, comment, ctx.actor()));
              }});
}

}  // namespace eduims::actions
