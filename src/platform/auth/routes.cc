#include "platform/auth/routes.h"

#include "platform/auth/login_name.h"

#include <chrono>

#include "platform/auth/password.h"
#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/http/json_input.h"

namespace eduims::auth {
namespace {

using http::JsonInput;
using http::RequestContext;
using http::Response;

boost::json::object PrincipalJson(const Principal& p) {
  boost::json::array grants;
  for (const Grant& g : p.grants) {
    boost::json::array permissions;
    for (Permission permission : AllPermissions())
      if (RoleHasPermission(g.role, permission)) permissions.emplace_back(PermissionName(permission));
    grants.push_back({{"id", g.id},
                      {"role", RoleName(g.role)},
                      {"unit_id", g.unit_id},
                      {"unit_path", g.unit_path},
                      {"valid_until", g.valid_until ? boost::json::value(*g.valid_until) : boost::json::value(nullptr)},
                      {"permissions", std::move(permissions)}});
  }
  return {{"id", p.user_id},         {"email", p.email},
          {"full_name", p.full_name}, {"unit_id", p.unit_id},
          {"language", std::string(LanguageCode(p.language))}, {"time_zone", p.time_zone},
          {"version", p.version}, {"grants", std::move(grants)}};
}

boost::json::object TokenJson(const ApiToken& t) {
  auto nullable = [](const std::optional<std::string>& v) {
    return v ? boost::json::value(*v) : boost::json::value(nullptr);
  };
  return {{"id", t.id},
          {"name", t.name},
          {"created_at", t.created_at},
          {"expires_at", t.expires_at},
          {"revoked_at", nullable(t.revoked_at)},
          {"last_used_at", nullable(t.last_used_at)}};
}

// Verifying against this when the account does not exist makes a wrong e-mail cost as long as a wrong password.
const std::string& DummyHash() {
  static const std::string hash = HashPassword(RandomToken(16));
  return hash;
}

std::string CookieHeader(const std::string& value, long max_age, bool tls) {
  return std::string(http::kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(max_age) + (tls ? "; Secure" : "");
}

}  // namespace

void AddRoutes(http::App& app, LoginPolicy policy) {
  app.router().Add({"POST", "/api/v1/session", http::Access::kPublic, [&app, policy](RequestContext& ctx) {
                      JsonInput in = JsonInput::FromRequest(ctx.request);
                      // One spelling for the count of failures and for the account's lookup alike.
                      std::string email = CanonicalLoginName(in.RequiredString("email", 254));
                      std::string password = in.RequiredString("password", 256);
                      in.Finish();
                      auto now = Now();
                      std::string since = FormatTimestamp(now - std::chrono::seconds(policy.window_seconds));
                      std::string account = "account:" + email, address = "address:" + ctx.request.remote_address;
                      auto& sessions = app.sessions();
                      for (auto [subject, limit] : {std::pair{account, policy.account_failures},
                                                    std::pair{address, policy.address_failures}}) {
                        if (sessions.CountFailures(subject, since) < limit) continue;
                        auto oldest = ParseTimestamp(sessions.OldestFailure(subject, since).value_or(""));
                        long wait = oldest ? long(std::chrono::duration_cast<std::chrono::seconds>(
                                                      *oldest + std::chrono::seconds(policy.window_seconds) - now)
                                                      .count()) + 1
                                           : policy.window_seconds;
                        Problem p = Problem::Make(429, "auth.throttled").With("seconds", std::to_string(wait));
                        throw ProblemError(p);
                      }
                      auto credentials = app.accounts().FindCredentials(email);
                      bool ok = credentials && !credentials->password_hash.empty()
                                    ? VerifyPassword(credentials->password_hash, password)
                                    : (VerifyPassword(DummyHash(), password), false);
                      if (!ok || credentials->disabled) {
                        sessions.RecordFailures({account, address}, email, ctx.actor());
                        Fail(401, "auth.invalid_credentials");
                      }
                      sessions.ClearFailures(account);
                      if (PasswordNeedsRehash(credentials->password_hash))
                        app.accounts().UpdatePasswordHash(credentials->user_id, HashPassword(password));
                      auto principal = app.accounts().LoadPrincipal(credentials->user_id);
                      if (!principal) Fail(401, "auth.invalid_credentials");
                      std::string csrf = RandomToken(24);
                      audit::Actor actor{principal->user_id, ctx.request.remote_address, ctx.request_id,
                                         principal->full_name};
                      auto session = sessions.CreateSession(principal->user_id, csrf, policy.session_seconds, actor);
                      boost::json::object body{{"user", PrincipalJson(*principal)}, {"csrf_token", csrf}};
                      Response r = http::JsonResponse(201, body);
                      r.headers.emplace_back("Set-Cookie",
                                             CookieHeader(session.secret, policy.session_seconds, ctx.request.tls));
                      return r;
                    }});
  app.router().Add({"GET", "/api/v1/session", http::Access::kAuthenticated, [&app](RequestContext& ctx) {
                      boost::json::object body{{"user", PrincipalJson(ctx.user())}};
                      if (ctx.session_token_hash) {
                        auto session = app.sessions().FindSession(*ctx.session_token_hash);
                        if (session) {
                          body["csrf_token"] = session->csrf_token;
                          body["expires_at"] = session->expires_at;
                        }
                      }
                      return http::JsonResponse(200, body);
                    }});
  app.router().Add({"DELETE", "/api/v1/session", http::Access::kAuthenticated, [&app](RequestContext& ctx) {
                      if (ctx.session_token_hash) app.sessions().DeleteSession(*ctx.session_token_hash, ctx.actor());
                      Response r = Response::NoContent();
                      r.headers.emplace_back("Set-Cookie", CookieHeader("", 0, ctx.request.tls));
                      return r;
                    }});

  app.router().Add({"GET", "/api/v1/tokens", http::Access::kAuthenticated, [&app](RequestContext& ctx) {
                      ctx.OnlyQuery({});
                      boost::json::array items;
                      for (const ApiToken& t : app.sessions().ListTokens(ctx.user().user_id))
                        items.push_back(TokenJson(t));
                      return http::JsonResponse(200, boost::json::object{{"items", std::move(items)}});
                    }});
  app.router().Add({"POST", "/api/v1/tokens", http::Access::kAuthenticated, [&app](RequestContext& ctx) {
                      JsonInput in = JsonInput::FromRequest(ctx.request);
                      std::string name = in.RequiredString("name", 100);
                      auto expires = in.OptionalDate("expires_on");
                      in.Finish();
                      if (name.empty()) Fail(422, "validation.empty", "name");
                      auto today = TodayInVietnam();
                      auto last = std::chrono::sys_days(today) + std::chrono::days(366);
                      std::string expires_on =
                          expires.value_or(FormatDate(std::chrono::sys_days(today) + std::chrono::days(90)));
                      if (expires_on <= FormatDate(today) || expires_on > FormatDate(last))
                        Fail(422, "validation.invalid_value", "expires_on");
                      // The token works through the whole last day, Vietnamese time.
                      std::string expires_at = FormatTimestamp(std::chrono::sys_days(*ParseDate(expires_on)) +
                                                               std::chrono::hours(17));
                      auto secret = app.sessions().CreateToken(ctx.user().user_id, name, expires_at, ctx.actor());
                      auto token = app.sessions().GetToken(secret.id);
                      boost::json::object body = TokenJson(*token);
                      body["token"] = secret.secret;
                      return http::JsonResponse(201, body);
                    }});
  app.router().Add({"DELETE", "/api/v1/tokens/{id}", http::Access::kAuthenticated, [&app](RequestContext& ctx) {
                      db::Id id = ctx.PathId("id", "api_token");
                      if (!app.sessions().RevokeToken(ctx.user().user_id, id, ctx.actor()))
                        FailNotFound("api_token");
                      return Response::NoContent();
                    }});
}

}  // namespace eduims::auth
