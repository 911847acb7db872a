#include "planning/context_routes.h"

#include "planning/change_routes.h"
#include "planning/party_routes.h"
#include "planning/scope_routes.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::planning {
namespace {

namespace json = boost::json;
using http::JsonInput;
using http::RequestContext;

constexpr size_t kMostLinks = 50;

json::array IssuesJson(const std::vector<ContextIssue>& issues) {
  json::array out;
  for (const auto& c : issues) out.push_back(ToJson(c));
  return out;
}

std::vector<db::Id> Ids(const std::optional<std::vector<long long>>& ids) {
  return ids ? std::vector<db::Id>(ids->begin(), ids->end()) : std::vector<db::Id>{};
}

void AddIssueRoutes(http::Router& router, ContextService& service) {
  router.Add({"GET", "/api/v1/context-issues", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "category", "kind", "effect", "q", "include_archived"}, true);
                auto page = ctx.Page();
                ContextIssueFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.category = ctx.Query("category", 40);
                if (f.category && !KindOfCategory(*f.category)) Fail(400, "request.bad_query", "category");
                f.kind = ctx.Query("kind", 20);
                if (f.kind && *f.kind != "internal" && *f.kind != "external") Fail(400, "request.bad_query", "kind");
                f.effect = ctx.Query("effect", 20);
                if (f.effect && *f.effect != "positive" && *f.effect != "negative")
                  Fail(400, "request.bad_query", "effect");
                f.text = ctx.Query("q", 200);
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [](const ContextIssue& c) { return ToJson(c); });
              }});
  router.Add({"POST", "/api/v1/context-issues", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ContextIssueInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.description = in.OptionalString("description", 5000).value_or("");
                input.category = in.RequiredString("category", 40);
                input.effect = in.RequiredString("effect", 20);
                input.process_ids = Ids(in.IdArray("process_ids", kMostLinks));
                input.clause_ids = Ids(in.IdArray("clause_ids", kMostLinks));
                input.review_date = in.OptionalDate("review_date");
                in.Finish();
                return http::JsonResponse(201, ToJson(service.Create(ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/context-issues/swot", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within"});
                Swot swot = service.SwotOf(ctx.user(), ctx.QueryId("within"));
                return http::JsonResponse(200, json::object{{"strengths", IssuesJson(swot.strengths)},
                                                            {"weaknesses", IssuesJson(swot.weaknesses)},
                                                            {"opportunities", IssuesJson(swot.opportunities)},
                                                            {"threats", IssuesJson(swot.threats)},
                                                            {"truncated", swot.truncated}});
              }});
  router.Add({"GET", "/api/v1/context-issues/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.Get(ctx.user(), ctx.PathId("id", "context_issue"))));
              }});
  router.Add({"GET", "/api/v1/context-issues/{id}/history", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                json::array items;
                for (const auto& v : service.History(ctx.user(), ctx.PathId("id", "context_issue")))
                  items.push_back({{"version", v.version},
                                   {"issue", json::parse(v.snapshot)},
                                   {"replaced_by", JsonOrNull(v.replaced_by)},
                                   {"replaced_at", v.replaced_at}});
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"PATCH", "/api/v1/context-issues/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "context_issue");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ContextIssuePatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.description = in.OptionalString("description", 5000);
                patch.category = in.OptionalString("category", 40);
                patch.effect = in.OptionalString("effect", 20);
                if (auto ids = in.IdArray("process_ids", kMostLinks)) patch.process_ids = Ids(ids);
                if (auto ids = in.IdArray("clause_ids", kMostLinks)) patch.clause_ids = Ids(ids);
                auto review = in.PatchDate("review_date", true);
                patch.review_present = review.present;
                patch.review_date = review.value;
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Update(ctx.user(), id, version, patch, ctx.actor())));
              }});
  router.Add({"DELETE", "/api/v1/context-issues/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return http::JsonResponse(
                    200, ToJson(service.Archive(ctx.user(), ctx.PathId("id", "context_issue"), ctx.actor())));
              }});
}

}  // namespace

void AddContextRoutes(http::Router& router, ContextModule& context) {
  AddIssueRoutes(router, context.issues);
  AddPartyRoutes(router, context.parties);
  AddScopeRoutes(router, context.scope);
  AddChangeRoutes(router, context.changes);
}

}  // namespace eduims::planning
