// HTTP requests and responses as the product sees them: plain values, independent of the server library, so that
// routing, authentication and handlers are testable without sockets.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eduims {
class SpoolFile;
}

namespace eduims::http {

// A path on the server's spool disk whose file is removed when the last owner lets go of it: an uploaded body on its
// way into the database, or a file being written before it is sent (then SpoolFile::Adopt). Keeps large bodies out
// of memory.
class SpoolPath {
 public:
  explicit SpoolPath(std::filesystem::path path) : path_(std::move(path)) {}
  ~SpoolPath() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  SpoolPath(const SpoolPath&) = delete;
  SpoolPath& operator=(const SpoolPath&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A new, not yet existing path in the spool folder (the system's temp folder / eduims-spool, created 0700 on first
// use), named `prefix`, this process's id and a random part (spool_cleanup.h). Thread-safe.
std::shared_ptr<SpoolPath> NewSpoolPath(std::string_view prefix);

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // percent-decoded path, no query
  std::multimap<std::string, std::string> query;  // percent-decoded
  std::map<std::string, std::string> headers;     // names in lower case
  std::string body;
  // Set instead of `body` on routes that stream their body to disk (uploads).
  std::shared_ptr<const SpoolPath> body_file;
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
  // When set, the body is the first `shared_size` bytes of this text, which the server keeps for other requests
  // too (App's kept answers), sent without a copy; `body` is ignored.
  std::shared_ptr<const std::string> shared_text;
  size_t shared_size = 0;

  static Response Json(int status, std::string body) { return Response{status, "application/json", std::move(body), {}, {}}; }
  static Response NoContent() { return Response{204, "", "", {}, {}}; }
};

}  // namespace eduims::http
