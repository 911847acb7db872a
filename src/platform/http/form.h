// Bodies of HTML forms (application/x-www-form-urlencoded, as browsers post them): names and values, '+' read as a
// space and %XX decoded, in the order sent; a name may come several times (checkboxes). Pure.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace eduims::http {

// Nullopt if the body is not form-encoded text (a bad %XX escape).
std::optional<std::multimap<std::string, std::string>> ParseForm(std::string_view body);

}  // namespace eduims::http
