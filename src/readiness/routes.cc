#include "readiness/routes.h"

#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/download.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"
#include "platform/xlsx/workbook.h"
#include "readiness/gap_report.h"

namespace eduims::readiness {
namespace {

using http::JsonInput;
using http::RequestContext;

db::Id RequiredId(const RequestContext& ctx, const std::string& name) {
  auto id = ctx.QueryId(name);
  if (!id) Fail(400, "request.bad_query", name);
  return *id;
}

ReadinessView ViewOf(RequestContext& ctx, ReadinessService& service) {
  return service.Readiness(ctx.user(), RequiredId(ctx, "standard"), RequiredId(ctx, "unit_id"));
}

boost::json::object Heading(const ReadinessView& view) {
  return {{"standard", standards::ToJson(view.standard)},
          {"unit", {{"id", view.unit.id}, {"code", view.unit.code}, {"name", view.unit.name}}},
          {"generated_on", view.today},
          {"percent", view.report.percent}};
}

}  // namespace

void AddRoutes(http::Router& router, ReadinessService& service) {
  router.Add({"GET", "/api/v1/readiness", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"standard", "unit_id"});
                ReadinessView view = ViewOf(ctx, service);
                boost::json::object out = Heading(view);
                boost::json::object report = ToJson(view.report);
                out["groups"] = std::move(report["groups"]);
                out["clauses"] = std::move(report["clauses"]);
                out["excluded"] = std::move(report["excluded"]);
                return http::JsonResponse(200, out);
              }});
  router.Add({"GET", "/api/v1/readiness/gaps", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"standard", "unit_id"});
                ReadinessView view = ViewOf(ctx, service);
                boost::json::object out = Heading(view);
                out["items"] = GapsJson(view.report);
                return http::JsonResponse(200, out);
              }});
  router.Add({"PUT", "/api/v1/readiness/assessments/{unit_id}/{clause_id}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id unit_id = ctx.PathId("unit_id", "unit");
                db::Id clause_id = ctx.PathId("clause_id", "clause");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                AssessmentInput input;
                input.status = in.RequiredEnum("status", AssessmentNames());
                input.comment = in.OptionalString("comment", 2000).value_or("");
                input.version = in.OptionalInt("version", 1, INT64_MAX);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Assess(ctx.user(), unit_id, clause_id, input,
                                                                     ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/readiness/gap-report", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"standard", "unit_id", "format"});
                std::string format = ctx.Query("format", 8).value_or("xlsx");
                if (format != "xlsx" && format != "pdf") Fail(400, "request.bad_query", "format");
                ReadinessView view = ViewOf(ctx, service);
                if (format == "pdf") {
                  auto spool = http::NewSpoolPath("gaps-");
                  WriteGapPdf(view, ctx.language, NowTimestamp(), ctx.user().time_zone, spool->path());
                  return http::Download(SpoolFile::Adopt(spool->path()), "application/pdf",
                                        GapReportFileName(view, "pdf"));
                }
                auto book = GapWorkbook(view, ctx.language, NowTimestamp(), ctx.user().time_zone);
                return http::Download(xlsx::Write(book),
                                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      GapReportFileName(view, "xlsx"));
              }});
  router.Add({"GET", "/api/v1/readiness/evidence-pack", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id"});
                db::Id unit_id = RequiredId(ctx, "unit_id");
                SpoolFile pack = service.EvidencePack(ctx.user(), unit_id, ctx.language);
                return http::Download(std::move(pack), "application/zip",
                                      "evidence-pack-" + std::to_string(unit_id) + ".zip");
              }});
}

}  // namespace eduims::readiness
