#include "platform/http/download.h"

#include <stdexcept>

namespace eduims::http {

Response Download(SpoolFile file, const std::string& content_type, const std::string& filename) {
  for (unsigned char c : filename)
    if (!std::isalnum(c) && c != '.' && c != '-' && c != '_')
      throw std::invalid_argument("not a plain file name: " + filename);
  Response r;
  r.status = 200;
  r.content_type = content_type;
  r.file = std::make_shared<const SpoolFile>(std::move(file));
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return r;
}

}  // namespace eduims::http
