// The catalogue of user-facing messages, keyed by stable problem codes, in Vietnamese and English.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "platform/i18n/language.h"

namespace eduims {

// The short title and the detail of `code`, with "{name}" placeholders replaced from `params` as the glossary
// words them in `language` (glossary.h).
// An unknown code yields a generic message (and is caught by a test over every code the product raises).
std::string MessageTitle(std::string_view code, Language language);
std::string MessageDetail(std::string_view code, Language language, const std::map<std::string, std::string>& params);
bool HasMessage(std::string_view code);
// `text` with each "{name}" that `params` holds replaced by its value, as it is.
std::string FillPlaceholders(std::string_view text, const std::map<std::string, std::string>& params);
std::vector<std::string> AllMessageCodes();

}  // namespace eduims
