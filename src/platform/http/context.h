// What a handler knows about the request it answers: the request, path parameters, the caller and their language.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>

#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "platform/http/ids.h"
#include "platform/http/message.h"
#include "platform/i18n/language.h"
#include "platform/json_writer.h"

namespace eduims::http {

struct PageRequest {
  int limit = 50;
  std::optional<db::Id> after;  // keyset cursor: the last id of the previous page
};

class RequestContext {
 public:
  RequestContext(const Request& request, std::map<std::string, std::string> params, Language language,
                 std::string request_id)
      : request(request), language(language), request_id(std::move(request_id)), params_(std::move(params)) {}

  const Request& request;
  Language language;
  std::string request_id;
  std::optional<auth::Principal> principal;
  std::optional<std::string> session_token_hash;  // set when the caller came with a session cookie
  std::optional<db::Id> api_token_id;             // set when the caller came with a bearer token

  // The logged-in user. REQUIRES: the route is not public.
  const auth::Principal& user() const { return *principal; }
  audit::Actor actor() const;

  // Path parameter `name` as a positive id; a malformed one is a 404 for `entity` (ids reveal nothing).
  db::Id PathId(const std::string& name, const std::string& entity) const;
  const std::string& PathParam(const std::string& name) const { return params_.at(name); }

  // Query parameter, if given once; given twice or with invalid text is a 400.
  std::optional<std::string> Query(const std::string& name, size_t max_length = 200) const;
  std::optional<db::Id> QueryId(const std::string& name) const;
  std::optional<bool> QueryBool(const std::string& name) const;
  // A comma-separated list of at most `max` positive ids ("3,8,12"); empty when absent.
  std::vector<db::Id> QueryIds(const std::string& name, size_t max) const;
  // ?lang=vi|en for generated documents (PDF), or the request's language when absent.
  Language QueryLanguage() const;
  // ?limit= (1..max, default 50) and ?cursor=.
  PageRequest Page(int max_limit = 200) const;
  // Rejects query parameters other than `known` (plus limit and cursor when `paged`).
  void OnlyQuery(std::initializer_list<std::string_view> known, bool paged = false) const;

 private:
  std::map<std::string, std::string> params_;
};

// {"items": [...], "next_cursor": "..." or null}; the cursor is set when the page is full.
Response PageResponse(boost::json::array items, int limit, std::optional<db::Id> last_id);
Response JsonResponse(int status, const boost::json::value& value);
// Overloads that serialise in place instead of copying the whole tree into a json::value first.
Response JsonResponse(int status, const boost::json::object& value);
Response JsonResponse(int status, const boost::json::array& value);

// A page of `records` (each with an `id`, in cursor order), each turned into JSON by `to_json`.
template <class Record, class ToJsonFn>
Response PageOf(const std::vector<Record>& records, int limit, ToJsonFn to_json) {
  boost::json::array items;
  for (const Record& r : records) items.push_back(to_json(r));
  return PageResponse(std::move(items), limit,
                      records.empty() ? std::nullopt : std::optional<db::Id>(records.back().id));
}

// The same page written straight to text: `write(writer, record)` writes one record's JSON object.
template <class Record, class WriteFn>
Response WrittenPageOf(const std::vector<Record>& records, int limit, WriteFn write) {
  JsonWriter w(512 * records.size() + 64);
  w.BeginObject().Key("items").BeginArray();
  for (const Record& r : records) write(w, r);
  w.EndArray().Key("next_cursor");
  if (int(records.size()) == limit && !records.empty()) {
    w.String(EncodeCursor(records.back().id));
  } else {
    w.Null();
  }
  w.EndObject();
  return Response::Json(200, w.Take());
}

}  // namespace eduims::http
