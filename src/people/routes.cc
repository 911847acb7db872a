#include "people/routes.h"

#include "attachments/http.h"

#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/download.h"
#include "platform/http/ids.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::people {
namespace {

using http::JsonInput;
using http::RequestContext;
namespace json = boost::json;

std::vector<std::string> RoleNames() {
  std::vector<std::string> out;
  for (auth::Role r : auth::AllRoles()) out.emplace_back(auth::RoleName(r));
  return out;
}

json::object MatrixJson(const Matrix& m, size_t limit) {
  json::array competences, people;
  for (const Competence& c : m.competences) {
    const Totals& t = m.totals.at(c.code);
    competences.push_back({{"code", c.code},
                           {"name_vi", c.vi},
                           {"name_en", c.en},
                           {"required", t.required},
                           {"held", t.held},
                           {"gaps", t.gaps},
                           {"expiring", t.expiring}});
  }
  for (const MatrixRow& row : m.rows) {
    json::array cells;
    long long gaps = 0;
    for (const Cell& c : row.cells) {
      cells.push_back(ToJson(c));
      gaps += c.required && !c.held;
    }
    people.push_back({{"user_id", row.person.user_id},
                      {"full_name", row.person.full_name},
                      {"unit_id", row.person.unit_id},
                      {"unit_name", row.person.unit_name},
                      {"gaps", gaps},
                      {"awareness", row.awareness},
                      {"cells", std::move(cells)}});
  }
  // Awareness of the policy and objectives (7.3): aware or not, over the subtree and per home unit.
  auto awareness_json = [](const AwarenessTotals& t) {
    return json::object{{"unit_id", t.unit_id},     {"unit_name", t.unit_name}, {"people", t.people},
                        {"aware", t.aware},         {"not_aware", t.pending + t.not_distributed},
                        {"pending", t.pending},     {"not_distributed", t.not_distributed}};
  };
  json::object awareness = awareness_json(m.awareness);
  json::array units;
  for (const AwarenessTotals& t : m.awareness_by_unit) units.push_back(awareness_json(t));
  awareness["units"] = std::move(units);
  json::value next;
  if (limit && m.rows.size() == limit) next = http::EncodeCursor(m.rows.back().person.user_id);
  return {{"unit_id", m.unit.id},   {"today", m.today},         {"people_count", m.people},
          {"competences", std::move(competences)}, {"people", std::move(people)}, {"next_cursor", next},
          {"awareness", std::move(awareness)}};
}

}  // namespace

