#include "improvement/routes.h"

#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::improvement {
namespace {

using http::JsonInput;
using http::RequestContext;

std::string Today() { return FormatDate(TodayInVietnam()); }

http::Response One(int status, const Nonconformity& nc) { return http::JsonResponse(status, ToJson(nc, Today())); }

std::optional<std::string> QueryEnum(const RequestContext& ctx, const std::string& name,
                                     const std::vector<std::string>& allowed) {
  auto value = ctx.Query(name, 64);
  if (value && std::find(allowed.begin(), allowed.end(), *value) == allowed.end())
    Fail(400, "request.bad_query", name);
  return value;
}

PlannedAction ReadPlannedAction(JsonInput& in) {
  PlannedAction planned;
  planned.title = in.RequiredString("title", 300);
  planned.description = in.OptionalString("description", 10000).value_or("");
  if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) planned.owner_id = *owner;
  planned.due_date = in.OptionalDate("due_date");
  in.Finish();
  return planned;
}

http::Response ActionList(const std::vector<actions::Action>& linked) {
  std::string today = Today();
  boost::json::array items;
  for (const auto& a : linked) items.push_back(actions::ToJson(a, today));
  return http::JsonResponse(200, boost::json::object{{"items", std::move(items)}});
}

void AddImprovementRoutes(http::Router& router, ImprovementService& service) {
  router.Add({"GET", "/api/v1/improvements", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "owner_id", "status", "source", "include_archived"}, true);
                auto page = ctx.Page();
                ImprovementFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.owner_id = ctx.QueryId("owner_id");
                if (auto status = QueryEnum(ctx, "status", ImprovementStatusNames()))
                  f.status = ParseImprovementStatus(*status);
                f.source = QueryEnum(ctx, "source", ImprovementSources());
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [](const Improvement& i) { return ToJson(i); });
              }});
  router.Add({"POST", "/api/v1/improvements", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ImprovementInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.description = in.OptionalString("description", 10000).value_or("");
                input.source = in.RequiredEnum("source", ImprovementSources());
                input.expected_benefit = in.OptionalString("expected_benefit", 5000).value_or("");
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) input.owner_id = *owner;
                in.Finish();
                return http::JsonResponse(201, ToJson(service.Create(ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/improvements/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.Get(ctx.user(), ctx.PathId("id", "improvement"))));
              }});
  router.Add({"PATCH", "/api/v1/improvements/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "improvement");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ImprovementPatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.description = in.OptionalString("description", 10000);
                patch.expected_benefit = in.OptionalString("expected_benefit", 5000);
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) patch.owner_id = *owner;
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Update(ctx.user(), id, version, patch, ctx.actor())));
              }});
  router.Add({"DELETE", "/api/v1/improvements/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return http::JsonResponse(
                    200, ToJson(service.Archive(ctx.user(), ctx.PathId("id", "improvement"), ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/improvements/{id}/transitions", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "improvement");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ImprovementStepInput step;
                step.version = in.RequiredInt("version", 1, INT64_MAX);
                step.action = in.RequiredString("action", 32);
                step.comment = in.OptionalString("comment", 2000);
                step.outcome = in.OptionalString("outcome", 5000);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Step(ctx.user(), id, step, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/improvements/{id}/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return ActionList(service.Actions(ctx.user(), ctx.PathId("id", "improvement")));
              }});
  router.Add({"POST", "/api/v1/improvements/{id}/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "improvement");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                PlannedAction planned = ReadPlannedAction(in);
                return http::JsonResponse(
                    201, actions::ToJson(service.AddAction(ctx.user(), id, planned, ctx.actor()), Today()));
              }});
}

}  // namespace

