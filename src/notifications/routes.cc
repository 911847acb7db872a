#include "notifications/routes.h"

#include "platform/http/context.h"
#include "platform/http/json_input.h"

namespace eduims::notifications {
namespace {

http::Response PreferenceResponse(Delivery delivery) {
  return http::JsonResponse(200, boost::json::object{{"delivery", DeliveryName(delivery)}});
}

}  // namespace

void AddRoutes(http::Router& router, NotificationService& service) {
  // Only the caller's own tasks: the route takes no user, so nobody reads another's.
  router.Add({"GET", "/api/v1/notifications", http::Access::kAuthenticated, [&](http::RequestContext& ctx) {
                ctx.OnlyQuery({});
                std::string today = FormatDate(TodayInVietnam());
                boost::json::array items;
                long long overdue = 0;
                for (const UserTask& task : service.Mine(ctx.user(), today)) {
                  overdue += Overdue(task, today) ? 1 : 0;
                  items.push_back(ToJson(task, today));
                }
                return http::JsonResponse(200, boost::json::object{{"today", today},
                                                                   {"count", items.size()},
                                                                   {"overdue", overdue},
                                                                   {"items", std::move(items)}});
              }});
  router.Add({"GET", "/api/v1/notifications/preferences", http::Access::kAuthenticated,
              [&](http::RequestContext& ctx) {
                ctx.OnlyQuery({});
                return PreferenceResponse(service.Preference(ctx.user()));
              }});
  router.Add({"PUT", "/api/v1/notifications/preferences", http::Access::kAuthenticated,
              [&](http::RequestContext& ctx) {
                http::JsonInput in = http::JsonInput::FromRequest(ctx.request);
                auto delivery = ParseDelivery(in.RequiredEnum("delivery", DeliveryNames()));
                in.Finish();
                return PreferenceResponse(service.SetPreference(ctx.user(), *delivery, ctx.actor()));
              }});
}

}  // namespace eduims::notifications
