#include "platform/http/router.h"

#include <stdexcept>
#include <string_view>

namespace eduims::http {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> parts;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    parts.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// Whether `path` (split) fits `pattern`; if so, fills `params` (cleared first).
bool Fits(const std::vector<Router::Segment>& pattern, const std::vector<std::string_view>& path,
          std::map<std::string, std::string>& params) {
  if (pattern.size() != path.size()) return false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const auto& segment = pattern[i];
    bool fits = segment.is_parameter ? path[i].size() > segment.suffix.size() && path[i].ends_with(segment.suffix)
                                     : segment.text == path[i];
    if (!fits) return false;
  }
  params.clear();
  for (size_t i = 0; i < pattern.size(); ++i)
    if (pattern[i].is_parameter)
      params.emplace(pattern[i].text, std::string(path[i].substr(0, path[i].size() - pattern[i].suffix.size())));
  return true;
}

}  // namespace

Route& Router::Find(const std::string& method, const std::string& pattern) {
  for (Route& r : routes_)
    if (r.method == method && r.pattern == pattern) return r;
  throw std::logic_error("no route " + method + " " + pattern);
}

void Router::SetCacheable(const std::string& method, const std::string& pattern) {
  Find(method, pattern).cacheable = true;
}

void Router::SetTimeLimit(const std::string& method, const std::string& pattern, std::chrono::milliseconds limit) {
  Find(method, pattern).time_limit = limit;
}

void Router::Add(Route route) {
  for (const Route& r : routes_)
    if (r.method == route.method && r.pattern == route.pattern)
      throw std::logic_error("route registered twice: " + route.method + " " + route.pattern);
  std::vector<Segment> segments;
  for (std::string_view part : Split(route.pattern)) {
    size_t close = part.find('}');
    bool is_parameter = part.size() > 2 && part.front() == '{' && close != std::string_view::npos && close > 1;
    if (is_parameter) {
      segments.push_back({std::string(part.substr(1, close - 1)), true, std::string(part.substr(close + 1))});
    } else {
      segments.push_back({std::string(part), false, ""});
    }
  }
  routes_.push_back(std::move(route));
  patterns_.push_back(std::move(segments));
}

RouteMatch Router::Match(const std::string& method, const std::string& path) const {
  RouteMatch match;
  // Literal segments win over parameters ("/units/import" before "/units/{id}"), so try routes with fewer
  // parameters first.
  const Route* best = nullptr;
  size_t best_params = SIZE_MAX;
  if (path.empty() || path[0] != '/') return match;
  std::vector<std::string_view> parts = Split(path);
  std::map<std::string, std::string> params;
  for (size_t i = 0; i < routes_.size(); ++i) {
    if (!Fits(patterns_[i], parts, params)) continue;
    const Route& r = routes_[i];
    // Every GET route answers HEAD too (RFC 9110 9.3.2): load balancers check servers with it.
    if (r.method != method && !(method == "HEAD" && r.method == "GET")) {
      match.allowed_methods.push_back(r.method);
      if (r.method == "GET") match.allowed_methods.push_back("HEAD");
      continue;
    }
    if (params.size() < best_params) {
      best = &r;
      best_params = params.size();
      match.params = params;
    }
  }
  match.route = best;
  return match;
}

}  // namespace eduims::http
