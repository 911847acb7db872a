#include "platform/i18n/language.h"

#include <cstdlib>
#include <string>

namespace eduims {

std::string_view LanguageCode(Language language) { return language == Language::kEnglish ? "en" : "vi"; }

std::optional<Language> ParseLanguageCode(std::string_view code) {
  if (code == "vi") return Language::kVietnamese;
  if (code == "en") return Language::kEnglish;
  return std::nullopt;
}

Language NegotiateLanguage(std::string_view header) {
  std::optional<Language> best;
  double best_q = 0;
  while (!header.empty()) {
    size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    size_t semi = item.find(';');
    std::string_view tag = item.substr(0, semi);
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    double q = 1.0;
    if (semi != std::string_view::npos) {
      std::string_view params = item.substr(semi + 1);
      size_t qpos = params.find("q=");
      if (qpos != std::string_view::npos) q = std::strtod(std::string(params.substr(qpos + 2)).c_str(), nullptr);
    }
    std::string_view primary = tag.substr(0, tag.find('-'));
    std::optional<Language> language;
    if (primary.size() == 2) {
      std::string lower{char(primary[0] | 0x20), char(primary[1] | 0x20)};
      language = ParseLanguageCode(lower);
    }
    if (language && q > best_q) {
      best = language;
      best_q = q;
    }
  }
  return best.value_or(Language::kVietnamese);
}

}  // namespace eduims
