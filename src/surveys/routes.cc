#include "surveys/routes.h"

#include <tuple>

#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/download.h"
#include "platform/http/form.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"
#include "surveys/page.h"

namespace eduims::surveys {
namespace {

namespace json = boost::json;
using http::JsonInput;
using http::RequestContext;

json::object VersionJson(db::Id questionnaire_id, const QuestionnaireVersion& v) {
  return {{"questionnaire_id", questionnaire_id},
          {"number", v.info.number},
          {"status", v.info.status},
          {"created_at", v.info.created_at},
          {"published_at", v.info.published_at ? json::value(*v.info.published_at) : json::value(nullptr)},
          {"definition", json::parse(v.definition)}};
}

http::Response Html(int status, std::string body, Language language) {
  http::Response r{status, "text/html; charset=utf-8", std::move(body), {}};
  r.headers.emplace_back("Content-Security-Policy", kPagePolicy);
  r.headers.emplace_back("Content-Language", std::string(LanguageCode(language)));
  r.headers.emplace_back("Cache-Control", "no-store");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  return r;
}

// Counts the request against the caller's address; nullopt within the budget, else the refusal page.
std::optional<http::Response> Throttled(http::RateLimiter& limiter, const RequestContext& ctx, Language language) {
  auto wait = limiter.Take("survey:" + ctx.request.remote_address);
  if (!wait) return std::nullopt;
  http::Response r = Html(429, StatePage("rate_limited", language), language);
  r.headers.emplace_back("Retry-After", std::to_string(*wait));
  return r;
}

}  // namespace

void AddQuestionnaireRoutes(http::Router& router, SurveyService& service) {
  router.Add({"GET", "/api/v1/questionnaire-library", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, json::object{{"items", service.Library()}});
              }});
  router.Add({"GET", "/api/v1/questionnaires", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id"}, true);
                auto page = ctx.Page();
                return http::PageOf(service.ListQuestionnaires(ctx.user(), ctx.QueryId("unit_id"), page.after,
                                                               page.limit),
                                    page.limit,
                                    [](const QuestionnaireRecord& q) { return ToJson(q); });
              }});
  router.Add({"POST", "/api/v1/questionnaires", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                QuestionnaireInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.audience = in.RequiredEnum("audience", AudienceNames());
                input.library_code = in.OptionalString("library_code", 64);
                if (auto d = in.OptionalObject("definition")) input.definition = json::value(*d);
                in.Finish();
                return http::JsonResponse(201, ToJson(service.CreateQuestionnaire(ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/questionnaires/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.GetQuestionnaire(ctx.user(),
                                                                               ctx.PathId("id", "questionnaire"))));
              }});
  router.Add({"POST", "/api/v1/questionnaires/{id}/versions", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "questionnaire");
                JsonInput::FromRequest(ctx.request).Finish();
                return http::JsonResponse(201, VersionJson(id, service.NewVersion(ctx.user(), id, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/questionnaires/{id}/versions/{version}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                db::Id id = ctx.PathId("id", "questionnaire");
                long long number = ctx.PathId("version", "questionnaire_version");
                return http::JsonResponse(200, VersionJson(id, service.GetVersion(ctx.user(), id, number)));
              }});
  router.Add({"PUT", "/api/v1/questionnaires/{id}/versions/{version}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "questionnaire");
                long long number = ctx.PathId("version", "questionnaire_version");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                auto definition = in.OptionalObject("definition");
                if (!definition) Fail(422, "validation.missing_field", "definition");
                in.Finish();
                return http::JsonResponse(
                    200, VersionJson(id, service.SaveDraft(ctx.user(), id, number, json::value(*definition),
                                                           ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/questionnaires/{id}/versions/{version}/publish", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "questionnaire");
                long long number = ctx.PathId("version", "questionnaire_version");
                JsonInput::FromRequest(ctx.request).Finish();
                return http::JsonResponse(200, VersionJson(id, service.Publish(ctx.user(), id, number, ctx.actor())));
              }});
}

void AddCampaignRoutes(http::Router& router, SurveyService& service) {
  router.Add({"GET", "/api/v1/surveys", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"questionnaire_id"}, true);
                auto page = ctx.Page();
                return http::PageOf(
                    service.ListCampaigns(ctx.user(), ctx.QueryId("questionnaire_id"), page.after, page.limit),
                    page.limit, [](const Campaign& c) { return ToJson(c); });
              }});
  router.Add({"POST", "/api/v1/surveys", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                CampaignInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.questionnaire_id = in.RequiredInt("questionnaire_id", 1, INT64_MAX);
                input.questionnaire_version = in.RequiredInt("questionnaire_version", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.audience = in.RequiredEnum("audience", AudienceNames());
                input.mode = in.RequiredEnum("mode", ModeNames());
                input.opens_on = in.RequiredDate("opens_on");
                input.closes_on = in.RequiredDate("closes_on");
                input.min_group = in.OptionalInt("min_group", 3, 100).value_or(5);
                if (auto links = in.ObjectArray("links", 5000)) {
                  for (JsonInput& link : *links) {
                    CampaignInput::LinkInput l;
                    l.unit_id = link.RequiredInt("unit_id", 1, INT64_MAX);
                    l.expected = link.OptionalInt("expected", 0, 1000000).value_or(0);
                    link.Finish();
                    input.links.push_back(l);
                  }
                }
                in.Finish();
                return http::JsonResponse(201, ToJson(service.CreateCampaign(ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/surveys/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.GetCampaign(ctx.user(), ctx.PathId("id", "survey"))));
              }});
  router.Add({"GET", "/api/v1/surveys/{id}/links", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                json::array items;
                for (const Link& l : service.Links(ctx.user(), ctx.PathId("id", "survey"))) items.push_back(ToJson(l));
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/surveys/{id}/codes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "survey");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                db::Id unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                auto people = in.StringArray("people", 2000, 200);
                if (!people) Fail(422, "validation.missing_field", "people");
                in.Finish();
                json::array items;
                for (const Link& l : service.AddCodes(ctx.user(), id, unit_id, *people, ctx.actor()))
                  items.push_back(ToJson(l));
                return http::JsonResponse(201, json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/surveys/{id}/transitions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "survey");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 1, INT64_MAX);
                std::string to = in.RequiredEnum("to", {"open", "closed"});
                in.Finish();
                return http::JsonResponse(200, ToJson(service.Transition(ctx.user(), id, version, to, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/surveys/{id}/results", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "by_unit"});
                ResultsQuery q{ctx.QueryId("unit_id"), ctx.QueryBool("by_unit").value_or(false)};
                return http::JsonResponse(200, service.Results(ctx.user(), ctx.PathId("id", "survey"), q));
              }});
  router.Add({"GET", "/api/v1/surveys/{id}/results.xlsx", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "lang"});
                db::Id id = ctx.PathId("id", "survey");
                return http::Download(
                    xlsx::Write(service.ExportXlsx(ctx.user(), id, ctx.QueryId("unit_id"), ctx.QueryLanguage())),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "survey-" + std::to_string(id) + "-results.xlsx");
              }});
  // The printable PDFs: the results report, the posters of an anonymous campaign, the slips of a confidential one.
  using Pdf = std::shared_ptr<http::SpoolPath> (SurveyService::*)(const auth::Principal&, db::Id, Language);
  for (const auto& printed : {std::tuple{"/api/v1/surveys/{id}/posters.pdf", Pdf(&SurveyService::PostersPdf),
                                          "posters"},
                               std::tuple{"/api/v1/surveys/{id}/slips.pdf", Pdf(&SurveyService::SlipsPdf), "slips"}}) {
    Pdf render = std::get<1>(printed);
    std::string name = std::get<2>(printed);
    router.Add({"GET", std::get<0>(printed), http::Access::kAuthenticated, [&service, render, name](RequestContext& ctx) {
                  ctx.OnlyQuery({"lang"});
                  db::Id id = ctx.PathId("id", "survey");
                  auto spool = (service.*render)(ctx.user(), id, ctx.QueryLanguage());
                  return http::Download(SpoolFile::Adopt(spool->path()), "application/pdf",
                                        "survey-" + std::to_string(id) + "-" + name + ".pdf");
                }});
  }
  router.Add({"GET", "/api/v1/surveys/{id}/report.pdf", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "lang"});
                db::Id id = ctx.PathId("id", "survey");
                auto spool = service.ResultsPdf(ctx.user(), id, ctx.QueryId("unit_id"), ctx.QueryLanguage());
                return http::Download(SpoolFile::Adopt(spool->path()), "application/pdf",
                                      "survey-" + std::to_string(id) + "-results.pdf");
              }});
  router.Add({"GET", "/api/v1/surveys/{id}/texts", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "question", "q"}, true);
                auto page = ctx.Page();
                auto rows = service.Texts(ctx.user(), ctx.PathId("id", "survey"), ctx.QueryId("unit_id"),
                                          ctx.Query("question", 32), ctx.Query("q", 200).value_or(""), page.after,
                                          page.limit);
                return http::PageOf(rows, page.limit, [](const store::TextRow& t) {
                  return json::object{{"id", t.id}, {"question_key", t.question_key}, {"text", t.text}};
                });
              }});
}

