#include "platform/http/static_files.h"

#include <fstream>
#include <sstream>

#include "platform/http/gzip.h"

namespace eduims::http {
namespace {

std::optional<std::string> ReadFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// antd styles components at run time, hence 'unsafe-inline' for styles only; scripts come from this origin alone.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
    "form-action 'self'";

bool Compressible(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  return ext == ".html" || ext == ".js" || ext == ".mjs" || ext == ".css" || ext == ".json" || ext == ".svg" ||
         ext == ".map" || ext == ".txt";
}

}  // namespace

std::optional<StaticFiles::Cached> StaticFiles::Load(const std::filesystem::path& file) const {
  std::error_code ec;
  auto modified = std::filesystem::last_write_time(file, ec);
  auto size = std::filesystem::file_size(file, ec);
  if (ec) return std::nullopt;
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(file);
    if (it != cache_.end() && it->second.modified == modified && it->second.size == size) return it->second;
  }
  auto body = ReadFile(file);
  if (!body) return std::nullopt;
  Cached entry{modified, size, std::move(*body), {}};
  if (Compressible(file)) entry.gzipped = Gzip(entry.body);
  std::lock_guard lock(mutex_);
  cache_[file] = entry;
  return entry;
}

std::string ContentTypeFor(const std::filesystem::path& file) {
  std::string ext = file.extension().string();
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::filesystem::weakly_canonical(root)) {}

std::optional<Response> StaticFiles::Serve(const std::string& path, bool accepts_gzip) const {
  if (path.rfind("/api/", 0) == 0 || path == "/api" || path.empty() || path[0] != '/') return std::nullopt;
  // Only plain relative segments: no "..", no ".", no empty segments, no backslashes or NULs.
  std::filesystem::path relative;
  size_t start = 1;
  bool plain = true;
  while (start <= path.size() && plain) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string segment = path.substr(start, end - start);
    if (segment == ".." || segment == "." || segment.find('\\') != std::string::npos ||
        segment.find('\0') != std::string::npos || (segment.empty() && end != path.size()))
      plain = false;
    else if (!segment.empty())
      relative /= segment;
    start = end + 1;
  }
  std::filesystem::path file = root_ / relative;
  std::error_code ec;
  bool is_file = plain && !relative.empty() && std::filesystem::is_regular_file(file, ec);
  bool is_asset = is_file && path.rfind("/assets/", 0) == 0;
  if (!is_file) file = root_ / "index.html";
  auto cached = Load(file);
  if (!cached) return std::nullopt;
  bool gzip = accepts_gzip && !cached->gzipped.empty();
  Response r{200, ContentTypeFor(file), gzip ? cached->gzipped : cached->body, {}};
  r.headers.emplace_back("Cache-Control", is_asset ? "public, max-age=31536000, immutable" : "no-cache");
  r.headers.emplace_back("Vary", "Accept-Encoding");
  if (gzip) r.headers.emplace_back("Content-Encoding", "gzip");
  if (file.extension() == ".html") r.headers.emplace_back("Content-Security-Policy", kContentSecurityPolicy);
  return r;
}

}  // namespace eduims::http
