// The web application's built files (web/dist), served by eduims itself on the API's origin: hashed assets with a
// year-long cache, index.html never cached, and index.html for any other path that is not the API (the single-page
// application routes in the browser).
#pragma once
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "platform/http/message.h"

namespace eduims::http {

class StaticFiles {
 public:
  // REQUIRES: `root` holds index.html.
  explicit StaticFiles(std::filesystem::path root);
  // The response for GET/HEAD `path`, or nullopt when `path` is the API's (under /api/). Text files go out
  // gzip-compressed when `accepts_gzip`; compressed bodies are kept in memory until the file changes.
  // Thread-safe.
  std::optional<Response> Serve(const std::string& path, bool accepts_gzip = false) const;

 private:
  struct Cached {
    std::filesystem::file_time_type modified;
    std::uintmax_t size = 0;
    std::string body, gzipped;
  };
  std::optional<Cached> Load(const std::filesystem::path& file) const;

  std::filesystem::path root_;
  mutable std::mutex mutex_;
  mutable std::map<std::filesystem::path, Cached> cache_;
};

std::string ContentTypeFor(const std::filesystem::path& file);

}  // namespace eduims::http
