#include "org/routes.h"

#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::org {
namespace {

using http::JsonInput;
using http::RequestContext;
using http::Response;

constexpr size_t kImportLimit = 5 << 20;

template <class T>
Response Page(const std::vector<T>& items, int limit) {
  return http::PageOf(items, limit, [](const T& item) { return ToJson(item); });
}

std::string CsvBody(const RequestContext& ctx) {
  auto type = ctx.request.Header("content-type").value_or("");
  if (type.substr(0, 8) != "text/csv")
    Fail(Problem::Make(415, "request.unsupported_media_type").With("expected", "text/csv"));
  return ctx.request.body;
}

Response ImportResponse(const std::vector<ImportedRow>& rows, const char* key_name) {
  boost::json::array items;
  for (const auto& r : rows) items.push_back({{"row", r.row}, {"id", r.id}, {key_name, r.key}});
  return http::JsonResponse(201, boost::json::object{{"imported", rows.size()}, {"rows", std::move(items)}});
}

std::optional<db::Id> OptionalId(JsonInput& in, const std::string& name) {
  auto v = in.OptionalInt(name, 1, INT64_MAX);
  return v ? std::optional<db::Id>(*v) : std::nullopt;
}

UserPatch ReadUserPatch(JsonInput& in, bool self_service) {
  UserPatch patch;
  patch.full_name = in.OptionalString("full_name", 200);
  patch.language = in.OptionalString("language", 2);
  patch.time_zone = in.OptionalString("time_zone", 64);
  if (!self_service) {
    patch.unit_id = OptionalId(in, "unit_id");
    patch.disabled = in.OptionalBool("disabled");
    patch.password = in.OptionalString("password", 256);
  }
  return patch;
}

}  // namespace

