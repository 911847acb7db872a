#include "oversight/routes.h"

#include <algorithm>

#include "platform/http/context.h"
#include "platform/http/download.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"

namespace eduims::oversight {
namespace {

using http::RequestContext;

// The table the query parameters ask for: within (required), q, type, level (warning|alert), sort, order.
Table TableOf(RequestContext& ctx, OversightService& service) {
  auto within = ctx.QueryId("within");
  if (!within) Fail(400, "request.bad_query", "within");
  TableQuery q;
  if (auto text = ctx.Query("q", 200)) q.text_folded = FoldForSearch(*text);
  q.type = ctx.Query("type", 40);
  if (auto level = ctx.Query("level", 10)) {
    if (*level == "warning")
      q.at_least = Level::kWarning;
    else if (*level == "alert")
      q.at_least = Level::kAlert;
    else
      Fail(400, "request.bad_query", "level");
  }
  if (auto sort = ctx.Query("sort", 40)) {
    const auto& keys = SortKeys();
    if (std::find(keys.begin(), keys.end(), *sort) == keys.end()) Fail(400, "request.bad_query", "sort");
    q.sort = *sort;
  }
  if (auto order = ctx.Query("order", 4)) {
    if (*order != "asc" && *order != "desc") Fail(400, "request.bad_query", "order");
    q.descending = *order == "desc";
  }
  return service.Overview(ctx.user(), *within, q);
}

}  // namespace

void AddRoutes(http::Router& router, OversightService& service) {
  router.Add({"GET", "/api/v1/oversight", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within", "q", "type", "level", "sort", "order"});
                return http::JsonResponse(200, ToJson(TableOf(ctx, service)));
              }});
  router.Add({"GET", "/api/v1/oversight/export", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within", "q", "type", "level", "sort", "order", "lang"});
                Table table = TableOf(ctx, service);
                return http::Download(service.Export(table, ctx.QueryLanguage()),
                                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "oversight-" + std::to_string(table.within.id) + ".xlsx");
              }});
}

}  // namespace eduims::oversight
