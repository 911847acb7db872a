#include "platform/embedded.h"

namespace eduims::embedded {

std::optional<std::string_view> Find(std::string_view path) {
  for (const File& file : Files()) {
    if (file.path == path) return file.content;
  }
  return std::nullopt;
}

}  // namespace eduims::embedded
