// Routes: (method, path pattern) -> handler. Patterns are literal segments and "{name}" parameters, e.g.
// "/api/v1/units/{id}"; a parameter may end its segment with a literal suffix ("/calendar/{token}.ics" matches
// "/calendar/abc.ics" with token "abc", and not "/calendar/abc"). The route table is also the source of truth the OpenAPI test compares against.
#pragma once
#include <chrono>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "platform/http/message.h"

namespace eduims::http {

class RequestContext;
using Handler = std::function<Response(RequestContext&)>;

enum class Access {
  kPublic,         // no login needed
  kAuthenticated,  // a session cookie or an API token; the handler checks permissions on units
};

struct Route {
  std::string method;
  std::string pattern;
  Access access = Access::kAuthenticated;
  Handler handler;
  size_t body_limit = 1 << 20;  // bytes; imports raise it
  // Uploads: the body goes to a spool file (Request::body_file) as it arrives, never into memory whole, and only
  // callers who present credentials get as far as sending it.
  bool streams_body = false;
  // A GET whose 200 answer depends only on the database, the day, the caller and the request's target and language:
  // each server keeps the answer until the next write to the audit trail on any server (see App::Dispatch).
  bool cacheable = false;
  // The time the handler's database work may take (db/deadline.h); zero: the server's limit for every route.
  std::chrono::milliseconds time_limit{0};
  // Routes that stream their body: run with the caller authenticated, before a byte of the body is read; fails
  // (throws ProblemError) when the handler would refuse this caller whatever the body, so that refusals cost no
  // upload.
  std::function<void(RequestContext&)> admit_body;
};

struct RouteMatch {
  const Route* route = nullptr;                // set when method and path match
  std::map<std::string, std::string> params;  // path parameters
  std::vector<std::string> allowed_methods;    // when the path matches but the method does not (HEAD with GET)
};

class Router {
 public:
  void Add(Route route);
  // Marks a route added before as cacheable (Route::cacheable). Throws std::logic_error if there is none.
  void SetCacheable(const std::string& method, const std::string& pattern);
  // Gives a route added before its own time limit (Route::time_limit). Throws std::logic_error if there is none.
  void SetTimeLimit(const std::string& method, const std::string& pattern, std::chrono::milliseconds limit);
  RouteMatch Match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

  // A pattern's segment: literal text, or a parameter's name and the literal text that follows it.
  struct Segment {
    std::string text;
    bool is_parameter = false;
    std::string suffix;
  };

 private:
  Route& Find(const std::string& method, const std::string& pattern);
  std::vector<Route> routes_;
  std::vector<std::vector<Segment>> patterns_;  // routes_[i]'s pattern, split once when added
};

}  // namespace eduims::http
