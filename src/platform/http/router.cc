#include "platform/http/router.h"

#include <stdexcept>

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

bool MatchPattern(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& params) {
  if (path.empty() || path[0] != '/') return false;
  auto want = Split(pattern), have = Split(path);
  if (want.size() != have.size()) return false;
  std::map<std::string, std::string> found;
  for (size_t i = 0; i < want.size(); ++i) {
    if (want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}') {
      if (have[i].empty()) return false;
      found[std::string(want[i].substr(1, want[i].size() - 2))] = std::string(have[i]);
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

void Router::Add(Route route) {
  for (const Route& r : routes_)
    if (r.method == route.method && r.pattern == route.pattern)
      throw std::logic_error("route registered twice: " + route.method + " " + route.pattern);
  routes_.push_back(std::move(route));
}

RouteMatch Router::Match(const std::string& method, const std::string& path) const {
  RouteMatch match;
  // Literal segments win over parameters ("/units/import" before "/units/{id}"), so try routes with fewer
  // parameters first.
  const Route* best = nullptr;
  size_t best_params = SIZE_MAX;
  for (const Route& r : routes_) {
    std::map<std::string, std::string> params;
    if (!MatchPattern(r.pattern, path, params)) continue;
    if (r.method != method) {
      match.allowed_methods.push_back(r.method);
      continue;
    }
    if (params.size() < best_params) {
      best = &r;
      best_params = params.size();
      match.params = std::move(params);
    }
  }
  match.route = best;
  return match;
}

}  // namespace eduims::http
