#include "recruitment/routes.h"

#include "attachments/http.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::recruitment {
namespace {

using http::JsonInput;
using http::RequestContext;
namespace json = boost::json;

json::object ViewJson(const View& v) {
  json::object out = ToJson(v.recruitment);
  json::array actions, files;
  for (const auto& a : v.actions) actions.push_back(json::value(a));
  for (const auto& f : v.files) files.push_back(attachments::ToJson(f));
  out["actions"] = std::move(actions);
  out["may_attach"] = v.may_attach;
  out["may_remove_files"] = v.may_remove;
  out["files"] = std::move(files);
  return out;
}

ProcessInput ReadProcess(JsonInput& in) {
  ProcessInput p;
  p.position = in.RequiredString("position", 300);
  p.criteria = in.OptionalString("criteria", 10000).value_or("");
  p.competences = in.StringArray("competences", 50, 60).value_or(std::vector<std::string>{});
  p.steps = in.StringArray("steps", 30, 500).value_or(std::vector<std::string>{});
  if (auto d = in.OptionalInt("document_id", 1, INT64_MAX)) p.document_id = *d;
  return p;
}

}  // namespace

void AddRoutes(http::Router& router, std::shared_ptr<RecruitmentService> service, size_t upload_limit) {
  router.Add({"GET", "/api/v1/recruitment-processes", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id"}, true);
                auto page = ctx.Page();
                auto items = service->ListProcesses(ctx.user(), ctx.QueryId("unit_id"), page.after, page.limit);
                return http::PageOf(items, page.limit, [](const Process& p) { return ToJson(p); });
              }});
  router.Add({"POST", "/api/v1/recruitment-processes", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                db::Id unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                ProcessInput p = ReadProcess(in);
                in.Finish();
                return http::JsonResponse(201, ToJson(service->CreateProcess(ctx.user(), unit_id, p, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/recruitment-processes/{id}", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(
                    200, ToJson(service->GetProcess(ctx.user(), ctx.PathId("id", "recruitment_process"))));
              }});
  router.Add({"PUT", "/api/v1/recruitment-processes/{id}", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "recruitment_process");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ProcessInput p = ReadProcess(in);
                in.Finish();
                return http::JsonResponse(200, ToJson(service->UpdateProcess(ctx.user(), id, version, p, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/recruitments", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "process_id", "status"}, true);
                auto page = ctx.Page();
                store::RecruitmentFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.process_id = ctx.QueryId("process_id");
                f.status = ctx.Query("status", 20);
                if (f.status && !ParseStatus(*f.status)) Fail(400, "request.bad_query", "status");
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(service->List(ctx.user(), f), page.limit,
                                    [](const Recruitment& r) { return ToJson(r); });
              }});
  router.Add({"POST", "/api/v1/recruitments", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                RecruitmentInput r;
                r.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                r.process_id = in.RequiredInt("process_id", 1, INT64_MAX);
                r.title = in.RequiredString("title", 300);
                r.vacancies = in.RequiredInt("vacancies", 1, 1000);
                r.opened_on = in.RequiredDate("opened_on");
                r.method = in.RequiredEnum("method", Methods());
                r.candidates = in.OptionalInt("candidates", 0, 100000).value_or(0);
                if (auto ids = in.IdArray("panel_ids", 30)) r.panel.assign(ids->begin(), ids->end());
                in.Finish();
                return http::JsonResponse(201, ViewJson(service->Create(ctx.user(), r, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/recruitments/{id}", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ViewJson(service->Get(ctx.user(), ctx.PathId("id", "recruitment"))));
              }});
  router.Add({"POST", "/api/v1/recruitments/{id}/steps", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "recruitment");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                StepInput s;
                s.version = in.RequiredInt("version", 1, INT64_MAX);
                s.action = in.RequiredEnum("action", StepNames());
                s.comment = in.OptionalString("comment", 2000);
                s.decided_on = in.OptionalDate("decided_on");
                s.outcome = in.OptionalString("outcome", 2000);
                s.reason = in.OptionalString("reason", 1000);
                s.candidates = in.OptionalInt("candidates", 0, 100000);
                if (auto people = in.ObjectArray("appointed", 1000)) {
                  std::vector<AppointeeInput> appointed;
                  for (JsonInput& p : *people) {
                    AppointeeInput a;
                    if (auto user = p.OptionalInt("user_id", 1, INT64_MAX)) a.user_id = *user;
                    a.name = p.OptionalString("name", 300);
                    p.Finish();
                    appointed.push_back(std::move(a));
                  }
                  s.appointed = std::move(appointed);
                }
                in.Finish();
                return http::JsonResponse(200, ViewJson(service->Step(ctx.user(), id, s, ctx.actor())));
              }});
  auto recruitment = [](RequestContext& ctx) { return ctx.PathId("id", "recruitment"); };
  attachments::AddOwnerRoutes(
      router, {"/api/v1/recruitments/{id}", upload_limit,
               [service, recruitment](RequestContext& ctx) { service->AdmitFile(ctx.user(), recruitment(ctx)); },
               [service, recruitment](RequestContext& ctx, const attachments::Upload& upload) {
                 return service->AttachFile(ctx.user(), recruitment(ctx), upload.file, upload.file_name, ctx.actor());
               },
               [service, recruitment](RequestContext& ctx) { return service->Files(ctx.user(), recruitment(ctx)); },
               [service, recruitment](RequestContext& ctx, db::Id attachment_id) {
                 return service->DownloadFile(ctx.user(), recruitment(ctx), attachment_id);
               },
               [service, recruitment](RequestContext& ctx, db::Id attachment_id) {
                 return service->RemoveFile(ctx.user(), recruitment(ctx), attachment_id, ctx.actor());
               }});
}

}  // namespace eduims::recruitment
