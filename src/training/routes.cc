#include "training/routes.h"

#include "attachments/http.h"
#include "attachments/model.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::training {
namespace {

using http::JsonInput;
using http::RequestContext;
namespace json = boost::json;

json::object ViewJson(const ProgrammeView& v) {
  json::object out = ToJson(v.programme);
  json::array sessions, participants;
  for (const Session& s : v.sessions) {
    json::object session = ToJson(s, v.manages);
    json::array files;
    if (auto it = v.files.find(s.id); it != v.files.end())
      for (const auto& a : it->second) files.push_back(attachments::ToJson(a));
    session["files"] = std::move(files);
    sessions.push_back(std::move(session));
  }
  for (const Participant& p : v.participants) participants.push_back(ToJson(p));
  out["sessions"] = std::move(sessions);
  out["participants"] = std::move(participants);
  out["manages"] = v.manages;
  return out;
}

double RequiredNumber(JsonInput& in, const std::string& name, double min, double max) {
  auto v = in.OptionalNumber(name, min, max);
  if (!v) Fail(422, "validation.missing_field", name);
  return *v;
}

std::vector<std::string> RoleNames() {
  std::vector<std::string> out;
  for (auth::Role r : auth::AllRoles()) out.emplace_back(auth::RoleName(r));
  return out;
}

// Where the phone that scans the code reaches this server: the address the caller used, as a proxy forwarded it.
std::string BaseUrl(const RequestContext& ctx) {
  std::string host = ctx.request.Header("x-forwarded-host").value_or(ctx.request.Header("host").value_or("localhost"));
  std::string scheme = ctx.request.Header("x-forwarded-proto").value_or("http");
  if (scheme != "https") scheme = "http";
  // A name or address with its port, nothing a link could be bent with; anything else stands for this machine.
  for (char c : host)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != ':' && c != '[' && c != ']')
      return scheme + "://localhost";
  return scheme + "://" + host;
}

}  // namespace

