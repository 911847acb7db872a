#include "complaints/routes.h"

#include "complaints/form.h"
#include "complaints/public_page.h"
#include "platform/clock.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/i18n/messages.h"
#include "platform/problem.h"

namespace eduims::complaints {
namespace {

using http::JsonInput;
using http::RequestContext;
namespace json = boost::json;

std::string Today() { return FormatDate(TodayInVietnam()); }

json::object Json(const View& v) { return ToJson(v.complaint, Today(), v.show_identity); }

http::Response One(int status, const View& v) { return http::JsonResponse(status, Json(v)); }

template <class T>
std::optional<T> QueryEnum(const RequestContext& ctx, const std::string& name, const std::vector<std::string>& allowed,
                           T (*parse)(const std::string&)) {
  auto value = ctx.Query(name, 40);
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) Fail(400, "request.bad_query", name);
  return parse(*value);
}

std::string Same(const std::string& s) { return s; }

}  // namespace

void AddRoutes(http::Router& router, ComplaintService& service) {
  router.Add({"GET", "/api/v1/complaints", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "within", "status", "category", "kind", "handler_id", "mine",
                               "nonconformity_id", "overdue"},
                              true);
                auto page = ctx.Page();
                Filter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.within = ctx.QueryId("within");
                f.status = QueryEnum<Status>(ctx, "status", StatusNames(),
                                             [](const std::string& s) { return *ParseStatus(s); });
                f.category = QueryEnum<std::string>(ctx, "category", CategoryCodes(), Same);
                f.kind = QueryEnum<std::string>(ctx, "kind", Kinds(), Same);
                f.handler_id = ctx.QueryId("handler_id");
                if (ctx.QueryBool("mine").value_or(false)) f.handler_id = ctx.user().user_id;
                f.nonconformity_id = ctx.QueryId("nonconformity_id");
                f.overdue = ctx.QueryBool("overdue").value_or(false);
                f.after = page.after;
                f.limit = page.limit;
                std::vector<View> views = service.List(ctx.user(), f);
                json::array items;
                for (const View& v : views) items.push_back(Json(v));
                return http::PageResponse(std::move(items), page.limit,
                                          views.empty() ? std::nullopt : std::optional(views.back().complaint.id));
              }});
  router.Add({"POST", "/api/v1/complaints", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ComplaintInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.kind = in.OptionalEnum("kind", Kinds()).value_or("complaint");
                input.category = in.RequiredEnum("category", CategoryCodes());
                input.channel = in.RequiredEnum("channel", StaffChannels());
                input.text = in.RequiredString("text", 5000);
                input.complainant_name = in.OptionalString("complainant_name", 200);
                input.complainant_contact = in.OptionalString("complainant_contact", 200);
                if (auto subject = in.OptionalInt("subject_user_id", 1, INT64_MAX)) input.subject_user_id = *subject;
                input.received_on = in.OptionalDate("received_on");
                in.Finish();
                Created created = service.Record(ctx.user(), input, ctx.actor());
                // The recorder typed the complainant's details and tells them their code: the answer shows both.
                json::object out = ToJson(created.complaint, Today(), true);
                out["tracking_code"] = created.code;
                return http::JsonResponse(201, out);
              }});
  router.Add({"GET", "/api/v1/complaints/statistics", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within", "from", "to"});
                std::string to = ctx.Query("to", 10).value_or(Today());
                std::string from = ctx.Query("from", 10).value_or(to.substr(0, 4) + "-01-01");
                for (const std::string* d : {&from, &to})
                  if (!ParseDate(*d) || d->size() != 10) Fail(400, "request.bad_query", d == &from ? "from" : "to");
                return http::JsonResponse(200, service.Statistics(ctx.user(), ctx.QueryId("within"), from, to));
              }});
  router.Add({"GET", "/api/v1/complaints/settings", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                // The deadlines are no secret: whoever records a complaint may tell the complainant them.
                ctx.OnlyQuery({});
                return http::JsonResponse(200, ToJson(service.GetDeadlines()));
              }});
  router.Add({"PUT", "/api/v1/complaints/settings", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                long long version = in.RequiredInt("version", 0, INT64_MAX);
                int ack = int(in.RequiredInt("acknowledge_days", 1, 60));
                int response = int(in.RequiredInt("response_days", 1, 180));
                in.Finish();
                return http::JsonResponse(200,
                                          ToJson(service.SetDeadlines(ctx.user(), version, ack, response, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/complaints/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                return One(200, service.Get(ctx.user(), ctx.PathId("id", "complaint")));
              }});
  router.Add({"POST", "/api/v1/complaints/{id}/assignment", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "complaint");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                Assignment a;
                a.version = in.RequiredInt("version", 1, INT64_MAX);
                auto handler = in.PatchInt("handler_id", 1, INT64_MAX, true);
                auto decider = in.PatchInt("decider_id", 1, INT64_MAX, true);
                auto subject = in.PatchInt("subject_user_id", 1, INT64_MAX, true);
                in.Finish();
                a.handler_present = handler.present;
                a.decider_present = decider.present;
                a.subject_present = subject.present;
                if (handler.value) a.handler_id = *handler.value;
                if (decider.value) a.decider_id = *decider.value;
                if (subject.value) a.subject_user_id = *subject.value;
                return One(200, service.Assign(ctx.user(), id, a, ctx.actor()));
              }});
  router.Add({"POST", "/api/v1/complaints/{id}/steps", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "complaint");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                StepInput s;
                s.version = in.RequiredInt("version", 1, INT64_MAX);
                s.action = in.RequiredEnum("action", StepNames());
                s.comment = in.OptionalString("comment", 2000);
                s.response = in.OptionalString("response", 10000);
                s.outcome = in.OptionalEnum("outcome", Outcomes());
                s.accepted = in.OptionalBool("accepted");
                s.appeal_text = in.OptionalString("appeal_text", 5000);
                s.decision = in.OptionalString("decision", 10000);
                s.appeal_outcome = in.OptionalEnum("appeal_outcome", AppealOutcomes());
                in.Finish();
                return One(200, service.Step(ctx.user(), id, s, ctx.actor()));
              }});
  router.Add({"GET", "/api/v1/complaints/{id}/notes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                json::array items;
                for (const Note& n : service.Notes(ctx.user(), ctx.PathId("id", "complaint"))) items.push_back(ToJson(n));
                return http::JsonResponse(200, json::object{{"items", std::move(items)}});
              }});
  router.Add({"POST", "/api/v1/complaints/{id}/notes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "complaint");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                std::string text = in.RequiredString("text", 10000);
                in.Finish();
                return http::JsonResponse(201, ToJson(service.AddNote(ctx.user(), id, text, ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/complaints/{id}/nonconformity", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "complaint");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                NcRequest r;
                r.version = in.RequiredInt("version", 1, INT64_MAX);
                r.title = in.RequiredString("title", 300);
                r.description = in.OptionalString("description", 10000).value_or("");
                r.severity = in.RequiredEnum("severity", improvement::Severities());
                if (auto ids = in.IdArray("clause_ids", 20)) r.clause_ids.assign(ids->begin(), ids->end());
                in.Finish();
                return One(201, service.RaiseNonconformity(ctx.user(), id, r, ctx.actor()));
              }});
}

}  // namespace eduims::complaints

