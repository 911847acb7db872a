// Files compiled into the binary at build time (migrations, standards data, the OpenAPI document).
#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace eduims::embedded {

struct File {
  std::string_view path;  // relative to the repository root, e.g. "migrations/0001_foundation.sql"
  std::string_view content;
};

// All embedded files, sorted as the build globbed them (alphabetically).
const std::vector<File>& Files();

// The content of the file at `path`, or nullopt.
std::optional<std::string_view> Find(std::string_view path);

}  // namespace eduims::embedded
