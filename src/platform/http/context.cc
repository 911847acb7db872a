#include "platform/http/context.h"

#include "platform/i18n/fold.h"
#include "platform/problem.h"

namespace eduims::http {

audit::Actor RequestContext::actor() const {
  if (!principal) return audit::Actor{std::nullopt, request.remote_address, request_id, std::nullopt};
  return audit::Actor{principal->user_id, request.remote_address, request_id, principal->full_name};
}

db::Id RequestContext::PathId(const std::string& name, const std::string& entity) const {
  auto id = ParsePositiveId(params_.at(name));
  if (!id) FailNotFound(entity);
  return *id;
}

std::optional<std::string> RequestContext::Query(const std::string& name, size_t max_length) const {
  auto [begin, end] = request.query.equal_range(name);
  if (begin == end) return std::nullopt;
  if (std::next(begin) != end || begin->second.size() > max_length || !IsCleanUtf8(begin->second))
    Fail(400, "request.bad_query", name);
  return begin->second;
}

std::optional<db::Id> RequestContext::QueryId(const std::string& name) const {
  auto text = Query(name);
  if (!text) return std::nullopt;
  auto id = ParsePositiveId(*text);
  if (!id) Fail(400, "request.bad_query", name);
  return id;
}

std::vector<db::Id> RequestContext::QueryIds(const std::string& name, size_t max) const {
  std::vector<db::Id> ids;
  auto text = Query(name, 24 * max);
  if (!text) return ids;
  for (std::string_view rest = *text;;) {
    size_t comma = rest.find(',');
    auto id = ParsePositiveId(rest.substr(0, comma));
    if (!id || ids.size() == max) Fail(400, "request.bad_query", name);
    ids.push_back(*id);
    if (comma == std::string_view::npos) return ids;
    rest.remove_prefix(comma + 1);
  }
}

std::optional<bool> RequestContext::QueryBool(const std::string& name) const {
  auto text = Query(name);
  if (!text) return std::nullopt;
  if (*text == "true") return true;
  if (*text == "false") return false;
  Fail(400, "request.bad_query", name);
}

Language RequestContext::QueryLanguage() const {
  auto text = Query("lang", 8);
  if (!text) return language;
  auto parsed = ParseLanguageCode(*text);
  if (!parsed) Fail(400, "request.bad_query", "lang");
  return *parsed;
}

PageRequest RequestContext::Page(int max_limit) const {
  PageRequest page;
  if (auto limit = Query("limit")) {
    auto value = ParsePositiveId(*limit);
    if (!value || *value > max_limit)
      Fail(Problem::Make(400, "pagination.invalid_limit", "limit").With("max", std::to_string(max_limit)));
    page.limit = int(*value);
  }
  if (auto cursor = Query("cursor", 64)) {
    page.after = DecodeCursor(*cursor);
    if (!page.after) Fail(400, "pagination.invalid_cursor", "cursor");
  }
  return page;
}

void RequestContext::OnlyQuery(std::initializer_list<std::string_view> known, bool paged) const {
  for (const auto& [name, value] : request.query) {
    bool ok = (paged && (name == "limit" || name == "cursor"));
    for (std::string_view k : known) ok = ok || name == k;
    if (!ok) Fail(400, "request.bad_query", name);
  }
}

Response JsonResponse(int status, const boost::json::value& value) {
  return Response::Json(status, boost::json::serialize(value));
}

Response JsonResponse(int status, const boost::json::object& value) {
  return Response::Json(status, boost::json::serialize(value));
}

Response JsonResponse(int status, const boost::json::array& value) {
  return Response::Json(status, boost::json::serialize(value));
}

Response PageResponse(boost::json::array items, int limit, std::optional<db::Id> last_id) {
  boost::json::object out;
  bool full = int(items.size()) == limit;
  out["items"] = std::move(items);
  if (full && last_id) {
    out["next_cursor"] = EncodeCursor(*last_id);
  } else {
    out["next_cursor"] = nullptr;
  }
  return JsonResponse(200, out);
}

}  // namespace eduims::http
