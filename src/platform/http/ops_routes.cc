#include "platform/http/ops_routes.h"

#include "platform/audit/audit_trail.h"
#include "platform/clock.h"
#include "platform/embedded.h"

namespace eduims::http {
namespace {

boost::json::value ParsedOrNull(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(*text, ec);
  return ec ? boost::json::value(*text) : v;
}

boost::json::object ToJson(const audit::Entry& e) {
  return {{"id", e.id},
          {"at", e.at},
          {"user_id", e.user_id ? boost::json::value(*e.user_id) : boost::json::value(nullptr)},
          {"user_name", e.user_name ? boost::json::value(*e.user_name) : boost::json::value(nullptr)},
          {"address", e.address},
          {"request_id", e.request_id},
          {"entity", e.change.entity},
          {"entity_id", e.change.entity_id},
          {"operation", e.change.operation},
          {"unit_path", e.change.unit_path ? boost::json::value(*e.change.unit_path) : boost::json::value(nullptr)},
          {"before", ParsedOrNull(e.change.before_json)},
          {"after", ParsedOrNull(e.change.after_json)},
          {"hash", e.hash},
          {"prev_hash", e.prev_hash}};
}

std::optional<std::string> TimestampQuery(const RequestContext& ctx, const std::string& name) {
  auto text = ctx.Query(name, 32);
  if (text && !ParseTimestamp(*text)) Fail(400, "request.bad_query", name);
  return text;
}

}  // namespace

void AddOperationsRoutes(App& app) {
  app.router().Add({"GET", "/healthz", Access::kPublic, [](RequestContext&) {
                      return Response::Json(200, R"({"status":"ok"})");
                    }});
  app.router().Add({"GET", "/readyz", Access::kPublic, [&app](RequestContext&) {
                      if (!app.db().Ping()) Fail(503, "server.unavailable");
                      return Response::Json(200, R"({"status":"ready"})");
                    }});
  app.router().Add({"GET", "/metrics", Access::kPublic, [&app](RequestContext&) {
                      return Response{200, "text/plain; version=0.0.4", app.metrics().Render(), {}, {}};
                    }});
  app.router().Add({"GET", "/api/v1/openapi.json", Access::kPublic, [](RequestContext&) {
                      auto document = embedded::Find("api/openapi.json");
                      if (!document) Fail(404, "route.not_found");
                      Response r{200, "application/json", std::string(*document), {}};
                      r.headers.emplace_back("Cache-Control", "public, max-age=300");
                      return r;
                    }});
  app.router().Add({"GET", "/api/v1/audit-log", Access::kAuthenticated, [&app](RequestContext& ctx) {
                      ctx.OnlyQuery({"entity", "entity_id", "user_id", "from", "to"}, true);
                      const auth::Principal& who = ctx.user();
                      if (!who.CanAnywhere(auth::Permission::kViewAuditLog)) Fail(403, "auth.forbidden");
                      auto page = ctx.Page();
                      audit::Query q;
                      q.scope = who.Scope(auth::Permission::kViewAuditLog);
                      for (const std::string& root : q.scope)
                        q.organisation_wide = q.organisation_wide || std::count(root.begin(), root.end(), '/') == 2;
                      q.entity = ctx.Query("entity", 64);
                      q.entity_id = ctx.Query("entity_id", 64);
                      q.user_id = ctx.QueryId("user_id");
                      q.from = TimestampQuery(ctx, "from");
                      q.to = TimestampQuery(ctx, "to");
                      q.before_id = page.after;
                      q.limit = page.limit;
                      // What a reader may not open is not shown through its trail either: the entry stays, with
                      // neither content.
                      return PageOf(audit::List(app.db(), q), page.limit, [&](const audit::Entry& e) {
                        if (app.audit_guards().MayRead(who, e)) return ToJson(e);
                        audit::Entry hidden = e;
                        hidden.change.before_json.reset();
                        hidden.change.after_json.reset();
                        boost::json::object out = ToJson(hidden);
                        out["content_hidden"] = true;
                        return out;
                      });
                    }});
}

}  // namespace eduims::http
