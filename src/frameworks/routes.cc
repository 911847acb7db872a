#include "frameworks/routes.h"

#include "org/import_file.h"
#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/download.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::frameworks {
namespace {

namespace json = boost::json;
using http::JsonInput;
using http::RequestContext;
using http::Response;

constexpr size_t kImportLimit = 5 << 20;

FileFormat BodyFormat(const RequestContext& ctx) {
  auto format = FormatOfContentType(ctx.request.Header("content-type").value_or(""));
  if (!format)
    Fail(Problem::Make(415, "request.unsupported_media_type")
             .With("expected", std::string("text/csv, application/json, ") + org::kXlsxMediaType));
  return *format;
}

Response Imported(const ImportResult& result, bool dry_run, bool replace = false) {
  json::array rows;
  for (const ImportedRow& r : result.rows)
    rows.push_back({{"row", r.row}, {"key", r.key}, {"id", r.id ? json::value(*r.id) : json::value(nullptr)}});
  json::object out{{"dry_run", dry_run},
                   {"framework", result.framework ? json::value(ToJson(*result.framework)) : json::value(nullptr)},
                   {"imported", dry_run ? 0 : result.rows.size()},
                   {"rows", std::move(rows)}};
  if (replace) {
    json::array removed;
    for (const ImportedRow& r : result.removed) removed.push_back({{"key", r.key}, {"id", *r.id}});
    out["removed"] = std::move(removed);
  }
  return http::JsonResponse(dry_run ? 200 : 201, out);
}

std::string Text(const RequestContext& ctx, const std::string& name, size_t max) {
  return ctx.Query(name, max * 4).value_or("");
}

// A file name of the framework's code and version, which hold only characters a file name may.
std::string FileName(const store::Framework& f, const std::string& extension) {
  return f.standard.code + "-" + f.standard.edition + "." + extension;
}

}  // namespace

void AddRoutes(http::Router& router, FrameworkService& service) {
  router.Add({"GET", "/api/v1/frameworks", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                json::array items;
                for (const auto& f : service.List()) items.push_back(ToJson(f));
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"GET", "/api/v1/frameworks/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                db::Id id = ctx.PathId("id", "framework");
                json::object out = ToJson(service.Get(id));
                json::array nodes;
                for (const auto& n : service.Nodes(id)) nodes.push_back(ToJson(n));
                out["nodes"] = std::move(nodes);
                return http::JsonResponse(200, out);
              }});
  router.Add({"GET", "/api/v1/frameworks/{id}/export", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"format"});
                std::string name = ctx.Query("format", 8).value_or("csv");
                db::Id id = ctx.PathId("id", "framework");
                if (name != "xlsx" && !ParseFileFormat(name)) Fail(400, "request.bad_query", "format");
                store::Framework f = service.Get(id);
                std::vector<NodeRow> rows = service.ExportRows(id);
                if (name == "xlsx")
                  return http::Download(xlsx::Write(NodesWorkbook(rows, f.standard.title_en, NowTimestamp())),
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        FileName(f, "xlsx"));
                FileFormat format = *ParseFileFormat(name);
                Response r{200, format == FileFormat::kCsv ? "text/csv; charset=utf-8" : "application/json",
                           WriteNodes(rows, format), {}, {}};
                r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + FileName(f, name) + "\"");
                return r;
              }});
  router.Add({"POST", "/api/v1/frameworks/imports", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                FileFormat format = BodyFormat(ctx);
                ctx.OnlyQuery({"code", "version", "title_vi", "title_en", "publisher", "source", "dry_run"});
                FrameworkIdentity identity{Text(ctx, "code", kMaxCode),         Text(ctx, "version", kMaxVersion),
                                           Text(ctx, "title_vi", kMaxTitle),    Text(ctx, "title_en", kMaxTitle),
                                           Text(ctx, "publisher", kMaxPublisher), Text(ctx, "source", kMaxSource)};
                bool dry_run = ctx.QueryBool("dry_run").value_or(false);
                return Imported(service.Import(ctx.user(), identity, ctx.request.body, format, dry_run, ctx.actor()),
                                dry_run);
              },
              kImportLimit});
  router.Add({"POST", "/api/v1/frameworks/{id}/correspondences/imports", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                FileFormat format = BodyFormat(ctx);
                ctx.OnlyQuery({"standard", "dry_run", "replace"});
                db::Id id = ctx.PathId("id", "framework");
                bool dry_run = ctx.QueryBool("dry_run").value_or(false);
                bool replace = ctx.QueryBool("replace").value_or(false);
                ImportResult result = service.ImportMappings(ctx.user(), id, ctx.QueryId("standard"), ctx.request.body,
                                                             format, dry_run, replace, ctx.actor());
                return Imported(result, dry_run, replace);
              },
              kImportLimit});
  router.Add({"POST", "/api/v1/frameworks/{id}/correspondences", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "framework");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                MappingInput input;
                input.node_id = in.RequiredInt("node_id", 1, INT64_MAX);
                input.clause_id = in.RequiredInt("clause_id", 1, INT64_MAX);
                input.relation = in.RequiredEnum("relation", Relations());
                input.note_vi = in.OptionalString("note_vi", kMaxNote).value_or("");
                input.note_en = in.OptionalString("note_en", kMaxNote).value_or("");
                in.Finish();
                return http::JsonResponse(201, standards::ToJson(service.AddMapping(ctx.user(), id, input,
                                                                                    ctx.actor())));
              }});
  router.Add({"DELETE", "/api/v1/frameworks/{id}/correspondences/{mapping_id}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                service.RemoveMapping(ctx.user(), ctx.PathId("id", "framework"),
                                      ctx.PathId("mapping_id", "correspondence"), ctx.actor());
                return Response::NoContent();
              }});
}

}  // namespace eduims::frameworks
