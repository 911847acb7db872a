#include "processes/routes.h"

#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::processes {
namespace {

using http::JsonInput;
using http::RequestContext;

constexpr size_t kMaxItems = 50, kMaxItemLength = 300, kMaxClauses = 200, kMaxFeeds = 100;

std::optional<std::vector<Feed>> ReadFeeds(JsonInput& in) {
  auto items = in.ObjectArray("feeds", kMaxFeeds);
  if (!items) return std::nullopt;
  std::vector<Feed> feeds;
  for (JsonInput& item : *items) {
    Feed f;
    f.process_id = item.RequiredInt("process_id", 1, INT64_MAX);
    f.what = item.RequiredString("what", kMaxItemLength);
    item.Finish();
    feeds.push_back(std::move(f));
  }
  return feeds;
}

std::optional<std::vector<db::Id>> ReadClauses(JsonInput& in) { return in.IdArray("clause_ids", kMaxClauses); }

http::Response One(int status, const Process& p, const std::vector<Feed>* fed_by = nullptr) {
  return http::JsonResponse(status, ToJson(p, fed_by));
}

}  // namespace

void AddRoutes(http::Router& router, ProcessService& service) {
  router.Add({"GET", "/api/v1/processes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "owner_id", "clause_id", "category", "q", "include_archived"},
                              true);
                auto page = ctx.Page();
                ProcessFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.owner_id = ctx.QueryId("owner_id");
                f.clause_id = ctx.QueryId("clause_id");
                if (auto category = ctx.Query("category")) {
                  f.category = ParseCategory(*category);
                  if (!f.category) Fail(400, "request.bad_query", "category");
                }
                f.text = ctx.Query("q", 200);
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [](const Process& p) { return ToJson(p); });
              }});
  router.Add({"POST", "/api/v1/processes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ProcessInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.code = in.RequiredString("code", 32);
                input.name = in.RequiredString("name", 200);
                input.category = *ParseCategory(in.RequiredEnum("category", CategoryNames()));
                input.purpose = in.OptionalString("purpose", 2000).value_or("");
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) input.owner_id = *owner;
                using Texts = std::vector<std::string>;
                input.inputs = in.StringArray("inputs", kMaxItems, kMaxItemLength).value_or(Texts{});
                input.outputs = in.StringArray("outputs", kMaxItems, kMaxItemLength).value_or(Texts{});
                input.resources = in.StringArray("resources", kMaxItems, kMaxItemLength).value_or(Texts{});
                if (auto risk = in.OptionalEnum("risk_level", RiskLevelNames())) input.risk_level = *ParseRiskLevel(*risk);
                input.clause_ids = ReadClauses(in).value_or(std::vector<db::Id>{});
                input.feeds = ReadFeeds(in).value_or(std::vector<Feed>{});
                in.Finish();
                return One(201, service.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/processes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                std::vector<Feed> fed_by;
                Process p = service.Get(ctx.user(), ctx.PathId("id", "process"), &fed_by);
                return One(200, p, &fed_by);
              }});
  router.Add({"PATCH", "/api/v1/processes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "process");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ProcessPatch patch;
                patch.code = in.OptionalString("code", 32);
                patch.name = in.OptionalString("name", 200);
                if (auto category = in.OptionalEnum("category", CategoryNames()))
                  patch.category = *ParseCategory(*category);
                patch.purpose = in.OptionalString("purpose", 2000);
                auto owner = in.PatchInt("owner_id", 1, INT64_MAX, true);
                patch.owner_present = owner.present;
                if (owner.value) patch.owner_id = *owner.value;
                patch.inputs = in.StringArray("inputs", kMaxItems, kMaxItemLength);
                patch.outputs = in.StringArray("outputs", kMaxItems, kMaxItemLength);
                patch.resources = in.StringArray("resources", kMaxItems, kMaxItemLength);
                if (auto risk = in.OptionalEnum("risk_level", RiskLevelNames())) patch.risk_level = *ParseRiskLevel(*risk);
                patch.clause_ids = ReadClauses(in);
                patch.feeds = ReadFeeds(in);
                in.Finish();
                return One(200, service.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/processes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return One(200, service.Archive(ctx.user(), ctx.PathId("id", "process"), ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/process-map", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within"});
                if (!ctx.user().CanAnywhere(auth::Permission::kViewProcesses)) Fail(403, "auth.forbidden");
                ProcessMap map = service.Map(ctx.user(), ctx.QueryId("within"));
                boost::json::array nodes, edges;
                for (const Process& p : map.processes)
                  nodes.push_back({{"id", p.id},
                                   {"unit_id", p.unit_id},
                                   {"code", p.code},
                                   {"name", p.name},
                                   {"category", CategoryName(p.category)},
                                   {"owner_id", p.owner_id ? boost::json::value(*p.owner_id) : nullptr},
                                   {"risk_level", RiskLevelName(p.risk_level)}});
                for (const auto& [from, feed] : map.interactions)
                  edges.push_back({{"from", from}, {"to", feed.process_id}, {"what", feed.what}});
                return http::JsonResponse(200, boost::json::object{{"processes", std::move(nodes)},
                                                                   {"interactions", std::move(edges)},
                                                                   {"truncated", map.truncated}});
              }});
}

}  // namespace eduims::processes
