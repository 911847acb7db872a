#include "platform/http/app.h"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>

#include "platform/audit/generation.h"
#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/http/gzip.h"
#include "platform/i18n/messages.h"

namespace eduims::http {
namespace {

bool IsSafeMethod(const std::string& method) { return method == "GET" || method == "HEAD" || method == "OPTIONS"; }

// Unique across servers and restarts (a random prefix per process), without asking the kernel for randomness on
// every request: request ids name log lines, they guard nothing.
std::string NewRequestId() {
  static const std::string prefix = RandomToken(6);
  static std::atomic<unsigned long long> counter{0};
  return prefix + "-" + std::to_string(++counter);
}

std::string RequestIdFor(const Request& request) {
  if (auto given = request.Header("x-request-id")) {
    bool ok = !given->empty() && given->size() <= 64;
    for (char c : *given) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
    if (ok) return *given;
  }
  return NewRequestId();
}

void AddSecurityHeaders(Response& response) {
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  response.headers.emplace_back("Referrer-Policy", "no-referrer");
  bool has_cache = false;
  for (const auto& [name, value] : response.headers) has_cache = has_cache || name == "Cache-Control";
  if (!has_cache) response.headers.emplace_back("Cache-Control", "no-store");
}

}  // namespace

std::optional<std::string> CookieValue(const std::string& header, const std::string& name) {
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string_view part(header.data() + pos, end - pos);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.substr(0, name.size()) == name && part[name.size()] == '=')
      return std::string(part.substr(name.size() + 1));
    pos = end + 1;
  }
  return std::nullopt;
}

Response ProblemResponse(const Problem& problem, Language language, const std::string& request_id) {
  auto params = problem.params;
  params.emplace("field", problem.field);
  params.emplace("request_id", request_id);
  boost::json::object body;
  body["type"] = "https://eduims.vn/problems/" + problem.code;
  body["title"] = MessageTitle(problem.code, language);
  body["status"] = problem.status;
  std::string detail = MessageDetail(problem.code, language, params);
  if (!problem.detail_extra.empty()) detail += " " + problem.detail_extra;
  body["detail"] = detail;
  body["code"] = problem.code;
  if (!problem.field.empty()) body["field"] = problem.field;
  // The permission a refusal names (auth.permission_missing, auth.named_without_permission), for a client to act on.
  if (auto permission = problem.params.find("permission"); permission != problem.params.end())
    body["permission"] = permission->second;
  body["request_id"] = request_id;
  if (!problem.errors.empty()) {
    boost::json::array errors;
    for (const Problem& e : problem.errors) {
      auto p = e.params;
      p.emplace("field", e.field);
      boost::json::object item{{"code", e.code}, {"detail", MessageDetail(e.code, language, p)}};
      if (!e.field.empty()) item["field"] = e.field;
      for (const auto& [k, v] : e.params) item[k] = v;
      errors.push_back(std::move(item));
    }
    body["errors"] = std::move(errors);
  }
  Response response{problem.status, "application/problem+json", boost::json::serialize(body), {}};
  response.headers.emplace_back("Content-Language", std::string(LanguageCode(language)));
  return response;
}

App::App(db::Database& db, auth::AccountDirectory& accounts, size_t answer_cache_bytes,
         std::chrono::milliseconds time_limit)
    : db_(db), accounts_(accounts), sessions_(db), answers_(answer_cache_bytes), time_limit_(time_limit) {}

App::BodyPolicy App::BodyPolicyFor(const std::string& method, const std::string& path) const {
  RouteMatch match = router_.Match(method, path);
  if (!match.route) return {};
  return {match.route->body_limit, match.route->streams_body, match.route->access != Access::kPublic};
}

Response App::Reject(const Problem& problem, const std::string& accept_language) const {
  std::string request_id = NewRequestId();
  Response r = ProblemResponse(problem, NegotiateLanguage(accept_language), request_id);
  if (r.status == 401) r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"eduims\"");
  r.headers.emplace_back("X-Request-Id", request_id);
  AddSecurityHeaders(r);
  return r;
}

std::optional<App::Credential> App::FindCredential(const std::string& secret, bool is_token,
                                                   const std::string& generation) {
  std::string key;
  if (!generation.empty()) {
    std::string now = NowTimestamp();
    key = std::string(is_token ? "t " : "s ") + Sha256Hex(secret) + " " + generation;
    std::unique_lock lock(credentials_mutex_);
    if (auto it = credentials_.find(key); it != credentials_.end() && it->second.expires_at > now) {
      Credential found = it->second;
      bool record_use = is_token && !auth::SessionStore::UsedInSameMinute(found.last_used_at, now);
      if (record_use) it->second.last_used_at = now;
      lock.unlock();
      if (record_use) sessions_.RecordTokenUse(found.token_id, now);
      return found;
    }
  }
  Credential found;
  if (is_token) {
    auto token = sessions_.FindToken(secret);
    if (!token) return std::nullopt;
    found = {token->user_id, token->id, "", token->expires_at, token->last_used_at};
  } else {
    auto session = sessions_.FindSession(secret);
    if (!session) return std::nullopt;
    found = {session->user_id, 0, session->csrf_token, session->expires_at, std::nullopt};
  }
  // Unknown secrets are not kept, so guessing fills no memory.
  if (!key.empty()) {
    std::lock_guard lock(credentials_mutex_);
    if (credentials_.size() >= 4096) credentials_.clear();
    credentials_.emplace(std::move(key), found);
  }
  return found;
}