void AddRoutes(http::Router& router, std::shared_ptr<TrainingService> service, size_t upload_limit) {
  router.Add({"GET", "/api/v1/trainings", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id"}, true);
                auto page = ctx.Page();
                auto items = service->List(ctx.user(), ctx.QueryId("unit_id"), page.after, page.limit);
                return http::PageOf(items, page.limit, [](const Programme& p) { return ToJson(p); });
              }});
  router.Add({"POST", "/api/v1/trainings", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ProgrammeInput p;
                p.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                p.title = in.RequiredString("title", 300);
                p.provider = in.OptionalString("provider", 300).value_or("");
                p.description = in.OptionalString("description", 10000).value_or("");
                p.clauses = in.StringArray("clauses", 20, 12).value_or(std::vector<std::string>{});
                p.competences = in.StringArray("competences", 20, 60).value_or(std::vector<std::string>{});
                p.max_score = RequiredNumber(in, "max_score", 0.5, 1000);
                p.pass_mark = RequiredNumber(in, "pass_mark", 0, 1000);
                if (auto v = in.OptionalInt("validity_months", 1, 120)) p.validity_months = int(*v);
                in.Finish();
                return http::JsonResponse(201, ToJson(service->Create(ctx.user(), p, ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/trainings/check-in", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                std::string code = in.RequiredString("code", 64);
                in.Finish();
                return http::JsonResponse(201, ToJson(service->CheckIn(ctx.user(), code, ctx.actor()), false));
              }});
  router.Add({"GET", "/api/v1/trainings/{id}", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ViewJson(service->Get(ctx.user(), ctx.PathId("id", "training"))));
              }});
  router.Add({"POST", "/api/v1/trainings/{id}/sessions", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "training");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                SessionInput s;
                s.title = in.RequiredString("title", 300);
                s.trainer = in.RequiredString("trainer", 300);
                s.place = in.OptionalString("place", 300).value_or("");
                s.topics = in.OptionalString("topics", 5000).value_or("");
                s.starts_at = in.RequiredString("starts_at", 40);
                s.ends_at = in.RequiredString("ends_at", 40);
                in.Finish();
                return http::JsonResponse(201, ToJson(service->AddSession(ctx.user(), id, s, ctx.actor()), true));
              }});
  router.Add({"POST", "/api/v1/trainings/{id}/invitations", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "training");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                db::Id unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                auto role = in.OptionalEnum("role", RoleNames());
                in.Finish();
                int invited = service->Invite(ctx.user(), id, unit_id, role, ctx.actor());
                return http::JsonResponse(200, json::object{{"invited", invited}});
              }});
  router.Add({"POST", "/api/v1/trainings/{id}/sessions/{session_id}/attendance", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "training");
                db::Id session_id = ctx.PathId("session_id", "training_session");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                auto ids = in.IdArray("user_ids", 5000);
                if (!ids) Fail(422, "validation.missing_field", "user_ids");
                in.Finish();
                std::vector<db::Id> users(ids->begin(), ids->end());
                int recorded = service->RecordAttendance(ctx.user(), id, session_id, users, ctx.actor());
                return http::JsonResponse(200, json::object{{"recorded", recorded}});
              }});
  router.Add({"GET", "/api/v1/trainings/{id}/sessions/{session_id}/qr.svg", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                std::string svg = service->CheckInQr(ctx.user(), ctx.PathId("id", "training"),
                                                    ctx.PathId("session_id", "training_session"), BaseUrl(ctx));
                http::Response r{200, "image/svg+xml", svg, {}};
                r.headers.emplace_back("Cache-Control", "private, no-store");
                return r;
              }});
  router.Add({"POST", "/api/v1/trainings/{id}/attendance/import", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                db::Id id = ctx.PathId("id", "training");
                auto type = ctx.request.Header("content-type").value_or("");
                if (type.substr(0, 8) != "text/csv")
                  Fail(Problem::Make(415, "request.unsupported_media_type").With("expected", "text/csv"));
                json::array items;
                for (const auto& r : service->ImportAttendance(ctx.user(), id, ctx.request.body, ctx.actor()))
                  items.push_back({{"row", r.row}, {"user_id", r.user_id}, {"session_id", r.session_id}});
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"PUT", "/api/v1/trainings/{id}/results/{user_id}", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "training");
                db::Id user_id = ctx.PathId("user_id", "training_participant");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                double score = RequiredNumber(in, "score", 0, 1e6);
                in.Finish();
                return http::JsonResponse(200, ToJson(service->RecordResult(ctx.user(), id, user_id, score, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/trainings/{id}/certificates/{user_id}", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                ctx.OnlyQuery({"lang"});
                db::Id id = ctx.PathId("id", "training");
                db::Id user_id = ctx.PathId("user_id", "training_participant");
                auto spool = service->Certificate(ctx.user(), id, user_id, ctx.QueryLanguage());
                http::Response r;
                r.status = 200;
                r.content_type = "application/pdf";
                r.file = std::make_shared<const SpoolFile>(SpoolFile::Adopt(spool->path()));
                r.headers.emplace_back("Content-Disposition",
                                       attachments::ContentDisposition("certificate-" + std::to_string(id) + "-" +
                                                                       std::to_string(user_id) + ".pdf"));
                r.headers.emplace_back("Cache-Control", "private, no-store");
                return r;
              }});
  auto programme = [](RequestContext& ctx) { return ctx.PathId("id", "training"); };
  auto session = [](RequestContext& ctx) { return ctx.PathId("session_id", "training_session"); };
  attachments::AddOwnerRoutes(
      router, {"/api/v1/trainings/{id}/sessions/{session_id}", upload_limit,
               [service, programme, session](RequestContext& ctx) {
                 service->AdmitSessionFile(ctx.user(), programme(ctx), session(ctx));
               },
               [service, programme, session](RequestContext& ctx, const attachments::Upload& upload) {
                 return service->AttachSessionFile(ctx.user(), programme(ctx), session(ctx), upload.file,
                                                   upload.file_name, ctx.actor());
               },
               [service, programme, session](RequestContext& ctx) {
                 return service->SessionFiles(ctx.user(), programme(ctx), session(ctx));
               },
               [service, programme, session](RequestContext& ctx, db::Id attachment_id) {
                 return service->DownloadSessionFile(ctx.user(), programme(ctx), session(ctx), attachment_id);
               },
               [service, programme, session](RequestContext& ctx, db::Id attachment_id) {
                 return service->RemoveSessionFile(ctx.user(), programme(ctx), session(ctx), attachment_id,
                                                   ctx.actor());
               }});
}

}  // namespace eduims::training
