#include "review/routes.h"

#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::review {
namespace {

using http::JsonInput;
using http::RequestContext;

http::Response One(int status, const Review& r) { return http::JsonResponse(status, ToJson(r, true)); }

std::vector<db::Id> Ids(const std::vector<long long>& ids) { return {ids.begin(), ids.end()}; }

void AddReviewRoutes(http::Router& router, ReviewService& service) {
  router.Add({"GET", "/api/v1/management-reviews", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "status", "include_archived"}, true);
                auto page = ctx.Page();
                ReviewFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                if (auto status = ctx.Query("status")) {
                  f.status = ParseReviewStatus(*status);
                  if (!f.status) Fail(400, "request.bad_query", "status");
                }
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [](const Review& r) { return ToJson(r, false); });
              }});
  router.Add({"POST", "/api/v1/management-reviews", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ReviewInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.period_from = in.RequiredDate("period_from");
                input.period_to = in.RequiredDate("period_to");
                input.planned_on = in.RequiredDate("planned_on");
                input.participant_ids = Ids(in.IdArray("participant_ids", 50).value_or(std::vector<long long>{}));
                in.Finish();
                return One(201, service.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/management-reviews/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return One(200, service.Get(ctx.user(), ctx.PathId("id", "management_review")));
              }});
  router.Add({"PATCH", "/api/v1/management-reviews/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "management_review");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ReviewPatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.period_from = in.OptionalDate("period_from");
                patch.period_to = in.OptionalDate("period_to");
                patch.planned_on = in.OptionalDate("planned_on");
                if (auto ids = in.IdArray("participant_ids", 50)) patch.participant_ids = Ids(*ids);
                in.Finish();
                return One(200, service.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"POST", "/api/v1/management-reviews/{id}/transitions", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "management_review");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ReviewStepInput step;
                step.version = in.RequiredInt("version", 1, INT64_MAX);
                step.action = in.RequiredEnum("action", ReviewActionNames());
                step.comment = in.OptionalString("comment", 2000);
                if (auto language = in.OptionalEnum("language", {"vi", "en"})) step.language = ParseLanguageCode(*language);
                in.Finish();
                return One(200, service.Step(ctx.user(), id, step, ctx.actor()));
              }});
}

void AddMeetingRoutes(http::Router& router, ReviewService& service) {
  router.Add({"GET", "/api/v1/management-reviews/{id}/inputs", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                db::Id id = ctx.PathId("id", "management_review");
                bool frozen = service.Get(ctx.user(), id).inputs.has_value();
                boost::json::array items;
                for (const auto& input : service.Inputs(ctx.user(), id)) items.push_back(ToJson(input));
                return http::JsonResponse(200, boost::json::object{{"frozen", frozen}, {"items", std::move(items)}});
              }});
  router.Add({"PATCH", "/api/v1/management-reviews/{id}/minutes", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "management_review");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                MinutesInput minutes;
                minutes.version = in.RequiredInt("version", 1, INT64_MAX);
                if (auto notes = in.OptionalObject("notes"))
                  for (const auto& [key, value] : *notes) {
                    if (!value.is_string())
                      Fail(Problem::Make(422, "validation.wrong_type", "notes." + std::string(key))
                               .With("expected", "string"));
                    minutes.notes[std::string(key)] = std::string(value.as_string());
                  }
                minutes.conclusions = in.OptionalString("conclusions", 20000);
                in.Finish();
                return One(200, service.WriteMinutes(ctx.user(), id, minutes, ctx.actor()));
              }});
  router.Add({"POST", "/api/v1/management-reviews/{id}/outputs", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "management_review");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                OutputInput output;
                output.version = in.RequiredInt("version", 1, INT64_MAX);
                output.kind = in.RequiredEnum("kind", OutputKinds());
                output.decision = in.RequiredString("decision", 300);
                output.raise = in.OptionalEnum("raise", {"action", "improvement"}).value_or("action");
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) output.owner_id = *owner;
                output.due_date = in.OptionalDate("due_date");
                in.Finish();
                return One(201, service.AddOutput(ctx.user(), id, output, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/management-reviews/{id}/minutes", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                ctx.OnlyQuery({"lang"});
                return service.MinutesPdf(ctx.user(), ctx.PathId("id", "management_review"), ctx.QueryLanguage());
              }});
}

}  // namespace

void AddRoutes(http::Router& router, ReviewService& service) {
  AddReviewRoutes(router, service);
  AddMeetingRoutes(router, service);
}

}  // namespace eduims::review