void AddCompetenceRoutes(http::Router& router, std::shared_ptr<CompetenceService> service, size_t upload_limit) {
  router.Add({"GET", "/api/v1/competences", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                // The catalogue is shared: whoever records a holding or a requirement picks from it.
                ctx.OnlyQuery({});
                json::array items;
                for (const Competence& c : service->Catalogue()) items.push_back(ToJson(c));
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/competences", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                CompetenceInput c;
                c.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                c.code = in.RequiredString("code", 60);
                c.category = in.OptionalEnum("category", Categories()).value_or("other");
                c.name_vi = in.RequiredString("name_vi", 300);
                c.name_en = in.RequiredString("name_en", 300);
                in.Finish();
                return http::JsonResponse(201, ToJson(service->AddCompetence(ctx.user(), c, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/competences/settings", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                // Whoever plans an audit may know whether an unqualified auditor will be refused.
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service->GetSettings()));
              }});
  router.Add({"PUT", "/api/v1/competences/settings", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 0, INT64_MAX);
                std::string mode = in.RequiredEnum("auditor_qualification", QualificationModes());
                in.Finish();
                return http::JsonResponse(200, ToJson(service->SetSettings(ctx.user(), version, mode, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/competences/requirements", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id"});
                auto unit_id = ctx.QueryId("unit_id");
                if (!unit_id) Fail(400, "request.bad_query", "unit_id");
                json::array items;
                for (const Requirement& r : service->Requirements(ctx.user(), *unit_id)) items.push_back(ToJson(r));
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/competences/requirements", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                db::Id unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                std::string code = in.RequiredString("competence_code", 60);
                std::string role = in.OptionalEnum("role", RoleNames()).value_or("");
                in.Finish();
                return http::JsonResponse(201,
                                          ToJson(service->AddRequirement(ctx.user(), unit_id, code, role, ctx.actor())));
              }});
  router.Add({"DELETE", "/api/v1/competences/requirements/{id}", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                service->RemoveRequirement(ctx.user(), ctx.PathId("id", "competence_requirement"), ctx.actor());
                return http::Response::NoContent();
              }});
  router.Add({"GET", "/api/v1/competences/matrix", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id"}, true);
                auto unit_id = ctx.QueryId("unit_id");
                if (!unit_id) Fail(400, "request.bad_query", "unit_id");
                auto page = ctx.Page();
                Matrix m = service->MatrixOf(ctx.user(), *unit_id, page.after.value_or(0), size_t(page.limit));
                return http::JsonResponse(200, MatrixJson(m, size_t(page.limit)));
              }});
  router.Add({"GET", "/api/v1/competences/matrix.xlsx", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "lang"});
                auto unit_id = ctx.QueryId("unit_id");
                if (!unit_id) Fail(400, "request.bad_query", "unit_id");
                Matrix m = service->MatrixOf(ctx.user(), *unit_id, 0, 0);
                return http::Download(service->MatrixWorkbook(m, ctx.QueryLanguage()),
                                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "competence-matrix-" + m.unit.code + ".xlsx");
              }});
  router.Add({"GET", "/api/v1/users/{id}/competences", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                std::string today = FormatDate(TodayInVietnam());
                db::Id user_id = ctx.PathId("id", "user");
                json::array items, policies;
                auto holdings = service->Holdings(ctx.user(), user_id);
                auto files = service->FilesOf(holdings);
                for (const Holding& h : holdings) {
                  json::object item = ToJson(h, today);
                  json::array evidence;
                  for (const auto& a : files[h.id]) evidence.push_back(attachments::ToJson(a));
                  item["files"] = std::move(evidence);
                  items.push_back(std::move(item));
                }
                auto readings = service->Awareness(ctx.user(), user_id);
                for (const auto& r : readings)
                  policies.push_back({{"document_id", r.document_id},
                                      {"code", r.code},
                                      {"title", r.title},
                                      {"acknowledged_at", r.acknowledged_at ? json::value(*r.acknowledged_at)
                                                                            : json::value()}});
                return http::JsonResponse(
                    200, json::object{{"items", std::move(items)},
                                      {"awareness", documents::AwarenessOf(readings)},
                                      {"policies", std::move(policies)}});
              }});
  router.Add({"POST", "/api/v1/users/{id}/competences", http::Access::kAuthenticated, [service](RequestContext& ctx) {
                db::Id user_id = ctx.PathId("id", "user");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                HoldingInput h;
                h.competence_code = in.RequiredString("competence_code", 60);
                h.method = in.RequiredEnum("method", Methods());
                h.granted_on = in.RequiredDate("granted_on");
                h.expires_on = in.OptionalDate("expires_on");
                h.note = in.OptionalString("note", 2000);
                in.Finish();
                return http::JsonResponse(
                    201, ToJson(service->AddHolding(ctx.user(), user_id, h, ctx.actor()), FormatDate(TodayInVietnam())));
              }});
  router.Add({"DELETE", "/api/v1/users/{id}/competences/{holding_id}", http::Access::kAuthenticated,
              [service](RequestContext& ctx) {
                ctx.OnlyQuery({});
                service->RemoveHolding(ctx.user(), ctx.PathId("id", "user"),
                                      ctx.PathId("holding_id", "competence_holding"), ctx.actor());
                return http::Response::NoContent();
              }});
  auto user = [](RequestContext& ctx) { return ctx.PathId("id", "user"); };
  auto holding = [](RequestContext& ctx) { return ctx.PathId("holding_id", "competence_holding"); };
  attachments::AddOwnerRoutes(
      router, {"/api/v1/users/{id}/competences/{holding_id}", upload_limit,
               [service, user, holding](RequestContext& ctx) {
                 service->AdmitHoldingFile(ctx.user(), user(ctx), holding(ctx));
               },
               [service, user, holding](RequestContext& ctx, const attachments::Upload& upload) {
                 return service->AttachHoldingFile(ctx.user(), user(ctx), holding(ctx), upload.file, upload.file_name,
                                                   ctx.actor());
               },
               [service, user, holding](RequestContext& ctx) {
                 return service->HoldingFiles(ctx.user(), user(ctx), holding(ctx));
               },
               [service, user, holding](RequestContext& ctx, db::Id attachment_id) {
                 return service->DownloadHoldingFile(ctx.user(), user(ctx), holding(ctx), attachment_id);
               },
               [service, user, holding](RequestContext& ctx, db::Id attachment_id) {
                 return service->RemoveHoldingFile(ctx.user(), user(ctx), holding(ctx), attachment_id, ctx.actor());
               }});
}

void AddQualificationRoute(http::Router& router, std::shared_ptr<CompetenceService> service,
                           audits::AuditService& audits) {
  router.Add({"GET", "/api/v1/audits/{id}/auditor-qualification", http::Access::kAuthenticated,
              [service, &audits](RequestContext& ctx) {
                ctx.OnlyQuery({});
                audits::Audit audit = audits.Get(ctx.user(), ctx.PathId("id", "audit"), nullptr);
                json::array missing;
                for (const auto& u : service->UnqualifiedAuditorsOf(audit))
                  missing.push_back(
                      {{"user_id", u.user_id}, {"standard_code", u.standard_code}, {"competence_code", u.competence_code}});
                return http::JsonResponse(200, json::object{{"audit_id", audit.id},
                                                            {"auditor_qualification",
                                                             service->GetSettings().auditor_qualification},
                                                            {"unqualified", std::move(missing)}});
              }});
}

}  // namespace eduims::people