void App::Authenticate(const Request& request, RequestContext& context, const std::string& generation) {
  std::optional<db::Id> user_id;
  if (auto authorization = request.Header("authorization")) {
    if (authorization->rfind("Bearer ", 0) != 0) Fail(401, "auth.unauthenticated");
    auto token = FindCredential(authorization->substr(7), true, generation);
    if (!token) Fail(401, "auth.unauthenticated");
    user_id = token->user_id;
    context.api_token_id = token->token_id;
  } else if (auto cookie = CookieValue(request.Header("cookie").value_or(""), kSessionCookie)) {
    auto session = FindCredential(*cookie, false, generation);
    if (session) {
      user_id = session->user_id;
      context.session_token_hash = *cookie;
      // CSRF: a write made with the cookie must echo the token only a same-origin page could have read.
      if (!IsSafeMethod(request.method) &&
          !SecretsEqual(request.Header("x-csrf-token").value_or(""), session->csrf_token))
        Fail(403, "auth.csrf_failed");
    }
  }
  if (!user_id) return;
  if (generation.empty()) {
    context.principal = accounts_.LoadPrincipal(*user_id);
    return;
  }
  std::string key = std::to_string(*user_id) + " " + generation + " " + FormatDate(TodayInVietnam());
  {
    std::lock_guard lock(principals_mutex_);
    if (auto it = principals_.find(key); it != principals_.end()) {
      context.principal = it->second;
      return;
    }
  }
  context.principal = accounts_.LoadPrincipal(*user_id);
  if (!context.principal) return;
  std::lock_guard lock(principals_mutex_);
  // Entries of older generations are never asked for again: start afresh rather than track their age.
  if (principals_.size() >= 4096) principals_.clear();
  principals_.emplace(std::move(key), *context.principal);
}

Response App::Dispatch(const Request& request, RequestContext& context, std::string& route_name,
                      std::optional<db::ScopedDeadline>& deadline, bool admission) {
  RouteMatch match = router_.Match(request.method, request.path);
  if (!match.route && static_files_ && match.allowed_methods.empty() &&
      (request.method == "GET" || request.method == "HEAD")) {
    if (auto file = static_files_->Serve(request.path, AcceptsGzip(request.Header("accept-encoding").value_or("")))) {
      route_name = "static";
      return *file;
    }
  }
  if (!match.route) {
    if (!match.allowed_methods.empty()) {
      route_name = "method_not_allowed";
      Problem p = Problem::Make(405, "route.method_not_allowed").With("method", request.method);
      Response r = ProblemResponse(p, context.language, context.request_id);
      std::string allow;
      for (const auto& m : match.allowed_methods) allow += (allow.empty() ? "" : ", ") + m;
      r.headers.emplace_back("Allow", allow);
      return r;
    }
    route_name = "not_found";
    Fail(404, "route.not_found");
  }
  route_name = match.route->pattern;
  deadline.emplace(match.route->time_limit.count() > 0 ? match.route->time_limit : time_limit_);
  RequestContext routed(request, std::move(match.params), context.language, context.request_id);
  // Read before the caller's grants and anything the answer holds, so the answer is at least as new as its key.
  std::string generation;
  if (match.route->cacheable) db_.Read([&](soci::session& s) { generation = audit::Generation(s); });
  if (match.route->access == Access::kAuthenticated) {
    Authenticate(request, routed, generation);
    if (!routed.principal) Fail(401, "auth.unauthenticated");
  }
  if (routed.principal) {
    // A user who chose a language sees it unless the request names another explicitly.
    if (!request.Header("accept-language")) routed.language = routed.principal->language;
  }
  context.language = routed.language;
  context.principal = routed.principal;
  if (admission) {
    if (match.route->admit_body) match.route->admit_body(routed);
    return Response{0, "", "", {}, {}};
  }
  if (!match.route->cacheable) return match.route->handler(routed);
  // Kept answers are compressed once when the caller accepts it, as browsers always do: a list of fifty
  // nonconformities is 48 KB of JSON and 5 KB gzipped, so the kept copy costs an eighth of the copying and of a
  // school's bandwidth. They hold no secret, so compressing them beside the caller's query reveals nothing (BREACH).
  bool gzip = AcceptsGzip(request.Header("accept-encoding").value_or(""));
  std::string key = generation + " " + FormatDate(TodayInVietnam()) + " " +
                    (routed.principal ? std::to_string(routed.principal->user_id) : "-") + " " +
                    std::string(LanguageCode(routed.language)) + (gzip ? " gzip " : " identity ") + request.path;
  for (const auto& [name, value] : request.query) key += "\x1e" + name + "\x1f" + value;
  // An answer that is not a plain 200 is returned as it is and not kept.
  struct NotKept {
    Response response;
  };
  // Said in X-Cache (hit: a kept answer, or one computed for a concurrent caller; miss: computed for this request),
  // so a benchmark can tell how many answers were kept; the header tells nothing about the data.
  bool computed = false;
  try {
    auto kept = answers_.GetOrComputeShared(key, [&] {
      computed = true;
      Response r = match.route->handler(routed);
      if (r.status != 200 || r.file || !r.headers.empty()) throw NotKept{std::move(r)};
      // Worth a gzip header and a compression only past a packet's worth.
      bool compress = gzip && r.body.size() >= 1024;
      std::string body = compress ? Gzip(r.body, Compression::kFast) : std::move(r.body);
      // The content type and the coding last, so taking them off moves no byte of the body.
      return body + "\n" + r.content_type + (compress ? "\ngzip" : "\n");
    });
    size_t coding = kept->rfind('\n');
    size_t type = kept->rfind('\n', coding - 1);
    Response response{200, kept->substr(type + 1, coding - type - 1), "",
                      {{"Vary", "Accept-Encoding"}, {"X-Cache", computed ? "miss" : "hit"}}, {}};
    if (coding + 1 < kept->size()) response.headers.emplace_back("Content-Encoding", kept->substr(coding + 1));
    response.shared_text = std::move(kept);
    response.shared_size = type;
    return response;
  } catch (NotKept& not_kept) {
    return std::move(not_kept.response);
  }
}

