// The application seen from the network: routes a request, authenticates the caller, checks CSRF, runs the
// handler, and turns every failure into problem+json in the caller's language. Handle() never throws.
// Thread-safe: handlers run concurrently on the server's threads.
#pragma once
#include <chrono>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "platform/audit/content_guard.h"
#include "platform/auth/accounts.h"
#include "platform/auth/session_store.h"
#include "platform/db/database.h"
#include "platform/db/deadline.h"
#include "platform/http/context.h"
#include "platform/http/metrics.h"
#include "platform/http/router.h"
#include "platform/http/static_files.h"
#include "platform/lru_cache.h"
#include "platform/problem.h"

namespace eduims::http {

inline constexpr const char* kSessionCookie = "eduims_session";

class App {
 public:
  // `answer_cache_bytes`: the memory for answers of cacheable routes (Route::cacheable); 0 computes every answer.
  // `time_limit`: how long a request's database work may take unless its route says otherwise (Route::time_limit);
  // past it the work stops, a write is rolled back, and the caller gets 503 request.timeout. Zero: no limit.
  App(db::Database& db, auth::AccountDirectory& accounts, size_t answer_cache_bytes = 8u << 20,
      std::chrono::milliseconds time_limit = std::chrono::milliseconds(0));

  db::Database& db() { return db_; }
  auth::AccountDirectory& accounts() { return accounts_; }
  auth::SessionStore& sessions() { return sessions_; }
  Router& router() { return router_; }
  Metrics& metrics() { return metrics_; }
  // Guards of the audit trail's content, for GET /api/v1/audit-log (audit/content_guard.h).
  audit::ContentGuards& audit_guards() { return audit_guards_; }

  // Serves the web application's files for GET requests no route answers.
  void ServeWebApplication(std::filesystem::path root) { static_files_.emplace(std::move(root)); }

  Response Handle(const Request& request);
  // For a request whose body the route streams, given its header alone: authenticates the caller (CSRF included)
  // and runs the route's Route::admit_body. Nothing when the body may be read; else the answer to send instead.
  std::optional<Response> AdmitBody(const Request& request);
  // A problem the server itself raises before a route runs (oversized or malformed request).
  Response Reject(const Problem& problem, const std::string& accept_language) const;
  struct BodyPolicy {
    size_t limit = 1 << 20;
    bool streams = false;         // to a spool file: see Route::streams_body
    bool needs_credentials = false;
  };
  // How the body of a request to (method, path) is read, decided from its header before any body byte is read.
  BodyPolicy BodyPolicyFor(const std::string& method, const std::string& path) const;

 private:
  // What a session cookie or an API token stands for.
  struct Credential {
    db::Id user_id = 0;
    db::Id token_id = 0;     // API tokens only
    std::string csrf_token;  // sessions only
    std::string expires_at;
    std::optional<std::string> last_used_at;  // API tokens only
  };
  // The live session (or, with `is_token`, API token) whose secret is `secret`. With a `generation`, one found at
  // the same generation is reused while it has not expired: a logout, a revocation and a disabled account are each
  // an audited write, so each starts a new generation. A token's use is still recorded to the minute.
  std::optional<Credential> FindCredential(const std::string& secret, bool is_token, const std::string& generation);
  // `generation` (audit/generation.h, read before) lets the caller's credential and principal come from those loaded at the same
  // generation and day: every change of a user or a grant is an audited write.
  void Authenticate(const Request& request, RequestContext& context, const std::string& generation = "");
  // Sets `deadline` once the route is known, so it still holds while Handle turns a failure into an answer.
  // With `admission`, stops once the caller is admitted (AdmitBody) and answers status 0.
  Response Dispatch(const Request& request, RequestContext& context, std::string& route_name,
                    std::optional<db::ScopedDeadline>& deadline, bool admission = false);
  // Handle, or with `admission` the AdmitBody part of it.
  Response Run(const Request& request, bool admission);

  db::Database& db_;
  auth::AccountDirectory& accounts_;
  auth::SessionStore sessions_;
  Router router_;
  Metrics metrics_;
  audit::ContentGuards audit_guards_;
  std::optional<StaticFiles> static_files_;
  LruCache answers_;  // of cacheable routes
  std::chrono::milliseconds time_limit_;
  std::mutex principals_mutex_;
  std::unordered_map<std::string, auth::Principal> principals_;  // by user, generation and day
  std::mutex credentials_mutex_;
  std::unordered_map<std::string, Credential> credentials_;  // by kind, hash of the secret and generation
};

Response ProblemResponse(const Problem& problem, Language language, const std::string& request_id);
// The value of cookie `name` in a Cookie header, if present.
std::optional<std::string> CookieValue(const std::string& header, const std::string& name);

}  // namespace eduims::http
