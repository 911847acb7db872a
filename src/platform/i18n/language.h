// The two languages of the product. Vietnamese is the default of a new install.
#pragma once
#include <optional>
#include <string_view>

namespace eduims {

enum class Language { kVietnamese, kEnglish };

std::string_view LanguageCode(Language language);  // "vi" or "en"
std::optional<Language> ParseLanguageCode(std::string_view code);
// Picks the best of vi/en from an Accept-Language header (RFC 9110 quality values); Vietnamese when neither is named.
Language NegotiateLanguage(std::string_view accept_language);

}  // namespace eduims
