#include "documents/snippet.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "platform/i18n/fold.h"
#include "platform/escape.h"

namespace eduims::documents {
namespace {

struct FoldedChar {
  size_t begin, end;   // bytes of the original code point
  std::string folded;  // its folded form (may be empty or several bytes)
};

std::vector<FoldedChar> FoldEach(std::string_view text) {
  std::vector<FoldedChar> out;
  int32_t i = 0, n = int32_t(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    std::string_view original = text.substr(size_t(start), size_t(i - start));
    std::string folded = c < 0x80 ? std::string(1, char(std::tolower(int(c)))) : FoldForSearch(original);
    out.push_back({size_t(start), size_t(i), std::move(folded)});
  }
  return out;
}

bool IsWordChar(const std::string& folded) {
  return !folded.empty() && std::isalnum(static_cast<unsigned char>(folded[0]));
}

}  // namespace

std::vector<std::string> QueryTerms(std::string_view query, size_t max_terms) {
  std::vector<std::string> terms;
  std::string folded = FoldForSearch(query), current;
  for (char c : folded + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      current += c;
    } else if (!current.empty()) {
      if (terms.size() < max_terms && std::find(terms.begin(), terms.end(), current) == terms.end())
        terms.push_back(current);
      current.clear();
    }
  }
  return terms;
}

std::string Snippet(std::string_view text, const std::vector<std::string>& terms, size_t width) {
  std::vector<FoldedChar> chars = FoldEach(text);
  // Folded text and, for each of its bytes, the index of the original code point.
  std::string folded;
  std::vector<size_t> owner;
  for (size_t k = 0; k < chars.size(); ++k) {
    folded += chars[k].folded;
    owner.insert(owner.end(), chars[k].folded.size(), k);
  }
  std::vector<std::pair<size_t, size_t>> marks;  // [first char, last char] of each match
  for (size_t pos = 0; pos < folded.size(); ++pos) {
    bool word_start = pos == 0 || !std::isalnum(static_cast<unsigned char>(folded[pos - 1]));
    if (!word_start) continue;
    for (const std::string& term : terms) {
      if (!term.empty() && folded.compare(pos, term.size(), term) == 0) {
        marks.emplace_back(owner[pos], owner[pos + term.size() - 1]);
        pos += term.size() - 1;
        break;
      }
    }
  }
  size_t first = marks.empty() ? 0 : marks.front().first;
  size_t begin = first > width / 3 ? first - width / 3 : 0;
  // Do not cut a word, unless the "word" is longer than any real one.
  for (size_t back = 0; begin > 0 && back < 24 && IsWordChar(chars[begin - 1].folded); ++back) --begin;
  size_t end = std::min(chars.size(), begin + width);
  for (size_t ahead = 0; end < chars.size() && ahead < 24 && IsWordChar(chars[end].folded); ++ahead) ++end;
  std::string out = begin > 0 ? "…" : "";
  size_t m = 0;
  for (size_t k = begin; k < end; ++k) {
    while (m < marks.size() && marks[m].second < k) ++m;
    bool opens = m < marks.size() && marks[m].first == k;
    if (opens) out += "<mark>";
    out += EscapeXml(text.substr(chars[k].begin, chars[k].end - chars[k].begin));
    if (m < marks.size() && marks[m].second == k && k >= marks[m].first) out += "</mark>";
  }
  if (end < chars.size()) out += "…";
  return out;
}

}  // namespace eduims::documents
