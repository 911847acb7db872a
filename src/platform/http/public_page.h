// What every page served without login has in common (certificate lookup, survey answering, complaints): texts
// kept in a table per page in both languages, and the HTML document around a page's body — its language, a phone
// viewport, no indexing by search engines, and the page's own small style sheet. Pure output, thread-safe.
#pragma once
#include <span>
#include <string>
#include <string_view>

#include "platform/i18n/language.h"

namespace eduims::http {

struct PageText {
  const char* key;
  const char* vi;
  const char* en;
};

// The text of `key` in `language`; the key itself if the table has no such text.
std::string TextOf(std::span<const PageText> table, std::string_view key, Language language);

// The whole document. `title` is plain text (escaped here); `style` is CSS and `extra_head` and `body` are HTML,
// all inserted as given.
std::string PublicPageHtml(Language language, std::string_view title, std::string_view style, std::string_view body,
                           std::string_view extra_head = {});

}  // namespace eduims::http