void AddRoutes(http::Router& router, NonconformityService& service, ImprovementService& improvements) {
  router.Add({"GET", "/api/v1/nonconformities", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "clause_id", "audit_id", "status", "severity", "source",
                               "overdue", "repeat", "escalated_to", "include_archived"},
                              true);
                auto page = ctx.Page();
                NcFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.clause_id = ctx.QueryId("clause_id");
                f.audit_id = ctx.QueryId("audit_id");
                if (auto status = QueryEnum(ctx, "status", NcStatusNames())) f.status = ParseNcStatus(*status);
                f.severity = QueryEnum(ctx, "severity", Severities());
                f.source = QueryEnum(ctx, "source", NcSources());
                f.overdue = ctx.QueryBool("overdue").value_or(false);
                f.repeat_only = ctx.QueryBool("repeat").value_or(false);
                // "me": what the home page of a unit's head lists
                f.escalated_to = ctx.Query("escalated_to") == "me" ? std::optional<db::Id>(ctx.user().user_id)
                                                                   : ctx.QueryId("escalated_to");
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                std::string today = Today();
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [&](const Nonconformity& nc) { return ToJson(nc, today); });
              }});
  router.Add({"POST", "/api/v1/nonconformities", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                NcInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.description = in.OptionalString("description", 10000).value_or("");
                input.source = in.RequiredEnum("source", NcSources());
                input.severity = in.RequiredEnum("severity", Severities());
                input.detected_on = in.OptionalDate("detected_on");
                input.due_date = in.OptionalDate("due_date");
                input.clause_ids = in.IdArray("clause_ids", 20).value_or(std::vector<db::Id>{});
                in.Finish();
                return One(201, service.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/nonconformities/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                db::Id id = ctx.PathId("id", "nonconformity");
                boost::json::object out = ToJson(service.Get(ctx.user(), id), Today());
                boost::json::array steps;
                for (const auto& step : service.Steps(ctx.user(), id)) steps.push_back(ToJson(step));
                out["steps"] = std::move(steps);
                return http::JsonResponse(200, out);
              }});
  router.Add({"PATCH", "/api/v1/nonconformities/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "nonconformity");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                NcPatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.description = in.OptionalString("description", 10000);
                patch.due_date = in.OptionalDate("due_date");
                in.Finish();
                return One(200, service.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/nonconformities/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return One(200, service.Archive(ctx.user(), ctx.PathId("id", "nonconformity"), ctx.actor()));
              }});
  router.Add({"POST", "/api/v1/nonconformities/{id}/transitions", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "nonconformity");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                StepInput step;
                step.version = in.RequiredInt("version", 1, INT64_MAX);
                step.action = in.RequiredString("action", 32);
                step.comment = in.OptionalString("comment", 2000);
                step.correction = in.OptionalString("correction", 5000);
                step.root_cause_method = in.OptionalString("root_cause_method", 32);
                step.root_cause = in.OptionalString("root_cause", 5000);
                step.whys = in.StringArray("whys", 5, 1000);
                step.categories = in.StringArray("categories", 8, 32);
                step.effectiveness_criterion = in.OptionalString("effectiveness_criterion", 5000);
                step.verification_due = in.OptionalDate("verification_due");
                if (auto verifier = in.OptionalInt("verifier_id", 1, INT64_MAX)) step.verifier_id = *verifier;
                in.Finish();
                return One(200, service.Step(ctx.user(), id, step, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/nonconformities/{id}/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return ActionList(service.CorrectiveActions(ctx.user(), ctx.PathId("id", "nonconformity")));
              }});
  router.Add({"POST", "/api/v1/nonconformities/{id}/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "nonconformity");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                PlannedAction planned = ReadPlannedAction(in);
                return http::JsonResponse(
                    201, actions::ToJson(service.AddCorrectiveAction(ctx.user(), id, planned, ctx.actor()), Today()));
              }});
  router.Add({"GET", "/api/v1/dashboards/nonconformities", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within"});
                return http::Response::Json(200, service.Dashboard(ctx.user(), ctx.QueryId("within")));
              }});
  router.Add({"GET", "/api/v1/nonconformity-settings", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.GetDueDays()));
              }});
  router.Add({"PATCH", "/api/v1/nonconformity-settings", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                int major = int(in.RequiredInt("major_days", 1, 365));
                int minor = int(in.RequiredInt("minor_days", 1, 365));
                in.Finish();
                return http::JsonResponse(200, ToJson(service.SetDueDays(ctx.user(), version, major, minor,
                                                                         ctx.actor())));
              }});
  AddImprovementRoutes(router, improvements);
}

}  // namespace eduims::improvement
