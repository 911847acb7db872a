// HTTP requests and responses as the product sees them: plain values, independent of the server library, so that
// routing, authentication and handlers are testable without sockets.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace eduims {
class SpoolFile;
}

namespace eduims::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // percent-decoded path, no query
  std::multimap<std::string, std::string> query;  // percent-decoded
  std::map<std::string, std::string> headers;     // names in lower case
  std::string body;
  std::string remote_address;
  bool tls = false;

  std::optional<std::string> Header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    if (it == headers.end()) return std::nullopt;
    return it->second;
  }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // When set, the body is this file's content (an export), sent in pieces, and `body` is ignored.
  std::shared_ptr<const SpoolFile> file;

  static Response Json(int status, std::string body) { return Response{status, "application/json", std::move(body), {}, {}}; }
  static Response NoContent() { return Response{204, "", "", {}, {}}; }
};

}  // namespace eduims::http
