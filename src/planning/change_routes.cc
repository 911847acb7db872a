#include "planning/change_routes.h"

#include <algorithm>

#include "platform/http/context.h"
#include "platform/http/json_input.h"

namespace eduims::planning {
namespace {

using http::JsonInput;
using http::RequestContext;

constexpr size_t kMostLinks = 50;

std::vector<db::Id> Ids(const std::optional<std::vector<long long>>& ids) {
  return ids ? std::vector<db::Id>(ids->begin(), ids->end()) : std::vector<db::Id>{};
}

http::Response One(int status, const PlannedChange& c) { return http::JsonResponse(status, ToJson(c)); }

}  // namespace

void AddChangeRoutes(http::Router& router, ChangeService& service) {
  router.Add({"GET", "/api/v1/changes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "status", "include_archived"}, true);
                auto page = ctx.Page();
                ChangeFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.status = ctx.Query("status", 20);
                const auto& statuses = ChangeStatuses();
                if (f.status && std::find(statuses.begin(), statuses.end(), *f.status) == statuses.end())
                  Fail(400, "request.bad_query", "status");
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [](const PlannedChange& c) { return ToJson(c); });
              }});
  router.Add({"POST", "/api/v1/changes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ChangeInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.purpose = in.OptionalString("purpose", 5000).value_or("");
                input.risks = in.OptionalString("risks", 5000).value_or("");
                input.resources = in.OptionalString("resources", 5000).value_or("");
                input.responsibilities = in.OptionalString("responsibilities", 5000).value_or("");
                input.planned_on = in.OptionalDate("planned_on");
                input.document_ids = Ids(in.IdArray("document_ids", kMostLinks));
                input.process_ids = Ids(in.IdArray("process_ids", kMostLinks));
                in.Finish();
                return One(201, service.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/changes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return One(200, service.Get(ctx.user(), ctx.PathId("id", "planned_change")));
              }});
  router.Add({"PATCH", "/api/v1/changes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "planned_change");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ChangePatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.purpose = in.OptionalString("purpose", 5000);
                patch.risks = in.OptionalString("risks", 5000);
                patch.resources = in.OptionalString("resources", 5000);
                patch.responsibilities = in.OptionalString("responsibilities", 5000);
                auto planned = in.PatchDate("planned_on", true);
                patch.planned_present = planned.present;
                patch.planned_on = planned.value;
                if (auto ids = in.IdArray("document_ids", kMostLinks)) patch.document_ids = Ids(ids);
                if (auto ids = in.IdArray("process_ids", kMostLinks)) patch.process_ids = Ids(ids);
                in.Finish();
                return One(200, service.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/changes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return One(200, service.Archive(ctx.user(), ctx.PathId("id", "planned_change"), ctx.actor()));
              }});
  router.Add({"POST", "/api/v1/changes/{id}/decisions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "planned_change");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                std::string decision = in.RequiredEnum("decision", ChangeDecisions());
                std::string note = in.OptionalString("note", 2000).value_or("");
                in.Finish();
                return One(200, service.Decide(ctx.user(), id, version, decision, note, ctx.actor()));
              }});
}

}  // namespace eduims::planning
