#include "planning/risk_routes.h"

#include <fstream>

#include "actions/model.h"
#include "planning/risk_export.h"
#include "planning/risk_json.h"
#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/download.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::planning {
namespace {

namespace json = boost::json;
using http::JsonInput;
using http::RequestContext;

constexpr size_t kMaxTitle = 300, kMaxText = 4000;
// Ratings are checked against the matrix by the service, so a rating off the matrix gets its own answer.
constexpr long long kRatingBound = 1000;

std::string Today() { return FormatDate(TodayInVietnam()); }

http::Response One(int status, const Risk& r, const Matrix& m) {
  return http::JsonResponse(status, ToJson(r, m, Today()));
}

http::Response View(const RiskView& v, const Matrix& m) {
  json::object out = ToJson(v.risk, m, Today());
  json::array ratings;
  for (const RatingEntry& e : v.ratings)
    ratings.push_back(json::object{{"stage", e.stage},
                                   {"matrix_code", e.matrix_code},
                                   {"likelihood", e.rating.likelihood},
                                   {"impact", e.rating.impact},
                                   {"score", e.rating.Score()},
                                   {"rated_by", e.rated_by ? json::value(*e.rated_by) : json::value()},
                                   {"rated_at", e.rated_at}});
  json::array actions;
  for (const auto& a : v.actions) actions.push_back(actions::ToJson(a, Today()));
  out["ratings"] = std::move(ratings);
  out["actions"] = std::move(actions);
  out["nonconformity_ids"] = json::array(v.nonconformity_ids.begin(), v.nonconformity_ids.end());
  return http::JsonResponse(200, out);
}

http::Response MatrixAnswer(const MatrixView& v) {
  return http::JsonResponse(200, json::object{{"matrix_code", v.settings.matrix_code},
                                              {"overrides", json::parse(v.settings.overrides)},
                                              {"version", v.settings.version},
                                              {"shipped", json::array(ShippedMatrixCodes().begin(),
                                                                      ShippedMatrixCodes().end())},
                                              {"matrix", ToJson(v.matrix)}});
}

std::optional<Rating> RatingIn(JsonInput& in, const std::string& stage, bool required) {
  auto l = in.OptionalInt(stage + "_likelihood", -kRatingBound, kRatingBound);
  auto i = in.OptionalInt(stage + "_impact", -kRatingBound, kRatingBound);
  if (!l && !i && !required) return std::nullopt;
  if (!l) Fail(422, "validation.missing_field", stage + "_likelihood");
  if (!i) Fail(422, "validation.missing_field", stage + "_impact");
  return Rating{int(*l), int(*i)};
}

std::optional<Treatment> TreatmentIn(const std::optional<std::string>& name) {
  if (!name) return std::nullopt;
  auto t = ParseTreatment(*name);
  if (!t) Fail(422, "validation.invalid_value", "treatment");
  return t;
}

// The list's filters, shared by its exports.
RiskFilter FilterOf(const RequestContext& ctx) {
  RiskFilter f;
  f.unit_id = ctx.QueryId("unit_id");
  f.within = ctx.QueryId("within");
  f.process_id = ctx.QueryId("process_id");
  f.owner_id = ctx.QueryId("owner_id");
  f.nonconformity_id = ctx.QueryId("nonconformity_id");
  f.source_id = ctx.QueryId("source_id");
  if (auto kind = ctx.Query("kind")) {
    f.kind = ParseKind(*kind);
    if (!f.kind) Fail(400, "request.bad_query", "kind");
  }
  if (auto t = ctx.Query("treatment")) {
    f.treatment = ParseTreatment(*t);
    if (!f.treatment) Fail(400, "request.bad_query", "treatment");
  }
  if (auto sk = ctx.Query("source_kind")) {
    f.source_kind = ParseSourceKind(*sk);
    if (!f.source_kind) Fail(400, "request.bad_query", "source_kind");
  }
  f.level = ctx.Query("level", 32);
  f.review_overdue = ctx.QueryBool("review_overdue").value_or(false);
  f.include_archived = ctx.QueryBool("include_archived").value_or(false);
  return f;
}

}  // namespace

