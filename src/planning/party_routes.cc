#include "planning/party_routes.h"

#include "platform/http/context.h"
#include "platform/http/json_input.h"

namespace eduims::planning {
namespace {

namespace json = boost::json;
using http::JsonInput;
using http::RequestContext;

template <class Record>
http::Response One(int status, const Record& r) {
  return http::JsonResponse(status, ToJson(r));
}

void AddRequirementRoutes(http::Router& router, PartyService& service) {
  router.Add({"GET", "/api/v1/interested-parties/{id}/requirements", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                ctx.OnlyQuery({"include_archived"});
                json::array items;
                for (const auto& r : service.Requirements(ctx.user(), ctx.PathId("id", "interested_party"),
                                                          ctx.QueryBool("include_archived").value_or(false)))
                  items.push_back(ToJson(r));
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/interested-parties/{id}/requirements", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id party = ctx.PathId("id", "interested_party");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                RequirementInput input;
                input.text = in.RequiredString("text", 2000);
                input.adopted = in.OptionalBool("adopted").value_or(true);
                input.compliance_obligation = in.OptionalBool("compliance_obligation").value_or(false);
                input.obligation_reference = in.OptionalString("obligation_reference", 300).value_or("");
                input.monitoring = in.RequiredString("monitoring", 40);
                input.monitoring_note = in.OptionalString("monitoring_note", 2000).value_or("");
                in.Finish();
                return One(201, service.AddRequirement(ctx.user(), party, input, ctx.actor()));
              }});
  router.Add({"PATCH", "/api/v1/interested-parties/{id}/requirements/{requirement_id}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id party = ctx.PathId("id", "interested_party");
                db::Id id = ctx.PathId("requirement_id", "party_requirement");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                RequirementPatch patch;
                patch.text = in.OptionalString("text", 2000);
                patch.adopted = in.OptionalBool("adopted");
                patch.compliance_obligation = in.OptionalBool("compliance_obligation");
                patch.obligation_reference = in.OptionalString("obligation_reference", 300);
                patch.monitoring = in.OptionalString("monitoring", 40);
                patch.monitoring_note = in.OptionalString("monitoring_note", 2000);
                in.Finish();
                return One(200, service.UpdateRequirement(ctx.user(), party, id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/interested-parties/{id}/requirements/{requirement_id}",
              http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id party = ctx.PathId("id", "interested_party");
                db::Id id = ctx.PathId("requirement_id", "party_requirement");
                return One(200, service.ArchiveRequirement(ctx.user(), party, id, ctx.actor()));
              }});
}

}  // namespace

void AddPartyRoutes(http::Router& router, PartyService& service) {
  router.Add({"GET", "/api/v1/party-classes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                json::array items;
                for (const auto& c : service.Classes()) items.push_back(ToJson(c));
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"GET", "/api/v1/interested-parties", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "class", "relevant", "include_archived"}, true);
                auto page = ctx.Page();
                PartyFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.class_code = ctx.Query("class", 40);
                f.relevant = ctx.QueryBool("relevant");
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [](const InterestedParty& p) { return ToJson(p); });
              }});
  router.Add({"POST", "/api/v1/interested-parties", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                PartyInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.class_code = in.RequiredString("class", 40);
                input.name = in.RequiredString("name", 200);
                input.needs = in.OptionalString("needs", 5000).value_or("");
                input.relevant = in.OptionalBool("relevant").value_or(true);
                input.relevance_reason = in.OptionalString("relevance_reason", 2000).value_or("");
                in.Finish();
                return One(201, service.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/interested-parties/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return One(200, service.Get(ctx.user(), ctx.PathId("id", "interested_party")));
              }});
  router.Add({"PATCH", "/api/v1/interested-parties/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "interested_party");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                PartyPatch patch;
                patch.name = in.OptionalString("name", 200);
                patch.needs = in.OptionalString("needs", 5000);
                patch.relevant = in.OptionalBool("relevant");
                patch.relevance_reason = in.OptionalString("relevance_reason", 2000);
                in.Finish();
                return One(200, service.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/interested-parties/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return One(200, service.Archive(ctx.user(), ctx.PathId("id", "interested_party"), ctx.actor()));
              }});
  AddRequirementRoutes(router, service);
}

}  // namespace eduims::planning
