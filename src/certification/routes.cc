#include "certification/routes.h"

#include "certification/verify_page.h"
#include "platform/http/context.h"
#include "platform/http/json_input.h"
#include "platform/i18n/messages.h"
#include "platform/problem.h"

namespace eduims::certification {
namespace {

namespace json = boost::json;
using http::JsonInput;
using http::RequestContext;

std::vector<db::Id> Ids(JsonInput& in, const std::string& name, size_t max) {
  return in.IdArray(name, max).value_or(std::vector<db::Id>{});
}

std::vector<TeamMember> Team(JsonInput& in) {
  std::vector<TeamMember> team;
  for (JsonInput& member : in.ObjectArray("team", 20).value_or(std::vector<JsonInput>{})) {
    team.push_back({member.RequiredString("name", 200), member.RequiredString("role", 32)});
    member.Finish();
  }
  return team;
}

template <class T>
std::optional<std::optional<T>> Clearable(const http::Patch<T>& patch) {
  if (!patch.present) return std::nullopt;
  return patch.value;
}

json::object DetailJson(const ProjectDetail& d, Language language, const std::string& today) {
  json::object out = ToJson(d.project);
  json::array audits, certificates, history, blockers, excluded;
  for (const Audit& a : d.audits) audits.push_back(ToJson(a));
  for (const ExcludedClause& e : d.excluded_clauses)
    excluded.push_back({{"clause_id", e.clause_id},
                        {"standard_id", e.standard_id},
                        {"number", e.number},
                        {"title_en", e.title_en},
                        {"title_vi", e.title_vi},
                        {"justification", e.justification}});
  for (const Certificate& c : d.certificates)
    certificates.push_back({{"id", c.id},
                            {"number", c.number},
                            {"status", CertificateStatusName(StatusOn(c, today))},
                            {"issue_date", c.issue_date},
                            {"expiry_date", c.expiry_date}});
  for (const TransitionRecord& t : d.history) history.push_back(ToJson(t));
  for (const Problem& p : d.blockers) {
    json::object params;
    for (const auto& [k, v] : p.params) params[k] = v;
    blockers.push_back({{"code", p.code}, {"detail", MessageDetail(p.code, language, p.params)}, {"params", params}});
  }
  out["audits"] = std::move(audits);
  out["certificates"] = std::move(certificates);
  out["history"] = std::move(history);
  out["blockers"] = std::move(blockers);
  out["actions"] = json::array(d.actions.begin(), d.actions.end());
  out["excluded_clauses"] = std::move(excluded);
  return out;
}

json::object AuditJson(const Audit& audit, const std::vector<FindingDetail>& findings) {
  json::object out = ToJson(audit);
  json::array items;
  for (const FindingDetail& f : findings) {
    json::object item = ToJson(f.finding);
    if (f.nonconformity)
      item["nonconformity"] = {
          {"status", improvement::NcStatusName(f.nonconformity->status)},
          {"severity", f.nonconformity->severity},
          {"verification_due",
           f.nonconformity->verification_due ? json::value(*f.nonconformity->verification_due) : json::value(nullptr)},
          {"closed_on", f.nonconformity->closed_on ? json::value(*f.nonconformity->closed_on) : json::value(nullptr)}};
    items.push_back(std::move(item));
  }
  out["findings"] = std::move(items);
  return out;
}

json::object CertificateJson(const CertificateDetail& d, const std::string& today) {
  json::object out = ToJson(d.certificate, today);
  json::array history, due;
  for (const CertificateChange& c : d.history) history.push_back(ToJson(c));
  for (const DueItem& item : d.due) due.push_back(ToJson(item));
  out["history"] = std::move(history);
  out["due"] = std::move(due);
  return out;
}

// Counts the request against the caller's address; too many answers 429 with Retry-After.
void Throttle(http::RateLimiter& limiter, const RequestContext& ctx) {
  if (auto wait = limiter.Take("public:" + ctx.request.remote_address))
    Fail(Problem::Make(429, "request.rate_limited").With("seconds", std::to_string(*wait)));
}

http::Response Html(int status, std::string body, Language language) {
  http::Response r{status, "text/html; charset=utf-8", std::move(body), {}};
  r.headers.emplace_back("Content-Security-Policy", kVerifyPagePolicy);
  r.headers.emplace_back("Content-Language", std::string(LanguageCode(language)));
  return r;
}

}  // namespace

void AddRoutes(http::Router& router, ProjectService& projects, CertificationAuditService& audits,
               CertificateService& certificates) {
  router.Add({"GET", "/api/v1/certifications", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "step"}, true);
                auto page = ctx.Page();
                ProjectFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                if (auto step = ctx.Query("step", 32)) {
                  f.step = ParseStep(*step);
                  if (!f.step) Fail(400, "request.bad_query", "step");
                }
                f.after = page.after;
                f.limit = page.limit;
                return http::PageOf(projects.List(ctx.user(), f), page.limit,
                                    [](const Project& p) { return ToJson(p); });
              }});
  router.Add({"POST", "/api/v1/certifications", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ProjectInput input;
                input.unit_id = in.RequiredInt("unit_id", 1, INT64_MAX);
                input.title = in.RequiredString("title", 300);
                input.body.name = in.RequiredString("body_name", 300);
                input.body.accreditation_body = in.OptionalString("accreditation_body", 300).value_or("");
                input.body.accreditation_number = in.OptionalString("accreditation_number", 100).value_or("");
                input.standard_ids = Ids(in, "standard_ids", 10);
                input.site_ids = Ids(in, "site_ids", 200);
                in.Finish();
                return http::JsonResponse(201, ToJson(projects.Create(ctx.user(), input, ctx.actor())));
              }});
  router.Add({"GET", "/api/v1/certifications/due", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"within_days", "within"});
                int within = 90;
                if (auto days = ctx.Query("within_days", 8)) {
                  try {
                    size_t used = 0;
                    within = std::stoi(*days, &used);
                    if (used != days->size() || within < 0 || within > 1200) throw std::invalid_argument(*days);
                  } catch (const std::logic_error&) {
                    Fail(400, "request.bad_query", "within_days");
                  }
                }
                json::array items;
                for (const DueEntry& e : certificates.Due(ctx.user(), within, ctx.QueryId("within"))) {
                  json::object item = ToJson(e.item);
                  item["certificate_id"] = e.certificate.id;
                  item["number"] = e.certificate.number;
                  item["project_id"] = e.certificate.project_id;
                  item["unit_id"] = e.certificate.unit_id;
                  item["entity_name"] = e.certificate.entity_name;
                  items.push_back(std::move(item));
                }
                return http::JsonResponse(200, json::object{{"within_days", within}, {"items", std::move(items)}});
              }});
  router.Add({"GET", "/api/v1/certifications/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                auto detail = projects.Detail(ctx.user(), ctx.PathId("id", "certification_project"));
                return http::JsonResponse(200, DetailJson(detail, ctx.language, Today()));
              }});
  router.Add({"PATCH", "/api/v1/certifications/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "certification_project");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ProjectPatch patch;
                patch.version = in.RequiredInt("version", 1, INT64_MAX);
                patch.title = in.OptionalString("title", 300);
                patch.body_name = in.OptionalString("body_name", 300);
                patch.accreditation_body = in.OptionalString("accreditation_body", 300);
                patch.accreditation_number = in.OptionalString("accreditation_number", 100);
                patch.standard_ids = in.IdArray("standard_ids", 10);
                patch.site_ids = in.IdArray("site_ids", 200);
                in.Finish();
                return http::JsonResponse(200, ToJson(projects.Update(ctx.user(), id, patch, ctx.actor())));
              }});
  router.Add(
      {"POST", "/api/v1/certifications/{id}/transitions", http::Access::kAuthenticated, [&](RequestContext& ctx) {
         db::Id id = ctx.PathId("id", "certification_project");
         JsonInput in = JsonInput::FromRequest(ctx.request);
         TransitionInput step;
         step.version = in.RequiredInt("version", 1, INT64_MAX);
         step.action = in.RequiredString("action", 32);
         step.comment = in.OptionalString("comment", 2000);
         step.completed_on = in.OptionalDate("completed_on");
         in.Finish();
         return http::JsonResponse(200, ToJson(projects.Transition(ctx.user(), id, step, ctx.actor())));
       }});
  router.Add({"POST", "/api/v1/certifications/{id}/evaluation", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "certification_project");
                JsonInput::FromRequest(ctx.request).Finish();
                bool applied = projects.Evaluate(ctx.user(), id);
                json::object out = DetailJson(projects.Detail(ctx.user(), id), ctx.language, Today());
                out["stage2_repeat_applied"] = applied;
                return http::JsonResponse(200, out);
              }});
  router.Add(
      {"PATCH", "/api/v1/certifications/{id}/steps/{step}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
         db::Id id = ctx.PathId("id", "certification_project");
         auto step = ParseStep(ctx.PathParam("step"));
         if (!step) FailNotFound("certification_step");
         JsonInput in = JsonInput::FromRequest(ctx.request);
         StepPatch patch;
         patch.version = in.RequiredInt("version", 1, INT64_MAX);
         patch.responsible_id = Clearable(in.PatchInt("responsible_id", 1, INT64_MAX, true));
         patch.planned_on = Clearable(in.PatchDate("planned_on"));
         patch.note = in.OptionalString("note", 2000);
         patch.record_ids = in.IdArray("record_ids", 50);
         in.Finish();
         return http::JsonResponse(200, ToJson(projects.UpdateStep(ctx.user(), id, *step, patch, ctx.actor())));
       }});
  router.Add({"POST", "/api/v1/certifications/{id}/audits", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "certification_project");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                AuditInput input;
                input.type = in.RequiredEnum("type", AuditTypes());
                input.start_date = in.RequiredDate("start_date");
                input.end_date = in.RequiredDate("end_date");
                input.audit_days = in.OptionalNumber("audit_days", 0.5, 365).value_or(1);
                input.team = Team(in);
                input.notes = in.OptionalString("notes", 10000).value_or("");
                input.window_justification = in.OptionalString("window_justification", 2000);
                in.Finish();
                return http::JsonResponse(201, ToJson(audits.Create(ctx.user(), id, input, ctx.actor())));
              }});
  router.Add(
      {"GET", "/api/v1/certifications/{id}/audits/{audit_id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
         ctx.OnlyQuery({});
         std::vector<FindingDetail> findings;
         Audit audit = audits.Get(ctx.user(), ctx.PathId("id", "certification_project"),
                                  ctx.PathId("audit_id", "certification_audit"), &findings);
         return http::JsonResponse(200, AuditJson(audit, findings));
       }});
  router.Add({"PATCH", "/api/v1/certifications/{id}/audits/{audit_id}", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "certification_project");
                db::Id audit_id = ctx.PathId("audit_id", "certification_audit");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                AuditPatch patch;
                patch.version = in.RequiredInt("version", 1, INT64_MAX);
                patch.start_date = in.OptionalDate("start_date");
                patch.end_date = in.OptionalDate("end_date");
                patch.audit_days = in.OptionalNumber("audit_days", 0.5, 365);
                if (in.Has("team")) patch.team = Team(in);
                patch.notes = in.OptionalString("notes", 10000);
                patch.window_justification = Clearable(in.PatchString("window_justification", 2000, true));
                in.Finish();
                return http::JsonResponse(200, ToJson(audits.Update(ctx.user(), id, audit_id, patch, ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/certifications/{id}/audits/{audit_id}/transitions", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "certification_project");
                db::Id audit_id = ctx.PathId("audit_id", "certification_audit");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                AuditStepInput step;
                step.version = in.RequiredInt("version", 1, INT64_MAX);
                step.action = in.RequiredString("action", 32);
                step.comment = in.OptionalString("comment", 2000);
                in.Finish();
                return http::JsonResponse(200, ToJson(audits.Transition(ctx.user(), id, audit_id, step, ctx.actor())));
              }});
  router.Add({"POST", "/api/v1/certifications/{id}/audits/{audit_id}/findings", http::Access::kAuthenticated,
              [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "certification_project");
                db::Id audit_id = ctx.PathId("audit_id", "certification_audit");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                FindingInput input;
                input.grade = in.RequiredEnum("grade", FindingGrades());
                input.title = in.RequiredString("title", 300);
                input.description = in.OptionalString("description", 10000).value_or("");
                input.unit_id = in.OptionalInt("unit_id", 1, INT64_MAX);
                input.clause_ids = Ids(in, "clause_ids", 50);
                input.due_date = in.OptionalDate("due_date");
                in.Finish();
                return http::JsonResponse(201, ToJson(audits.AddFinding(ctx.user(), id, audit_id, input, ctx.actor())));
              }});

  router.Add({"GET", "/api/v1/certificates", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({"unit_id", "project_id"}, true);
                auto page = ctx.Page();
                CertificateFilter f;
                f.unit_id = ctx.QueryId("unit_id");
                f.project_id = ctx.QueryId("project_id");
                f.after = page.after;
                f.limit = page.limit;
                std::string today = Today();
                return http::PageOf(certificates.List(ctx.user(), f), page.limit,
                                    [&](const Certificate& c) { return ToJson(c, today); });
              }});
  router.Add({"POST", "/api/v1/certificates", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                JsonInput in = JsonInput::FromRequest(ctx.request);
                IssueInput input;
                input.project_id = in.RequiredInt("project_id", 1, INT64_MAX);
                input.number = in.RequiredString("number", 64);
                input.scope_vi = in.RequiredString("scope_vi", 2000);
                input.scope_en = in.RequiredString("scope_en", 2000);
                input.issue_date = in.RequiredDate("issue_date");
                input.original_issue_date = in.OptionalDate("original_issue_date");
                input.site_ids = Ids(in, "site_ids", 200);
                input.entity_name = in.OptionalString("entity_name", 300);
                input.entity_address = in.OptionalString("entity_address", 500);
                input.region = in.OptionalString("region", 100);
                in.Finish();
                return http::JsonResponse(201, ToJson(certificates.Issue(ctx.user(), input, ctx.actor()), Today()));
              }});
  router.Add({"GET", "/api/v1/certificates/{id}", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                ctx.OnlyQuery({});
                auto detail = certificates.Get(ctx.user(), ctx.PathId("id", "certificate"));
                return http::JsonResponse(200, CertificateJson(detail, Today()));
              }});
  router.Add({"POST", "/api/v1/certificates/{id}/changes", http::Access::kAuthenticated, [&](RequestContext& ctx) {
                db::Id id = ctx.PathId("id", "certificate");
                JsonInput in = JsonInput::FromRequest(ctx.request);
                ChangeInput change;
                change.version = in.RequiredInt("version", 1, INT64_MAX);
                change.kind = in.RequiredString("kind", 32);
                change.reason = in.OptionalString("reason", 2000);
                change.effective_on = in.OptionalDate("effective_on");
                change.issue_date = in.OptionalDate("issue_date");
                change.scope_vi = in.OptionalString("scope_vi", 2000);
                change.scope_en = in.OptionalString("scope_en", 2000);
                change.entity_name = in.OptionalString("entity_name", 300);
                change.entity_address = in.OptionalString("entity_address", 500);
                change.organisation_type = in.OptionalString("organisation_type", 64);
                change.region = in.OptionalString("region", 100);
                change.site_ids = in.IdArray("site_ids", 200);
                change.standard_ids = in.IdArray("standard_ids", 10);
                in.Finish();
                return http::JsonResponse(200,
                                          ToJson(certificates.Change(ctx.user(), id, change, ctx.actor()), Today()));
              }});
}

void AddPublicRoutes(http::Router& router, CertificateService& certificates, http::RateLimiter& limiter) {
  router.Add({"GET", "/api/v1/public/certificates/{number}", http::Access::kPublic, [&](RequestContext& ctx) {
                Throttle(limiter, ctx);
                ctx.OnlyQuery({});
                auto found = certificates.FindPublic(ctx.PathParam("number"));
                if (!found) FailNotFound("certificate");
                return http::JsonResponse(200, PublicJson(*found, Today()));
              }});
  router.Add({"GET", "/api/v1/public/statistics", http::Access::kPublic, [&](RequestContext& ctx) {
                Throttle(limiter, ctx);
                ctx.OnlyQuery({});
                return http::JsonResponse(200, certificates.Statistics());
              }});
  router.Add({"GET", "/verify/{number}", http::Access::kPublic, [&](RequestContext& ctx) {
                Throttle(limiter, ctx);
                auto found = certificates.FindPublic(ctx.PathParam("number"));
                if (!found) return Html(404, VerifyNotFoundPage(ctx.language), ctx.language);
                return Html(200, VerifyPage(*found, Today(), ctx.language), ctx.language);
              }});
}

}  // namespace eduims::certification
