#include "platform/validation.h"

#include "platform/i18n/fold.h"

namespace eduims {

std::optional<Problem> TextProblem(const std::string& field, const std::string& value, size_t max, bool required) {
  if (!IsCleanUtf8(value)) return Problem::Make(422, "validation.invalid_text", field);
  if (required && value.find_first_not_of(" \t\r\n") == std::string::npos)
    return Problem::Make(422, "validation.empty", field);
  if (CodePointCount(value) > max)
    return Problem::Make(422, "validation.too_long", field).With("max", std::to_string(max));
  return std::nullopt;
}

void CheckText(const std::string& field, const std::string& value, size_t max, bool required) {
  if (auto problem = TextProblem(field, value, max, required)) Fail(*problem);
}

}  // namespace eduims
