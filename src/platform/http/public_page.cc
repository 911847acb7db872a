#include "platform/http/public_page.h"

#include "platform/escape.h"

namespace eduims::http {

std::string TextOf(std::span<const PageText> table, std::string_view key, Language language) {
  for (const PageText& t : table)
    if (key == t.key) return language == Language::kEnglish ? t.en : t.vi;
  return std::string(key);
}

std::string PublicPageHtml(Language language, std::string_view title, std::string_view style, std::string_view body,
                           std::string_view extra_head) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"";
  html += LanguageCode(language);
  html += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          "<meta name=\"robots\" content=\"noindex\">";
  html += extra_head;
  html += "<title>";
  html += EscapeXml(title);
  html += "</title><style>";
  html += style;
  html += "</style></head><body>";
  html += body;
  html += "</body></html>\n";
  return html;
}

}  // namespace eduims::http
