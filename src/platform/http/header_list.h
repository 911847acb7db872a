// The lists in HTTP header values (RFC 9110 5.6.1): items separated by commas, each item's parameters by
// semicolons, with optional spaces and tabs around them.
#pragma once
#include <string_view>
#include <vector>

namespace eduims::http {

// `value` without the spaces and tabs at either end.
std::string_view TrimOptionalWhitespace(std::string_view value);

// The items of `list` separated by `separator`, each trimmed; empty items are left out. The views point into
// `list`.
std::vector<std::string_view> SplitHeaderList(std::string_view list, char separator = ',');

}  // namespace eduims::http