namespace eduims::complaints {
namespace {

http::Response Html(int status, std::string body, Language language) {
  http::Response r{status, "text/html; charset=utf-8", std::move(body), {}};
  r.headers.emplace_back("Content-Security-Policy", kPublicPagePolicy);
  r.headers.emplace_back("Content-Language", std::string(LanguageCode(language)));
  // The follow page's address holds the tracking code: no cache keeps it, no referrer carries it.
  r.headers.emplace_back("Cache-Control", "no-store");
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  return r;
}

// The page's language: the form's "lang" field, else ?lang=, else the browser's.
Language PageLanguage(const RequestContext& ctx, const std::map<std::string, std::string>* form) {
  if (form) {
    auto it = form->find("lang");
    if (it != form->end())
      if (auto language = ParseLanguageCode(it->second)) return *language;
  }
  auto it = ctx.request.query.find("lang");
  if (it != ctx.request.query.end())
    if (auto language = ParseLanguageCode(it->second)) return *language;
  return ctx.language;
}

std::string Worded(const Problem& p, Language language) {
  auto params = p.params;
  if (!p.field.empty()) params["field"] = FieldLabel(p.field, language);
  return MessageDetail(p.code, language, params);
}

// Counts the request against the caller's address; nullopt while within the budget, else the page that says wait.
std::optional<http::Response> Throttled(http::RateLimiter& limiter, const RequestContext& ctx, Language language) {
  auto wait = limiter.Take("public:" + ctx.request.remote_address);
  if (!wait) return std::nullopt;
  Problem p = Problem::Make(429, "request.rate_limited").With("seconds", std::to_string(*wait));
  http::Response r = Html(429, ErrorPage(MessageTitle(p.code, language), Worded(p, language), language), language);
  r.headers.emplace_back("Retry-After", std::to_string(*wait));
  return r;
}

std::string FormField(const std::map<std::string, std::string>& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? "" : it->second;
}

http::Response BadForm(Language language) {
  Problem p = Problem::Make(400, "request.malformed");
  return Html(400, ErrorPage(MessageTitle(p.code, language), Worded(p, language), language), language);
}

}  // namespace

void AddPublicRoutes(http::Router& router, ComplaintService& service, http::RateLimiter& limiter) {
  router.Add({"GET", "/complaints/new", http::Access::kPublic, [&](RequestContext& ctx) {
                Language language = PageLanguage(ctx, nullptr);
                if (auto refused = Throttled(limiter, ctx, language)) return *refused;
                FormValues empty;
                empty.kind = "complaint";
                return Html(200, FormPage(service.PublicUnits(), empty, language), language);
              }});
  router.Add({"POST", "/complaints/new", http::Access::kPublic, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"lang"});
                auto form = ParseForm(ctx.request.body);
                Language language = PageLanguage(ctx, form ? &*form : nullptr);
                if (auto refused = Throttled(limiter, ctx, language)) return *refused;
                if (!form) return BadForm(language);
                FormValues values{FormField(*form, "unit_id"), FormField(*form, "kind"), FormField(*form, "category"),
                                  FormField(*form, "text"),    FormField(*form, "name"), FormField(*form, "contact"),
                                  ""};
                ComplaintInput input;
                try {
                  input.unit_id = std::stoll(values.unit_id);
                } catch (const std::exception&) {
                  input.unit_id = 0;
                }
                input.kind = values.kind.empty() ? "complaint" : values.kind;
                input.category = values.category;
                input.text = values.text;
                input.complainant_name = values.name;
                input.complainant_contact = values.contact;
                try {
                  Created created = service.Submit(input);
                  return Html(201, CreatedPage(created.code, language), language);
                } catch (const ProblemError& e) {
                  values.error = Worded(e.problem(), language);
                  return Html(e.problem().status, FormPage(service.PublicUnits(), values, language), language);
                }
              }});
  router.Add({"GET", "/complaints/{code}", http::Access::kPublic, [&](RequestContext& ctx) {
                Language language = PageLanguage(ctx, nullptr);
                if (auto refused = Throttled(limiter, ctx, language)) return *refused;
                auto found = service.FindByCode(ctx.PathParam("code"));
                if (!found) {
                  Problem p = Problem::Make(404, "complaints.code_unknown");
                  return Html(404, ErrorPage(MessageTitle(p.code, language), Worded(p, language), language), language);
                }
                return Html(200, FollowPage(*found, ctx.PathParam("code"), "", language), language);
              }});
  router.Add({"POST", "/complaints/{code}", http::Access::kPublic, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"lang"});
                auto form = ParseForm(ctx.request.body);
                Language language = PageLanguage(ctx, form ? &*form : nullptr);
                if (auto refused = Throttled(limiter, ctx, language)) return *refused;
                if (!form) return BadForm(language);
                const std::string& code = ctx.PathParam("code");
                std::string action = FormField(*form, "action");
                try {
                  if (action != "close" && action != "appeal") Fail(422, "validation.invalid_value", "action");
                  service.ComplainantStep(code, action, FormField(*form, "appeal_text"));
                } catch (const ProblemError& e) {
                  auto found = service.FindByCode(code);
                  if (!found) {
                    Problem p = Problem::Make(404, "complaints.code_unknown");
                    return Html(404, ErrorPage(MessageTitle(p.code, language), Worded(p, language), language),
                                language);
                  }
                  return Html(e.problem().status, FollowPage(*found, code, Worded(e.problem(), language), language),
                              language);
                }
                // After the post, the page is fetched again, so reloading it does not post twice.
                http::Response r{303, "text/plain; charset=utf-8", "", {}};
                r.headers.emplace_back("Location", "/complaints/" + *CanonicalCode(code) +
                                                       "?lang=" + std::string(LanguageCode(language)));
                r.headers.emplace_back("Cache-Control", "no-store");
                return r;
              }});
}

}  // namespace eduims::complaints