void AddAnsweringRoutes(http::Router& router, SurveyService& service, http::RateLimiter& limiter) {
  router.Add({"GET", "/s/progress.js", http::Access::kPublic, [](RequestContext&) {
                http::Response r{200, "text/javascript; charset=utf-8", kProgressScript, {}};
                r.headers.emplace_back("Cache-Control", "public, max-age=86400");
                return r;
              }});
  router.Add({"GET", "/s/{code}", http::Access::kPublic, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"lang"});
                Language language = ctx.QueryLanguage();
                if (auto refused = Throttled(limiter, ctx, language)) return *refused;
                std::string code = ctx.PathParam("code");
                PublicSurvey survey = service.Open(code);
                if (survey.state != "open")
                  return Html(StateStatus(survey.state), StatePage(survey.state, language), language);
                return Html(200, FormPage(code, survey.campaign->title, *survey.definition, language), language);
              }});
  http::Route answer{"POST", "/s/{code}", http::Access::kPublic, [&](RequestContext& ctx) {
                       ctx.OnlyQuery({"lang"});
                       Language language = ctx.QueryLanguage();
                       if (auto refused = Throttled(limiter, ctx, language)) return *refused;
                       std::string code = ctx.PathParam("code");
                       auto form = http::ParseForm(ctx.request.body);
                       if (!form) Fail(400, "request.malformed");
                       AnswerOutcome outcome = service.Answer(code, *form);
                       if (outcome.state == "invalid")
                         return Html(422,
                                     FormPage(code, outcome.survey.campaign->title, *outcome.survey.definition,
                                              language, *form, outcome.problems),
                                     language);
                       return Html(StateStatus(outcome.state), StatePage(outcome.state, language, code), language);
                     }};
  answer.body_limit = 256 * 1024;
  router.Add(std::move(answer));
}

}  // namespace eduims::surveys
