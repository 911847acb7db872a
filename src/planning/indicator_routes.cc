#include "planning/indicator_routes.h"

#include <algorithm>
#include <charconv>

#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::planning {
namespace {

using http::JsonInput;
using http::RequestContext;
using http::Response;

constexpr size_t kImportLimit = 5 << 20;
constexpr double kLargest = 1e15;

Response OneObjective(int status, const Objective& o) { return http::JsonResponse(status, ToJson(o)); }
Response OneIndicator(int status, const Indicator& i) { return http::JsonResponse(status, ToJson(i)); }

std::optional<db::Id> OptionalId(JsonInput& in, const std::string& name) {
  auto v = in.OptionalInt(name, 1, INT64_MAX);
  return v ? std::optional<db::Id>(*v) : std::nullopt;
}

double RequiredNumber(JsonInput& in, const std::string& name) {
  if (!in.Has(name)) Fail(422, "validation.missing_field", name);
  return *in.OptionalNumber(name, -kLargest, kLargest);
}

boost::json::object IndicatorRowJson(const IndicatorRow& row) {
  boost::json::object out = ToJson(row.indicator);
  if (row.latest) {
    out["latest"] = ToJson(*row.latest, row.indicator);
  } else {
    out["latest"] = nullptr;
  }
  return out;
}

// A number as boost::json writes one back (shortest text that reads back the same double), always with a fraction or
// an exponent so readers see a double, as from the tree the other answers serialise.
void AppendNumber(std::string& out, std::optional<double> v) {
  if (!v) {
    out += "null";
    return;
  }
  char text[32];
  auto end = std::to_chars(text, text + sizeof text, *v).ptr;
  out.append(text, end);
  if (std::find_if(text, end, [](char ch) { return ch == '.' || ch == 'e'; }) == end) out += ".0";
}

void AppendString(std::string& out, std::string_view text) {
  JsonWriter w(text.size() + 8);
  w.String(text);
  out += w.Take();
}

// Written straight to text: a province's thousand rows cost more as a boost::json tree than their two range reads.
std::string ComparisonJson(const Comparison& c) {
  std::string out;
  out.reserve(300 * c.rows.size() + 2048);
  out += "{\"code\":";
  AppendString(out, c.code);
  out += ",\"period\":";
  AppendString(out, c.period);
  out += ",\"reference\":";
  out += c.reference ? boost::json::serialize(ToJson(*c.reference)) : "null";
  out += ",\"aggregation\":";
  if (c.reference) {
    AppendString(out, Name(c.reference->aggregation));
  } else {
    out += "null";
  }
  out += ",\"aggregate\":{\"value\":";
  AppendNumber(out, c.aggregate);
  out += ",\"status\":";
  if (c.aggregate) {
    AppendString(out, Name(StatusOf(c.reference->direction, c.reference->target, c.reference->warning, *c.aggregate)));
  } else {
    out += "null";
  }
  out += ",\"measured\":" + std::to_string(c.measured) + ",\"units\":" + std::to_string(c.rows.size()) +
         "},\"items\":[";
  bool first = true;
  for (const auto& row : c.rows) {
    if (!first) out += ',';
    first = false;
    out += "{\"unit_id\":" + std::to_string(row.unit_id) + ",\"unit_code\":";
    AppendString(out, row.unit_code);
    out += ",\"unit_name\":";
    AppendString(out, row.unit_name);
    out += ",\"indicator_id\":" + std::to_string(row.indicator_id) + ",\"direction\":\"";
    out += Name(row.direction);
    out += "\",\"target\":";
    AppendNumber(out, row.target);
    out += ",\"warning\":";
    AppendNumber(out, row.warning);
    out += ",\"value\":";
    AppendNumber(out, row.value);
    out += ",\"weight\":";
    AppendNumber(out, row.weight);
    out += ",\"status\":";
    if (row.value) {
      out += '"';
      out += Name(StatusOf(row.direction, row.target, row.warning, *row.value));
      out += '"';
    } else {
      out += "null";
    }
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace

void AddIndicatorRoutes(http::Router& router, ObjectiveService& objectives, IndicatorService& indicators) {
  router.Add({"GET", "/api/v1/objectives", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "include_archived"}, true);
                auto page = ctx.Page();
                ObjectiveFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(objectives.List(ctx.user(), f), page.limit,
                                    [](const Objective& o) { return ToJson(o); });
              }});
  router.Add({"POST", "/api/v1/objectives", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ObjectiveInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.policy_link = in.OptionalString("policy_link", 2000).value_or("");
                input.plan_what = in.OptionalString("plan_what", 10000).value_or("");
                input.resources = in.OptionalString("resources", 5000).value_or("");
                input.responsible_id = OptionalId(in, "responsible_id");
                input.due_date = in.OptionalDate("due_date");
                input.evaluation = in.OptionalString("evaluation", 5000).value_or("");
                in.Finish();
                return OneObjective(201, objectives.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/objectives/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return OneObjective(200, objectives.Get(ctx.user(), ctx.PathId("id", "objective")));
              }});
  router.Add({"PATCH", "/api/v1/objectives/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "objective");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                ObjectivePatch patch;
                patch.title = in.OptionalString("title", 300);
                patch.policy_link = in.OptionalString("policy_link", 2000);
                patch.plan_what = in.OptionalString("plan_what", 10000);
                patch.resources = in.OptionalString("resources", 5000);
                auto responsible = in.PatchInt("responsible_id", 1, INT64_MAX, true);
                patch.responsible_present = responsible.present;
                if (responsible.value) patch.responsible_id = *responsible.value;
                auto due = in.PatchDate("due_date", true);
                patch.due_present = due.present;
                patch.due_date = due.value;
                patch.evaluation = in.OptionalString("evaluation", 5000);
                in.Finish();
                return OneObjective(200, objectives.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/objectives/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return OneObjective(200, objectives.Archive(ctx.user(), ctx.PathId("id", "objective"), ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/objectives/{id}/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                std::string today = FormatDate(TodayInVietnam());
                boost::json::array items;
                for (const auto& a : objectives.Steps(ctx.user(), ctx.PathId("id", "objective")))
                  items.push_back(actions::ToJson(a, today));
                return http::JsonResponse(200, boost::json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/objectives/{id}/actions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "objective");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                PlanStep step;
                step.title = in.RequiredString("title", 300);
                step.description = in.OptionalString("description", 10000).value_or("");
                step.owner_id = OptionalId(in, "owner_id");
                step.due_date = in.OptionalDate("due_date");
                in.Finish();
                return http::JsonResponse(
                    201, actions::ToJson(objectives.AddStep(ctx.user(), id, step, ctx.actor()),
                                         FormatDate(TodayInVietnam())));
              }});

  router.Add({"GET", "/api/v1/indicators", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"objective_id", "unit_id", "within", "code", "source", "include_archived"}, true);
                auto page = ctx.Page();
                IndicatorFilter f;
                f.objective_id = ctx.QueryId("objective_id");
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.code = ctx.Query("code", 40);
                if (auto source = ctx.Query("source")) {
                  f.source = ParseSource(*source);
                  if (!f.source) Fail(400, "request.bad_query", "source");
                }
                f.include_archived = ctx.QueryBool("include_archived").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                auto rows = indicators.List(ctx.user(), f);
                boost::json::array items;
                for (const auto& row : rows) items.push_back(IndicatorRowJson(row));
                return http::PageResponse(std::move(items), page.limit,
                                          rows.empty() ? std::nullopt : std::optional<db::Id>(rows.back().indicator.id));
              }});
  router.Add({"POST", "/api/v1/indicators", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                IndicatorInput input;
                input.objective_id = in.RequiredInt("objective_id", 1, INT64_MAX);
                input.code = in.RequiredString("code", 40);
                input.name = in.RequiredString("name", 300);
                input.measure_unit = in.RequiredString("measure_unit", 40);
                input.direction = *ParseDirection(in.RequiredEnum("direction", DirectionNames()));
                input.target = RequiredNumber(in, "target");
                input.warning = RequiredNumber(in, "warning");
                input.frequency = *ParseFrequency(in.RequiredEnum("frequency", FrequencyNames()));
                input.owner_id = OptionalId(in, "owner_id");
                input.source = *ParseSource(in.RequiredEnum("source", SourceNames()));
                input.metric = in.OptionalEnum("metric", MetricNames());
                if (auto a = in.OptionalEnum("aggregation", AggregationNames())) input.aggregation = *ParseAggregation(*a);
                input.breach_raises = in.OptionalEnum("breach_raises", BreachTargets()).value_or("improvement");
                in.Finish();
                return OneIndicator(201, indicators.Create(ctx.user(), input, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/indicators/compare", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"code", "within", "period"});
                auto code = ctx.Query("code", 40);
                if (!code) Fail(400, "request.bad_query", "code");
                auto period = ctx.Query("period", 20);
                return Response::Json(200,
                                      ComparisonJson(indicators.Compare(ctx.user(), *code, ctx.QueryId("within"), period)));
              }});
  router.Add({"POST", "/api/v1/indicators/measurements/import", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                auto type = ctx.request.Header("content-type").value_or("");
                auto format = org::ImportFormatOf(type);
                if (!format)
                  Fail(Problem::Make(415, "request.unsupported_media_type")
                           .With("expected", std::string("text/csv, ") + org::kXlsxMediaType));
                auto rows = indicators.Import(ctx.user(), ctx.request.body, *format, ctx.actor());
                boost::json::array items;
                for (const auto& r : rows)
                  items.push_back({{"row", r.row}, {"id", r.id}, {"indicator_id", r.indicator_id}, {"period", r.period}});
                return http::JsonResponse(201,
                                          boost::json::object{{"imported", rows.size()}, {"rows", std::move(items)}});
              },
              kImportLimit});
  router.Add({"GET", "/api/v1/indicators/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return OneIndicator(200, indicators.Get(ctx.user(), ctx.PathId("id", "indicator")));
              }});
  router.Add({"PATCH", "/api/v1/indicators/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "indicator");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                IndicatorPatch patch;
                patch.name = in.OptionalString("name", 300);
                patch.measure_unit = in.OptionalString("measure_unit", 40);
                if (auto d = in.OptionalEnum("direction", DirectionNames())) patch.direction = ParseDirection(*d);
                patch.target = in.OptionalNumber("target", -kLargest, kLargest);
                patch.warning = in.OptionalNumber("warning", -kLargest, kLargest);
                auto owner = in.PatchInt("owner_id", 1, INT64_MAX, true);
                patch.owner_present = owner.present;
                if (owner.value) patch.owner_id = *owner.value;
                if (auto a = in.OptionalEnum("aggregation", AggregationNames())) patch.aggregation = ParseAggregation(*a);
                patch.breach_raises = in.OptionalEnum("breach_raises", BreachTargets());
                in.Finish();
                return OneIndicator(200, indicators.Update(ctx.user(), id, version, patch, ctx.actor()));
              }});
  router.Add({"DELETE", "/api/v1/indicators/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                return OneIndicator(200, indicators.Archive(ctx.user(), ctx.PathId("id", "indicator"), ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/indicators/{id}/measurements", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"history"});
                bool history = ctx.QueryBool("history").value_or(false);
                auto [indicator, values] = indicators.Measurements(ctx.user(), ctx.PathId("id", "indicator"), history);
                boost::json::array items;
                for (const auto& m : values) items.push_back(ToJson(m, indicator));
                return http::JsonResponse(200,
                                          boost::json::object{{"indicator", ToJson(indicator)}, {"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/indicators/{id}/measurements", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "indicator");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                MeasurementInput input;
                input.period = in.RequiredString("period", 20);
                input.value = RequiredNumber(in, "value");
                input.weight = in.OptionalNumber("weight", 1e-9, kLargest);
                input.note = in.OptionalString("note", 2000).value_or("");
                input.correction = in.OptionalBool("correction").value_or(false);
                in.Finish();
                auto m = indicators.Record(ctx.user(), id, input, ctx.actor());
                return http::JsonResponse(201, ToJson(m, indicators.Get(ctx.user(), id)));
              }});
  // The registers people open most and the department's comparison: kept per caller until the next write.
  for (const char* pattern : {"/api/v1/objectives", "/api/v1/indicators", "/api/v1/indicators/compare",
                              "/api/v1/indicators/{id}/measurements"})
    router.SetCacheable("GET", pattern);
}

}  // namespace eduims::planning
