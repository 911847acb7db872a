#include "calendar/routes.h"

#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::calendar {

using http::JsonInput;
using http::RequestContext;

void AddRoutes(http::Router& router, CalendarService& service) {
  router.Add({"GET", "/api/v1/calendar-feeds", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                boost::json::array items;
                for (const auto& feed : service.List(ctx.user())) items.push_back(ToJson(feed));
                return http::JsonResponse(200, boost::json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/calendar-feeds", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                std::string name = in.RequiredString("name", 100);
                auto unit_id = in.OptionalInt("unit_id", 1, INT64_MAX);
                in.Finish();
                auto [feed, token] = service.Create(ctx.user(), name, unit_id, ctx.actor());
                boost::json::object body = ToJson(feed);
                body["token"] = token;
                body["url"] = "/calendar/" + token + ".ics";
                return http::JsonResponse(201, body);
              }});
  router.Add({"DELETE", "/api/v1/calendar-feeds/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                service.Revoke(ctx.user(), ctx.PathId("id", "calendar_feed"), ctx.actor());
                return http::Response::NoContent();
              }});
  // Query parameters are ignored here: some calendar applications add their own to defeat caches.
  router.Add({"GET", "/calendar/{token}.ics", http::Access::kPublic, [&](RequestContext& ctx) {
                http::Response r{200, "text/calendar; charset=utf-8", service.Render(ctx.PathParam("token")), {}, {}};
                r.headers.emplace_back("Content-Disposition", "inline; filename=\"eduims.ics\"");
                return r;
              }});
}

}  // namespace eduims::calendar
