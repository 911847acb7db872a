#include "documents/routes.h"

#include "attachments/http.h"
#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::documents {
namespace {

using http::JsonInput;
using http::RequestContext;

std::string Today() { return FormatDate(TodayInVietnam()); }

DocumentFilter ReadFilter(const RequestContext& ctx, const http::PageRequest& page) {
  DocumentFilter f;
  f.unit_id = ctx.QueryId("unit_id");
  f.within = ctx.QueryId("within");
  f.clause_id = ctx.QueryId("clause_id");
  f.process_id = ctx.QueryId("process_id");
  f.type = ctx.Query("type", 32);
  f.status = ctx.Query("status", 32);
  f.after = page.after;
  f.limit = page.limit;
  return f;
}

}  // namespace

void AddRoutes(http::Router& router, DocumentService& service, size_t upload_limit) {
  router.Add({"GET", "/api/v1/documents", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "clause_id", "process_id", "type", "status", "review_overdue",
                               "include_archived"},
                              true);
                auto page = ctx.Page();
                DocumentFilter f = ReadFilter(ctx, page);
                f.review_overdue = ctx.QueryBool("review_overdue").value_or(false);
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                std::string today = Today();
                return http::PageOf(service.List(ctx.user(), f), page.limit,
                                    [&](const Document& d) { return ToJson(d, today); });
              }});
  router.Add({"POST", "/api/v1/documents", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                DocumentInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.code = in.OptionalString("code", 32);
                input.title = in.RequiredString("title", 300);
                input.type = in.RequiredString("type", 32);
                input.confidentiality = in.OptionalString("confidentiality", 32).value_or("internal");
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) input.owner_id = *owner;
                if (auto months = in.OptionalInt("review_months", 1, 120)) input.review_months = int(*months);
                input.clause_ids = in.IdArray("clause_ids", 200).value_or(std::vector<db::Id>{});
                input.process_ids = in.IdArray("process_ids", 100).value_or(std::vector<db::Id>{});
                in.Finish();
                return http::JsonResponse(201, ToJson(service.Create(ctx.user(), input, ctx.actor()), Today()));
              }});
  router.Add({"GET", "/api/v1/documents/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.Get(ctx.user(), ctx.PathId("id", "document")), Today()));
              }});
  router.Add({"PATCH", "/api/v1/documents/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "document");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                DocumentPatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.confidentiality = in.OptionalString("confidentiality", 32);
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) patch.owner_id = *owner;
                if (auto months = in.OptionalInt("review_months", 1, 120)) patch.review_months = int(*months);
                patch.clause_ids = in.IdArray("clause_ids", 200);
                patch.process_ids = in.IdArray("process_ids", 100);
                in.Finish();
                return http::JsonResponse(200,
                                          ToJson(service.Update(ctx.user(), id, version, patch, ctx.actor()), Today()));
              }});
  router.Add({"DELETE", "/api/v1/documents/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "document");
                return http::JsonResponse(200, ToJson(service.Archive(ctx.user(), id, ctx.actor()), Today()));
              }});
  router.Add({"GET", "/api/v1/documents/{id}/revisions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                boost::json::array items;
                for (const auto& r : service.Revisions(ctx.user(), ctx.PathId("id", "document")))
                  items.push_back(ToJson(r, false));
                return http::JsonResponse(200, boost::json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/documents/{id}/revisions", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "document");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                RevisionInput input;
                input.change_description = in.RequiredString("change_description", 2000);
                input.content_markdown = in.OptionalString("content_markdown", kMaxMarkdown);
                input.reviewer_ids = in.IdArray("reviewer_ids", 20).value_or(std::vector<db::Id>{});
                if (auto approver = in.OptionalInt("approver_id", 1, INT64_MAX)) input.approver_id = *approver;
                in.Finish();
                return http::JsonResponse(201, ToJson(service.CreateRevision(ctx.user(), id, input, ctx.actor()), true));
              },
              4 << 20});
  router.Add({"GET", "/api/v1/documents/{id}/revisions/{revision_id}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                db::Id id = ctx.PathId("id", "document");
                db::Id rid = ctx.PathId("revision_id", "revision");
                return http::JsonResponse(200, ToJson(service.GetRevision(ctx.user(), id, rid), true));
              }});
  router.Add({"PATCH", "/api/v1/documents/{id}/revisions/{revision_id}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "document");
                db::Id rid = ctx.PathId("revision_id", "revision");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                RevisionPatch patch;
                patch.change_description = in.OptionalString("change_description", 2000);
                patch.content_markdown = in.OptionalString("content_markdown", kMaxMarkdown);
                patch.reviewer_ids = in.IdArray("reviewer_ids", 20);
                auto approver = in.PatchInt("approver_id", 1, INT64_MAX, true);
                patch.approver_present = approver.present;
                if (approver.value) patch.approver_id = *approver.value;
                in.Finish();
                return http::JsonResponse(
                    200, ToJson(service.UpdateRevision(ctx.user(), id, rid, version, patch, ctx.actor()), true));
              },
              4 << 20});
  router.Add({"POST", "/api/v1/documents/{id}/revisions/{revision_id}/decisions", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "document");
                db::Id rid = ctx.PathId("revision_id", "revision");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                DecisionInput input;
                input.version = in.RequiredInt("version", 1, INT64_MAX);
                input.action = in.RequiredString("action", 32);
                input.comment = in.OptionalString("comment", 2000);
                input.effective_on = in.OptionalDate("effective_on");
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Decide(ctx.user(), id, rid, input, ctx.actor()), true));
              }});
  auto revision = [](RequestContext& ctx) {
    return std::pair{ctx.PathId("id", "document"), ctx.PathId("revision_id", "revision")};
  };
  attachments::AddOwnerRoutes(
      router,
      {"/api/v1/documents/{id}/revisions/{revision_id}", upload_limit,
       [&, revision](RequestContext& ctx) {
         auto [id, rid] = revision(ctx);
         service.AdmitFile(ctx.user(), id, rid);
       },
       [&, revision](RequestContext& ctx, const attachments::Upload& upload) {
         auto [id, rid] = revision(ctx);
         return service.AttachFile(ctx.user(), id, rid, upload.file, upload.file_name, ctx.actor());
       },
       [&, revision](RequestContext& ctx) {
         auto [id, rid] = revision(ctx);
         return service.Files(ctx.user(), id, rid);
       },
       [&, revision](RequestContext& ctx, db::Id attachment_id) {
         auto [id, rid] = revision(ctx);
         return service.DownloadFile(ctx.user(), id, rid, attachment_id);
       },
       [&, revision](RequestContext& ctx, db::Id attachment_id) {
         auto [id, rid] = revision(ctx);
         return service.RemoveFile(ctx.user(), id, rid, attachment_id, ctx.actor());
       }});
  router.Add({"GET", "/api/v1/documents/{id}/revisions/{revision_id}/pdf", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                ctx.OnlyQuery({"lang"});
                return service.ControlledCopy(ctx.user(), ctx.PathId("id", "document"),
                                              ctx.PathId("revision_id", "revision"), ctx.QueryLanguage());
              }});
  router.Add({"GET", "/api/v1/standards/{id}/evidence", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within"});
                db::Id id = ctx.PathId("id", "standard");
                if (!ctx.user().CanAnywhere(auth::Permission::kViewDocuments)) Fail(403, "auth.forbidden");
                return http::JsonResponse(200, service.Evidence(ctx.user(), id, ctx.QueryId("within")));
              }});
  router.Add({"GET", "/api/v1/search", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"q", "unit_id", "within", "clause_id", "process_id", "type", "status", "limit"});
                auto q = ctx.Query("q", 200);
                if (!q) Fail(400, "request.bad_query", "q");
                http::PageRequest page = ctx.Page(50);
                page.limit = ctx.Query("limit") ? page.limit : 20;
                DocumentFilter f = ReadFilter(ctx, page);
                boost::json::array items;
                for (const auto& hit : service.Search(ctx.user(), *q, f)) {
                  boost::json::object item = ToJson(hit.document, Today());
                  item["snippet"] = hit.snippet;
                  items.push_back(std::move(item));
                }
                return http::JsonResponse(200, boost::json::object{{"items", std::move(items)}});
              }});
  router.Add({"GET", "/api/v1/documents/{id}/distribution", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, service.Readership(ctx.user(), ctx.PathId("id", "document"), 100));
              }});
  router.Add({"PUT", "/api/v1/documents/{id}/distribution", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "document");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                std::vector<DistributionTarget> targets;
                auto items = in.ObjectArray("targets", 200);
                if (!items) Fail(422, "validation.missing_field", "targets");
                for (JsonInput& item : *items) {
                  DistributionTarget t;
                  t.unit_id = item.RequiredInt("unit_id", 1, INT64_MAX);
                  t.role = item.OptionalString("role", 32).value_or("");
                  item.Finish();
                  targets.push_back(std::move(t));
                }
                in.Finish();
                return http::JsonResponse(200, service.SetDistribution(ctx.user(), id, targets, ctx.actor()));
              }});
  router.Add({"POST", "/api/v1/documents/{id}/acknowledgements", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "document");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                db::Id revision_id = in.RequiredInt("revision_id", 1, INT64_MAX);
                in.Finish();
                auto [at, made] = service.Acknowledge(ctx.user(), id, revision_id, ctx.actor());
                return http::JsonResponse(made ? 201 : 200, boost::json::object{{"document_id", id},
                                                                                {"revision_id", revision_id},
                                                                                {"acknowledged_at", at}});
              }});
  router.Add({"GET", "/api/v1/me/awaiting-decision", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"limit"});
                return http::JsonResponse(200, service.AwaitingMe(ctx.user(), ctx.Page(100).limit));
              }});
  router.Add({"GET", "/api/v1/me/reading-list", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unread"}, true);
                auto page = ctx.Page();
                bool unread = ctx.QueryBool("unread").value_or(false);
                std::string today = Today();
                auto rows = service.ReadingList(ctx.user(), unread, page.after, page.limit);
                boost::json::array items;
                for (const auto& [doc, at] : rows) {
                  boost::json::object item = ToJson(doc, today);
                  item["acknowledged_at"] = at ? boost::json::value(*at) : boost::json::value(nullptr);
                  items.push_back(std::move(item));
                }
                return http::PageResponse(std::move(items), page.limit,
                                          rows.empty() ? std::nullopt : std::optional<db::Id>(rows.back().first.id));
              }});
}

}  // namespace eduims::documents
