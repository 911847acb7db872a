// Checks of free-text fields shared by every module: well-formed UTF-8 without control characters, not blank when
// required, at most `max` code points. The Problem names the field.
#pragma once
#include <optional>
#include <string>

#include "platform/problem.h"

namespace eduims {

std::optional<Problem> TextProblem(const std::string& field, const std::string& value, size_t max, bool required);
// Throws ProblemError with TextProblem's answer, if any.
void CheckText(const std::string& field, const std::string& value, size_t max, bool required);

}  // namespace eduims
