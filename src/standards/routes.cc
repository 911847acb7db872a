#include "standards/routes.h"

#include "platform/http/context.h"
#include "platform/problem.h"
#include "standards/catalogue.h"

namespace eduims::standards {
namespace {

using http::RequestContext;

Standard Existing(db::Database& db, db::Id id) {
  auto standard = GetStandard(db, id);
  if (!standard) FailNotFound("standard");
  return *standard;
}

template <class T>
http::Response Items(const std::vector<T>& items) {
  boost::json::array out;
  for (const T& item : items) out.push_back(ToJson(item));
  return http::JsonResponse(200, boost::json::object{{"items", std::move(out)}});
}

}  // namespace

void AddRoutes(http::Router& router, db::Database& db) {
  router.Add({"GET", "/api/v1/standards", http::Access::kAuthenticated, [&db](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return Items(ListStandards(db));
              }});
  router.Add({"GET", "/api/v1/standards/{id}", http::Access::kAuthenticated, [&db](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(Existing(db, ctx.PathId("id", "standard"))));
              }});
  router.Add({"GET", "/api/v1/standards/{id}/clauses", http::Access::kAuthenticated, [&db](RequestContext& ctx) {
                ctx.OnlyQuery({"kind"});
                Standard standard = Existing(db, ctx.PathId("id", "standard"));
                auto kind = ctx.Query("kind");
                if (kind && *kind != "clause" && *kind != "annex" && *kind != "principle")
                  Fail(400, "request.bad_query", "kind");
                std::vector<Clause> clauses;
                for (Clause& c : ListClauses(db, standard.id))
                  if (!kind || c.kind == *kind) clauses.push_back(std::move(c));
                return Items(clauses);
              }});
  router.Add({"GET", "/api/v1/standards/{id}/mandatory-information", http::Access::kAuthenticated,
              [&db](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return Items(ListMandatoryItems(db, Existing(db, ctx.PathId("id", "standard")).id));
              }});
  router.Add({"GET", "/api/v1/crosswalks", http::Access::kAuthenticated, [&db](RequestContext& ctx) {
                ctx.OnlyQuery({"standard", "other_standard"});
                auto a = ctx.QueryId("standard");
                auto b = ctx.QueryId("other_standard");
                if (b && !a) Fail(400, "request.bad_query", "other_standard");
                if (a) Existing(db, *a);
                if (b) Existing(db, *b);
                return Items(ListCorrespondences(db, a, b));
              }});
}

}  // namespace eduims::standards
