// A body of application/x-www-form-urlencoded, as browsers post HTML forms: name=value pairs joined by '&', '+' for
// a space and %XX for a byte. Pure.
#pragma once
#include <map>
#include <optional>
#include <string>

namespace eduims::complaints {

// The fields of `body`, each name once (a repeated name keeps its first value); nullopt if a %XX is malformed.
std::optional<std::map<std::string, std::string>> ParseForm(const std::string& body);

}  // namespace eduims::complaints
