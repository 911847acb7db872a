#include "planning/scope_routes.h"

#include "platform/http/context.h"
#include "platform/http/json_input.h"

namespace eduims::planning {

using http::JsonInput;
using http::RequestContext;

void AddScopeRoutes(http::Router& router, ScopeService& service) {
  router.Add({"GET", "/api/v1/units/{id}/scope", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.Get(ctx.user(), ctx.PathId("id", "unit"))));
              }});
  router.Add({"PUT", "/api/v1/units/{id}/scope", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id unit = ctx.PathId("id", "unit");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ScopeInput input;
                input.version = in.RequiredInt("version", 0, INT64_MAX);
                input.statement_vi = in.RequiredString("statement_vi", 4000);
                input.statement_en = in.RequiredString("statement_en", 4000);
                input.sites = in.StringArray("sites", 50, 300).value_or(std::vector<std::string>{});
                input.products = in.StringArray("products", 100, 300).value_or(std::vector<std::string>{});
                for (auto& item : in.ObjectArray("excluded_clauses", 50).value_or(std::vector<JsonInput>{})) {
                  db::Id clause = item.RequiredInt("clause_id", 1, INT64_MAX);
                  std::string justification = item.OptionalString("justification", 2000).value_or("");
                  item.Finish();
                  input.exclusions.emplace_back(clause, std::move(justification));
                }
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Put(ctx.user(), unit, input, ctx.actor())));
              }});
}

}  // namespace eduims::planning
