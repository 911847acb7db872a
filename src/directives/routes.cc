#include "directives/routes.h"

#include "attachments/http.h"
#include "org/model.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::directives {
namespace {

namespace json = boost::json;
using http::JsonInput;
using http::RequestContext;

json::object ToJson(const DirectiveView& v) {
  json::object out = directives::ToJson(v.directive);
  out["progress"] = directives::ToJson(v.progress);
  out["sender_view"] = v.sender;
  return out;
}

json::object ToJson(const AnswerView& v) {
  json::object out = directives::ToJson(v.answer);
  out["unit_code"] = v.unit_code;
  out["unit_name"] = v.unit_name;
  out["directive"] = {{"id", v.directive.id},
                      {"unit_id", v.directive.unit_id},
                      {"kind", v.directive.kind},
                      {"dispatch_number", v.directive.dispatch_number},
                      {"dispatch_date", v.directive.dispatch_date},
                      {"title", v.directive.title},
                      {"body", v.directive.body},
                      {"deadline", v.directive.deadline}};
  json::array actions;
  for (const auto& a : v.actions) actions.push_back(json::string(a));
  out["actions"] = std::move(actions);
  return out;
}

// A page of views, its cursor the id `id_of` gives the last one.
template <class View, class IdOf>
http::Response PageOfViews(const std::vector<View>& views, int limit, IdOf id_of) {
  json::array items;
  for (const auto& v : views) items.push_back(ToJson(v));
  return http::PageResponse(std::move(items), limit,
                            views.empty() ? std::nullopt : std::optional<db::Id>(id_of(views.back())));
}

// The recipients as the body names them: target_kind with root_id (a subtree), unit_type or unit_ids.
Targets TargetsOf(JsonInput& in) {
  Targets t;
  t.kind = in.RequiredEnum("target_kind", TargetKinds());
  if (t.kind == "subtree") {
    if (auto root = in.OptionalInt("root_id", 1, INT64_MAX)) t.root = *root;
  } else if (t.kind == "unit_type") {
    t.unit_type = in.RequiredEnum("unit_type", org::UnitTypes());
  } else {
    auto ids = in.IdArray("unit_ids", 5000);
    if (!ids) Fail(422, "validation.missing_field", "unit_ids");
    t.unit_ids.assign(ids->begin(), ids->end());
  }
  return t;
}

void AddDirectiveRoutes(http::Router& router, DirectiveService& service) {
  router.Add({"GET", "/api/v1/directives", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within"}, true);
                auto page = ctx.Page();
                return PageOfViews(service.List(ctx.user(), ctx.QueryId("within"), page.after, page.limit), page.limit,
                                   [](const DirectiveView& v) { return v.directive.id; });
              }});
  router.Add({"POST", "/api/v1/directives", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                DirectiveInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.kind = in.OptionalEnum("kind", DirectiveKinds()).value_or("report_request");
                input.dispatch_number = in.RequiredString("dispatch_number", 50);
                input.dispatch_date = in.RequiredDate("dispatch_date");
                input.title = in.RequiredString("title", 300);
                input.body = in.OptionalString("body", 20000).value_or("");
                input.deadline = in.RequiredDate("deadline");
                input.targets = TargetsOf(in);
                input.create_actions = in.OptionalBool("create_actions").value_or(false);
                if (auto owner = in.OptionalInt("action_owner_id", 1, INT64_MAX)) input.action_owner_id = *owner;
                in.Finish();
                if (input.action_owner_id && !input.create_actions)
                  Fail(422, "validation.unknown_field", "action_owner_id");
                return http::JsonResponse(201, ToJson(service.Create(ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/directives/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.Get(ctx.user(), ctx.PathId("id", "directive"))));
              }});
}

void AddAnswerRoutes(http::Router& router, DirectiveService& service) {
  router.Add({"GET", "/api/v1/directive-answers", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"directive_id", "within", "status"}, true);
                auto page = ctx.Page();
                AnswerFilter f;
                f.directive_id = ctx.QueryId("directive_id");
                f.within = ctx.QueryId("within");
                if (auto status = ctx.Query("status")) {
                  f.status = ParseAnswerStatus(*status);
                  if (!f.status) Fail(400, "request.bad_query", "status");
                }
                f.after = page.after;
                f.limit = page.limit;
                return PageOfViews(service.Answers(ctx.user(), f), page.limit,
                                   [](const AnswerView& v) { return v.answer.id; });
              }});
  router.Add({"GET", "/api/v1/directive-answers/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200,
                                          ToJson(service.GetAnswer(ctx.user(), ctx.PathId("id", "directive_answer"))));
              }});
  router.Add({"PATCH", "/api/v1/directive-answers/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "directive_answer");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                std::string text = in.RequiredString("text", 50000);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.WriteAnswer(ctx.user(), id, version, text, ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/directive-answers/{id}/transitions", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "directive_answer");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                AnswerStepInput step;
                step.version = in.RequiredInt("version", 1, INT64_MAX);
                step.action = in.RequiredEnum("action", AnswerActionNames());
                step.reason = in.OptionalString("reason", 2000);
                step.comment = in.OptionalString("comment", 2000);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.StepAnswer(ctx.user(), id, step, ctx.actor())));
              }});
}

void AddFileRoutes(http::Router& router, DirectiveService& service, size_t upload_limit) {
  auto directive = [](RequestContext& ctx) { return ctx.PathId("id", "directive"); };
  attachments::AddOwnerRoutes(
      router, {"/api/v1/directives/{id}", upload_limit,
               [&, directive](RequestContext& ctx) { service.AdmitDirectiveFile(ctx.user(), directive(ctx)); },
               [&, directive](RequestContext& ctx, const attachments::Upload& upload) {
                 return service.AttachDirectiveFile(ctx.user(), directive(ctx), upload.file, upload.file_name,
                                                    ctx.actor());
               },
               [&, directive](RequestContext& ctx) { return service.DirectiveFiles(ctx.user(), directive(ctx)); },
               [&, directive](RequestContext& ctx, db::Id attachment_id) {
                 return service.DownloadDirectiveFile(ctx.user(), directive(ctx), attachment_id);
               },
               [&, directive](RequestContext& ctx, db::Id attachment_id) {
                 return service.RemoveDirectiveFile(ctx.user(), directive(ctx), attachment_id, ctx.actor());
               }});
  auto answer = [](RequestContext& ctx) { return ctx.PathId("id", "directive_answer"); };
  attachments::AddOwnerRoutes(
      router, {"/api/v1/directive-answers/{id}", upload_limit,
               [&, answer](RequestContext& ctx) { service.AdmitAnswerFile(ctx.user(), answer(ctx)); },
               [&, answer](RequestContext& ctx, const attachments::Upload& upload) {
                 return service.AttachAnswerFile(ctx.user(), answer(ctx), upload.file, upload.file_name, ctx.actor());
               },
               [&, answer](RequestContext& ctx) { return service.AnswerFiles(ctx.user(), answer(ctx)); },
               [&, answer](RequestContext& ctx, db::Id attachment_id) {
                 return service.DownloadAnswerFile(ctx.user(), answer(ctx), attachment_id);
               },
               [&, answer](RequestContext& ctx, db::Id attachment_id) {
                 return service.RemoveAnswerFile(ctx.user(), answer(ctx), attachment_id, ctx.actor());
               }});
}

}  // namespace

void AddRoutes(http::Router& router, DirectiveService& service, size_t upload_limit) {
  AddDirectiveRoutes(router, service);
  AddAnswerRoutes(router, service);
  AddFileRoutes(router, service, upload_limit);
}

}  // namespace eduims::directives
