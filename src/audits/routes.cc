#include "audits/routes.h"

#include "attachments/http.h"
#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::audits {
namespace {

using http::JsonInput;
using http::RequestContext;

// The audit with its checklist, as the audit's page reads it.
http::Response WithChecklist(int status, AuditService& service, const RequestContext& ctx, const Audit& audit) {
  std::vector<ChecklistLine> checklist;
  service.Get(ctx.user(), audit.id, &checklist);
  return http::JsonResponse(status, ToJson(audit, &checklist));
}

}  // namespace

void AddRoutes(http::Router& router, AuditService& service, size_t upload_limit) {
  router.Add({"GET", "/api/v1/audit-programmes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "year", "include_archived"}, true);
                auto page = ctx.Page();
                std::optional<int> year;
                if (auto y = ctx.QueryId("year")) {
                  if (*y < 2000 || *y > 2100) Fail(400, "request.bad_query", "year");
                  year = int(*y);
                }
                auto programmes =
                    service.ListProgrammes(ctx.user(), ctx.QueryId("unit_id"), year,
                                           ctx.QueryBool("include_archived").value_or(false), page.after, page.limit);
                return http::PageOf(programmes, page.limit, [](const Programme& p) { return ToJson(p); });
              }});
  router.Add({"POST", "/api/v1/audit-programmes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ProgrammeInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.year = int(in.RequiredInt("year", 2000, 2100));
                input.title = in.RequiredString("title", 300);
                input.objectives = in.OptionalString("objectives", 10000).value_or("");
                in.Finish();
                return http::JsonResponse(201, ToJson(service.CreateProgramme(ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/audit-programmes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(
                    200, service.ProgrammeWithCoverage(ctx.user(), ctx.PathId("id", "audit_programme")));
              }});
  router.Add({"PATCH", "/api/v1/audit-programmes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "audit_programme");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ProgrammePatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.objectives = in.OptionalString("objectives", 10000);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.UpdateProgramme(ctx.user(), id, version, patch,
                                                                              ctx.actor())));
              }});
  router.Add({"DELETE", "/api/v1/audit-programmes/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return http::JsonResponse(
                    200, ToJson(service.ArchiveProgramme(ctx.user(), ctx.PathId("id", "audit_programme"),
                                                         ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/audits", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"programme_id", "unit_id", "lead_auditor_id", "status", "include_archived"}, true);
                auto page = ctx.Page();
                AuditFilter f;
                f.programme_id = ctx.QueryId("programme_id");
                f.unit_id = ctx.QueryId("unit_id");
                f.lead_auditor_id = ctx.QueryId("lead_auditor_id");
                if (auto status = ctx.Query("status", 32)) {
                  f.status = ParseAuditStatus(*status);
                  if (!f.status) Fail(400, "request.bad_query", "status");
                }
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [](const Audit& a) { return ToJson(a, nullptr); });
              }});
  router.Add({"POST", "/api/v1/audits", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                AuditInput input;
                input.programme_id = in.RequiredInt("programme_id", 1, INT64_MAX);
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.type = in.OptionalEnum("type", AuditTypes()).value_or("internal");
                input.lead_auditor_id = in.RequiredInt("lead_auditor_id", 1, INT64_MAX);
                input.team_ids = in.IdArray("team_ids", 20).value_or(std::vector<db::Id>{});
                input.auditee_ids = in.IdArray("auditee_ids", 50).value_or(std::vector<db::Id>{});
                input.planned_start = in.RequiredDate("planned_start");
                input.planned_end = in.RequiredDate("planned_end");
                input.agenda = in.OptionalString("agenda", 10000).value_or("");
                input.clause_ids = in.IdArray("clause_ids", 200).value_or(std::vector<db::Id>{});
                input.process_ids = in.IdArray("process_ids", 100).value_or(std::vector<db::Id>{});
                in.Finish();
                return WithChecklist(201, service, ctx, service.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/audits/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                std::vector<ChecklistLine> checklist;
                Audit audit = service.Get(ctx.user(), ctx.PathId("id", "audit"), &checklist);
                return http::JsonResponse(200, ToJson(audit, &checklist));
              }});
  router.Add({"PATCH", "/api/v1/audits/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "audit");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                AuditPatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.type = in.OptionalEnum("type", AuditTypes());
                patch.lead_auditor_id = in.OptionalInt("lead_auditor_id", 1, INT64_MAX);
                patch.team_ids = in.IdArray("team_ids", 20);
                patch.auditee_ids = in.IdArray("auditee_ids", 50);
                patch.planned_start = in.OptionalDate("planned_start");
                patch.planned_end = in.OptionalDate("planned_end");
                patch.agenda = in.OptionalString("agenda", 10000);
                patch.clause_ids = in.IdArray("clause_ids", 200);
                patch.process_ids = in.IdArray("process_ids", 100);
                in.Finish();
                return WithChecklist(200, service, ctx, service.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/audits/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return http::JsonResponse(
                    200, ToJson(service.Archive(ctx.user(), ctx.PathId("id", "audit"), ctx.actor()), nullptr));
              }});
  router.Add({"POST", "/api/v1/audits/{id}/transitions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "audit");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                AuditStepInput step;
                step.version = in.RequiredInt("version", 1, INT64_MAX);
                step.action = in.RequiredString("action", 32);
                step.comment = in.OptionalString("comment", 2000);
                step.summary = in.OptionalString("summary", 20000);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Step(ctx.user(), id, step, ctx.actor()), nullptr));
              }});
  router.Add({"PATCH", "/api/v1/audits/{id}/checklist/{line_id}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "audit");
                db::Id line_id = ctx.PathId("line_id", "checklist_line");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                LineAnswer answer;
                answer.version = in.RequiredInt("version", 1, INT64_MAX);
                answer.question = in.OptionalString("question", 2000);
                answer.result = in.OptionalString("result", 64);
                answer.evidence = in.OptionalString("evidence", 10000);
                answer.finding = in.OptionalString("finding", 300);
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Answer(ctx.user(), id, line_id, answer, ctx.actor())));
              }});
  auto line = [](RequestContext& ctx) {
    return std::pair{ctx.PathId("id", "audit"), ctx.PathId("line_id", "checklist_line")};
  };
  attachments::AddOwnerRoutes(
      router,
      {"/api/v1/audits/{id}/checklist/{line_id}", upload_limit,
       [&, line](RequestContext& ctx) {
         auto [id, line_id] = line(ctx);
         service.AdmitEvidence(ctx.user(), id, line_id);
       },
       [&, line](RequestContext& ctx, const attachments::Upload& upload) {
         auto [id, line_id] = line(ctx);
         return service.AttachEvidence(ctx.user(), id, line_id, upload.file, upload.file_name, ctx.actor());
       },
       [&, line](RequestContext& ctx) {
         auto [id, line_id] = line(ctx);
         return service.Evidence(ctx.user(), id, line_id);
       },
       [&, line](RequestContext& ctx, db::Id attachment_id) {
         auto [id, line_id] = line(ctx);
         return service.DownloadEvidence(ctx.user(), id, line_id, attachment_id);
       },
       [&, line](RequestContext& ctx, db::Id attachment_id) {
         auto [id, line_id] = line(ctx);
         return service.RemoveEvidence(ctx.user(), id, line_id, attachment_id, ctx.actor());
       }});
  router.Add({"GET", "/api/v1/audits/{id}/report", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"lang"});
                return service.ReportPdf(ctx.user(), ctx.PathId("id", "audit"), ctx.QueryLanguage());
              }});
  router.Add({"POST", "/api/v1/audits/{id}/report-record", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"lang"});
                db::Id id = ctx.PathId("id", "audit");
                auto record = service.FileReport(ctx.user(), id, ctx.QueryLanguage(), ctx.actor());
                return http::JsonResponse(201, records::ToJson(record, FormatDate(TodayInVietnam())));
              }});
}

}  // namespace eduims::audits