Response App::Handle(const Request& request) { return Run(request, false); }

std::optional<Response> App::AdmitBody(const Request& request) {
  Response r = Run(request, true);
  if (r.status == 0) return std::nullopt;
  return r;
}

Response App::Run(const Request& request, bool admission) {
  auto started = std::chrono::steady_clock::now();
  RequestContext context(request, {}, NegotiateLanguage(request.Header("accept-language").value_or("")),
                         RequestIdFor(request));
  std::string route_name = "unknown";
  Response response;
  std::optional<db::ScopedDeadline> deadline;
  try {
    response = Dispatch(request, context, route_name, deadline, admission);
    if (response.status == 0) return response;
  } catch (const ProblemError& e) {
    response = ProblemResponse(e.problem(), context.language, context.request_id);
    // A refusal for too many requests says when to come back (RFC 9110 10.2.3).
    auto wait = e.problem().params.find("seconds");
    if (e.problem().status == 429 && wait != e.problem().params.end())
      response.headers.emplace_back("Retry-After", wait->second);
  } catch (const std::exception& e) {
    if (db::StoppedByTimeLimit(e)) {
      // The work stopped at the route's time limit and any write of it was rolled back: worth another try later.
      spdlog::warn(boost::json::serialize(boost::json::object{
          {"event", "request_timed_out"}, {"request_id", context.request_id}, {"route", route_name}}));
      response = ProblemResponse(Problem::Make(503, "request.timeout"), context.language, context.request_id);
      response.headers.emplace_back("Retry-After", "30");
    } else {
      bool reachable = db_.Ping();
      spdlog::error(boost::json::serialize(boost::json::object{{"event", "request_failed"},
                                                               {"request_id", context.request_id},
                                                               {"route", route_name},
                                                               {"error", e.what()}}));
      response = ProblemResponse(
          Problem::Make(reachable ? 500 : 503, reachable ? "server.internal" : "server.unavailable"),
          context.language, context.request_id);
    }
  }
  if (response.status == 401) response.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"eduims\"");
  response.headers.emplace_back("X-Request-Id", context.request_id);
  AddSecurityHeaders(response);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  metrics_.Observe(request.method, route_name, response.status, seconds);
  if (spdlog::should_log(spdlog::level::info)) {
    boost::json::object line{{"event", "request"},   {"request_id", context.request_id},
                             {"method", request.method}, {"route", route_name},
                             {"status", response.status}, {"us", static_cast<long long>(seconds * 1e6)},
                             {"address", request.remote_address}};
    if (context.principal) line["user_id"] = context.principal->user_id;
    spdlog::info(boost::json::serialize(line));
  }
  return response;
}

}  // namespace eduims::http