void AddRoutes(http::Router& router, OrgService& service) {
  router.Add({"GET", "/api/v1/units", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"parent_id", "within", "q", "type", "include_archived"}, true);
                auto page = ctx.Page();
                UnitFilter f;
                f.parent_id = ctx.QueryId("parent_id");
                f.within = ctx.QueryId("within");
                f.text = ctx.Query("q");
                f.type = ctx.Query("type");
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return Page(service.ListUnits(ctx.user(), f), page.limit);
              }});
  router.Add({"POST", "/api/v1/units", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                UnitInput input;
                input.parent_id = OptionalId(in, "parent_id");
                input.code = in.RequiredString("code", 32);
                input.name = in.RequiredString("name", 200);
                input.type = in.RequiredString("type", 64);
                input.region = in.OptionalString("region", 100).value_or("");
                input.address = in.OptionalString("address", 500).value_or("");
                in.Finish();
                if (!input.parent_id) Fail(422, "units.root_required", "parent_id");
                return http::JsonResponse(201, ToJson(service.CreateUnit(&ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/units/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.GetUnit(&ctx.user(), ctx.PathId("id", "unit"))));
              }});
  router.Add({"PATCH", "/api/v1/units/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "unit");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                UnitPatch patch;
                patch.parent_id = OptionalId(in, "parent_id");
                patch.code = in.OptionalString("code", 32);
                patch.name = in.OptionalString("name", 200);
                patch.type = in.OptionalString("type", 64);
                patch.region = in.OptionalString("region", 100);
                patch.address = in.OptionalString("address", 500);
                if (auto head = in.PatchInt("head_user_id", 1, INT64_MAX, true); head.present) patch.head_user_id = head.value;
                in.Finish();
                return http::JsonResponse(200, ToJson(service.UpdateUnit(ctx.user(), id, version, patch, ctx.actor())));
              }});
  router.Add({"DELETE", "/api/v1/units/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "unit");
                return http::JsonResponse(200, ToJson(service.ArchiveUnit(ctx.user(), id, ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/units/import", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                return ImportResponse(service.ImportUnits(ctx.user(), CsvBody(ctx), ctx.actor()), "code");
              },
              kImportLimit});

  router.Add({"GET", "/api/v1/users", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "q", "include_disabled", "can"}, true);
                auto page = ctx.Page();
                UserFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.text = ctx.Query("q");
                f.include_disabled = ctx.QueryBool("include_disabled").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                // ?can=approve-like permission&unit_id=: the people who may act there, not the caller's staff list.
                if (auto can = ctx.Query("can")) {
                  auto permission = auth::ParsePermission(*can);
                  if (!permission) Fail(400, "request.bad_query", "can");
                  if (!f.unit_id) Fail(400, "request.bad_query", "unit_id");
                  return Page(service.ListUsersWho(ctx.user(), *permission, *f.unit_id, f), page.limit);
                }
                return Page(service.ListUsers(&ctx.user(), f), page.limit);
              }});
  router.Add({"POST", "/api/v1/users", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                UserInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.email = in.RequiredString("email", 254);
                input.full_name = in.RequiredString("full_name", 200);
                input.password = in.OptionalString("password", 256);
                input.language = in.OptionalString("language", 2).value_or("vi");
                input.time_zone = in.OptionalString("time_zone", 64).value_or("Asia/Ho_Chi_Minh");
                in.Finish();
                return http::JsonResponse(201, ToJson(service.CreateUser(&ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/users/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.GetUser(&ctx.user(), ctx.PathId("id", "user"))));
              }});
  router.Add({"PATCH", "/api/v1/users/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "user");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                UserPatch patch = ReadUserPatch(in, false);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.UpdateUser(&ctx.user(), id, version, patch, ctx.actor())));
              }});
  router.Add({"DELETE", "/api/v1/users/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "user");
                UserPatch patch;
                patch.disabled = true;
                return http::JsonResponse(200,
                                          ToJson(service.UpdateUser(&ctx.user(), id, std::nullopt, patch, ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/users/import", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                return ImportResponse(service.ImportUsers(ctx.user(), CsvBody(ctx), ctx.actor()), "email");
              },
              kImportLimit});
  router.Add({"GET", "/api/v1/users/{id}/grants", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"include_revoked"});
                db::Id id = ctx.PathId("id", "user");
                boost::json::array items;
                for (const auto& g : service.ListGrants(ctx.user(), id, ctx.QueryBool("include_revoked").value_or(false)))
                  items.push_back(ToJson(g));
                return http::JsonResponse(200, boost::json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/users/{id}/grants", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "user");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                std::string role = in.RequiredString("role", 32);
                db::Id unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                auto valid_until = in.OptionalDate("valid_until");
                in.Finish();
                return http::JsonResponse(
                    201, ToJson(service.AddGrant(&ctx.user(), id, role, unit_id, valid_until, ctx.actor())));
              }});
  router.Add({"DELETE", "/api/v1/users/{id}/grants/{grant_id}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "user");
                db::Id grant_id = ctx.PathId("grant_id", "role_grant");
                return http::JsonResponse(200, ToJson(service.RevokeGrant(ctx.user(), id, grant_id, ctx.actor())));
              }});

  router.Add({"GET", "/api/v1/names", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"user_ids", "unit_ids"});
                constexpr size_t kMostIds = 100;
                return http::JsonResponse(
                    200, service.Names(ctx.user(), ctx.QueryIds("user_ids", kMostIds), ctx.QueryIds("unit_ids", kMostIds)));
              }});

  router.Add({"GET", "/api/v1/me", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.GetUser(&ctx.user(), ctx.user().user_id)));
              }});
  router.Add({"PATCH", "/api/v1/me", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                UserPatch patch = ReadUserPatch(in, true);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.UpdateProfile(ctx.user(), version, patch, ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/me/password", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                std::string current = in.RequiredString("current_password", 256);
                std::string next = in.RequiredString("new_password", 256);
                in.Finish();
                service.ChangePassword(ctx.user(), current, next, ctx.actor());
                return Response::NoContent();
              }});
}

}  // namespace eduims::org