void AddRiskRoutes(http::Router& router, RiskService& service) {
  router.Add({"GET", "/api/v1/risk-matrix", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return MatrixAnswer(service.GetMatrix());
              }});
  router.Add({"PUT", "/api/v1/risk-matrix", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                std::string code = in.RequiredEnum("matrix_code", ShippedMatrixCodes());
                long long version = in.OptionalInt("version", 0, INT64_MAX).value_or(0);
                json::object overrides = in.OptionalObject("overrides").value_or(json::object());
                in.Finish();
                return MatrixAnswer(service.SetMatrix(ctx.user(), code, overrides, version, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/risks", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "process_id", "owner_id", "nonconformity_id", "kind", "treatment",
                               "source_kind", "source_id", "level", "review_overdue", "include_archived"},
                              true);
                auto page = ctx.Page();
                RiskFilter f = FilterOf(ctx);
                f.after = page.after;
                f.limit = page.limit;
                auto risks = service.List(ctx.user(), f);
                Matrix m = service.CurrentMatrix();
                std::string today = Today();
                return http::WrittenPageOf(risks, page.limit,
                                           [&](JsonWriter& w, const Risk& r) { WriteJson(w, r, m, today); });
              }});
  router.Add({"POST", "/api/v1/risks", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                RiskInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                if (auto p = in.OptionalInt("process_id", 1, INT64_MAX)) input.process_id = *p;
                input.kind = *ParseKind(in.RequiredEnum("kind", KindNames()));
                input.source_kind =
                    *ParseSourceKind(in.OptionalEnum("source_kind", SourceKindNames()).value_or("other"));
                if (auto id = in.OptionalInt("source_id", 1, INT64_MAX)) input.source_id = *id;
                input.title = in.RequiredString("title", kMaxTitle);
                input.cause = in.OptionalString("cause", kMaxText).value_or("");
                input.consequence = in.OptionalString("consequence", kMaxText).value_or("");
                input.inherent = *RatingIn(in, "inherent", true);
                input.residual = RatingIn(in, "residual", false);
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) input.owner_id = *owner;
                input.treatment = TreatmentIn(in.OptionalString("treatment", 16));
                input.treatment_plan = in.OptionalString("treatment_plan", kMaxText).value_or("");
                input.next_review_date = in.OptionalDate("next_review_date");
                in.Finish();
                Risk r = service.Create(ctx.user(), input, ctx.actor());
                return One(201, r, service.CurrentMatrix());
              }});
  router.Add({"GET", "/api/v1/risks/export", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "process_id", "owner_id", "nonconformity_id", "kind", "treatment",
                               "source_kind", "source_id", "level", "review_overdue", "include_archived", "format"});
                std::string format = ctx.Query("format", 8).value_or("xlsx");
                if (format != "xlsx" && format != "csv") Fail(400, "request.bad_query", "format");
                RiskFilter f = FilterOf(ctx);
                f.limit = kExportLimit;
                RiskTable table = TableOf(service.List(ctx.user(), f), service.CurrentMatrix(), ctx.language);
                if (format == "csv") {
                  auto spool = http::NewSpoolPath("risks-");
                  std::ofstream(spool->path(), std::ios::binary) << CsvOf(table);
                  return http::Download(SpoolFile::Adopt(spool->path()), "text/csv; charset=utf-8", "risk-register.csv");
                }
                return http::Download(xlsx::Write(WorkbookOf(table, NowTimestamp(), ctx.language)),
                                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "risk-register.xlsx");
              }});
  router.Add({"GET", "/api/v1/risks/heatmap", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within", "kind"});
                Kind kind = Kind::kRisk;
                if (auto k = ctx.Query("kind")) {
                  auto parsed = ParseKind(*k);
                  if (!parsed) Fail(400, "request.bad_query", "kind");
                  kind = *parsed;
                }
                Heatmap h = service.HeatmapOf(ctx.user(), ctx.QueryId("within"), kind);
                Matrix m = service.CurrentMatrix();
                json::array cells;
                long long total = 0;
                for (const auto& c : h.cells) {
                  if (!m.Contains(c.likelihood, c.impact)) continue;
                  total += c.entries;
                  cells.push_back(json::object{{"likelihood", c.likelihood},
                                               {"impact", c.impact},
                                               {"count", c.entries},
                                               {"level", m.BandOf(c.likelihood * c.impact).level}});
                }
                return http::JsonResponse(200, json::object{{"within", h.within ? json::value(*h.within) : json::value()},
                                                            {"kind", KindName(kind)},
                                                            {"total", total},
                                                            {"cells", std::move(cells)},
                                                            {"matrix", ToJson(m)}});
              }});
  router.Add({"GET", "/api/v1/risks/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return View(service.Get(ctx.user(), ctx.PathId("id", "risk")), service.CurrentMatrix());
              }});
  router.Add({"PATCH", "/api/v1/risks/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "risk");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                RiskPatch patch;
                patch.title = in.OptionalString("title", kMaxTitle);
                patch.cause = in.OptionalString("cause", kMaxText);
                patch.consequence = in.OptionalString("consequence", kMaxText);
                patch.treatment_plan = in.OptionalString("treatment_plan", kMaxText);
                auto process = in.PatchInt("process_id", 1, INT64_MAX, true);
                patch.process_present = process.present;
                if (process.value) patch.process_id = *process.value;
                if (auto sk = in.OptionalEnum("source_kind", SourceKindNames())) patch.source_kind = ParseSourceKind(*sk);
                auto source = in.PatchInt("source_id", 1, INT64_MAX, true);
                patch.source_id_present = source.present;
                if (source.value) patch.source_id = *source.value;
                patch.inherent = RatingIn(in, "inherent", false);
                auto residual_l = in.PatchInt("residual_likelihood", -kRatingBound, kRatingBound, true);
                auto residual_i = in.PatchInt("residual_impact", -kRatingBound, kRatingBound, true);
                if (residual_l.present != residual_i.present)
                  Fail(422, "validation.missing_field", residual_l.present ? "residual_impact" : "residual_likelihood");
                if (residual_l.value.has_value() != residual_i.value.has_value())
                  Fail(422, "validation.invalid_value", residual_l.value ? "residual_impact" : "residual_likelihood");
                patch.residual_present = residual_l.present;
                if (residual_l.value) patch.residual = Rating{int(*residual_l.value), int(*residual_i.value)};
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) patch.owner_id = *owner;
                auto treatment = in.PatchString("treatment", 16, true);
                patch.treatment_present = treatment.present;
                patch.treatment = TreatmentIn(treatment.value);
                auto review = in.PatchDate("next_review_date", true);
                patch.review_present = review.present;
                patch.next_review_date = review.value;
                in.Finish();
                Risk r = service.Update(ctx.user(), id, version, patch, ctx.actor());
                return One(200, r, service.CurrentMatrix());
              }});
  router.Add({"DELETE", "/api/v1/risks/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                Risk r = service.Archive(ctx.user(), ctx.PathId("id", "risk"), ctx.actor());
                return One(200, r, service.CurrentMatrix());
              }});
  router.Add({"POST", "/api/v1/risks/{id}/reviews", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "risk");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                std::string next = in.RequiredDate("next_review_date");
                auto comment = in.OptionalString("comment", 2000);
                in.Finish();
                Risk r = service.Review(ctx.user(), id, version, next, comment, ctx.actor());
                return One(200, r, service.CurrentMatrix());
              }});
  router.Add({"POST", "/api/v1/risks/{id}/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "risk");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                actions::ActionInput input;
                input.title = in.RequiredString("title", 300);
                input.description = in.OptionalString("description", 10000).value_or("");
                if (auto owner = in.OptionalInt("owner_id", 1, INT64_MAX)) input.owner_id = *owner;
                input.due_date = in.OptionalDate("due_date");
                in.Finish();
                return http::JsonResponse(
                    201, actions::ToJson(service.AddAction(ctx.user(), id, input, ctx.actor()), Today()));
              }});
  router.Add({"POST", "/api/v1/risks/{id}/nonconformities", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "risk");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                db::Id nc = in.RequiredInt("nonconformity_id", 1, INT64_MAX);
                in.Finish();
                return View(service.LinkNonconformity(ctx.user(), id, nc, ctx.actor()), service.CurrentMatrix());
              }});
}

}  // namespace eduims::planning
