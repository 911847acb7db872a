// The web application's built files (web/dist), served by eduims itself on the API's origin: hashed assets with a
// year-long cache, index.html never cached, and index.html for any other path that is not the API (the single-page
// application routes in the browser).
#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "platform/http/message.h"

namespace eduims::http {

class StaticFiles {
 public:
  // REQUIRES: `root` holds index.html.
  explicit StaticFiles(std::filesystem::path root);
  // The response for GET/HEAD `path`, or nullopt when `path` is the API's (under /api/) or malformed.
  std::optional<Response> Serve(const std::string& path) const;

 private:
  std::filesystem::path root_;
};

std::string ContentTypeFor(const std::filesystem::path& file);

}  // namespace eduims::http
