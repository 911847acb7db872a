#include "training/evaluation_routes.h"

#include <climits>

#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::training {
namespace {

using http::JsonInput;
using http::RequestContext;
namespace json = boost::json;

json::object ViewJson(const EvaluationView& v) {
  json::array questions, comments;
  for (const ReactionQuestion& q : ReactionQuestions())
    questions.push_back({{"code", q.code}, {"label_vi", q.vi}, {"label_en", q.en}});
  for (const auto& c : v.comments) comments.push_back(json::value(c));
  json::object reactions = ToJson(v.reactions);
  reactions["attendees"] = v.attendees;
  reactions["comments"] = std::move(comments);
  return {{"programme_id", v.programme_id},
          {"evaluate_after_days", v.evaluate_after_days},
          {"due_on", v.due_on ? json::value(*v.due_on) : json::value()},
          {"questions", std::move(questions)},
          {"reactions", std::move(reactions)},
          {"learning", ToJson(v.learning)},
          {"my_reaction", v.mine ? json::value(ToJson(*v.mine)) : json::value()},
          {"can_react", v.can_react},
          {"manages", v.manages},
          {"evaluation", v.evaluation ? json::value(ToJson(*v.evaluation)) : json::value()}};
}

}  // namespace

void AddEvaluationRoutes(http::Router& router, std::shared_ptr<EvaluationService> service) {
  router.Add({"GET", "/api/v1/trainings/{id}/evaluation", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ViewJson(service->Get(ctx.user(), ctx.PathId("id", "training"))));
              }});
  router.Add({"POST", "/api/v1/trainings/{id}/reactions", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "training");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                auto ratings = in.OptionalObject("ratings");
                if (!ratings) Fail(422, "validation.missing_field", "ratings");
                ReactionInput r;
                for (const auto& [code, value] : *ratings) {
                  std::string field = "ratings." + std::string(code);
                  if (!value.is_int64()) Fail(422, "validation.invalid_value", field);
                  long long rating = value.as_int64();
                  // Anything beyond an int is out of the 1 to 5 range all the same.
                  r.ratings[std::string(code)] = rating < INT_MIN || rating > INT_MAX ? 0 : int(rating);
                }
                r.comment = in.OptionalString("comment", 2000).value_or("");
                in.Finish();
                return http::JsonResponse(201, ToJson(service->React(ctx.user(), id, r, ctx.actor())));
              }});
  router.Add({"PUT", "/api/v1/trainings/{id}/evaluation/settings", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "training");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                int days = int(in.RequiredInt("evaluate_after_days", 1, kMaxEvaluateAfterDays));
                in.Finish();
                int set = service->SetEvaluateAfterDays(ctx.user(), id, days, ctx.actor());
                return http::JsonResponse(200, json::object{{"programme_id", id}, {"evaluate_after_days", set}});
              }});
  router.Add({"POST", "/api/v1/trainings/{id}/evaluation", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "training");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                EvaluationInput e;
                e.behaviour_findings = in.RequiredString("behaviour_findings", 10000);
                // Out-of-range ratings reach the service, which names the range in its problem.
                e.behaviour_rating = int(in.RequiredInt("behaviour_rating", -1000, 1000));
                e.results_findings = in.RequiredString("results_findings", 10000);
                e.results_rating = int(in.RequiredInt("results_rating", -1000, 1000));
                e.conclusion = in.RequiredEnum("conclusion", Conclusions());
                e.force = in.OptionalBool("force").value_or(false);
                e.reason = in.OptionalString("reason", 2000);
                if (auto action = in.OptionalObject("action")) {
                  JsonInput a(*action);
                  actions::ActionInput input;
                  input.title = a.RequiredString("title", 300);
                  input.description = a.OptionalString("description", 10000).value_or("");
                  if (auto owner = a.OptionalInt("owner_id", 1, INT64_MAX)) input.owner_id = *owner;
                  input.due_date = a.OptionalDate("due_date");
                  a.Finish();
                  e.action = input;
                }
                in.Finish();
                return http::JsonResponse(201, ToJson(service->Evaluate(ctx.user(), id, e, ctx.actor())));
              }});
}

}  // namespace eduims::training
