#include "documents/snippet.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "platform/i18n/fold.h"
#include "platform/escape.h"

namespace eduims::documents {
namespace {

// FoldForSearch of one code point. Folding goes through ICU, far too slow to call for each letter of every hit's
// text; a text uses few distinct letters, so each thread keeps those it has folded.
const std::string& FoldCodePoint(UChar32 c, std::string_view original) {
  thread_local std::unordered_map<UChar32, std::string> folded;
  auto it = folded.find(c);
  if (it == folded.end()) it = folded.emplace(c, FoldForSearch(original)).first;
  return it->second;
}

// A text folded code point by code point, in flat arrays: a search page folds twenty texts of some kilobytes each.
struct FoldedText {
  std::string folded;               // the folded text
  std::vector<uint32_t> owner;      // for each byte of `folded`, the index of the code point it comes from
  std::vector<uint32_t> begin;      // for each code point, its first byte in the original; then the text's size
  std::vector<bool> word;           // for each code point, whether it folds to a letter or digit

  size_t size() const { return word.size(); }
};

FoldedText FoldEach(std::string_view text) {
  FoldedText out;
  out.folded.reserve(text.size());
  out.owner.reserve(text.size());
  out.begin.reserve(text.size() + 1);
  int32_t i = 0, n = int32_t(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    std::string_view original = text.substr(size_t(start), size_t(i - start));
    auto k = uint32_t(out.begin.size());
    out.begin.push_back(uint32_t(start));
    size_t before = out.folded.size();
    if (c >= 0 && c < 0x80) {
      out.folded += char(std::tolower(int(c)));
    } else {
      // An invalid sequence (c < 0) is folded as it stands, not cached under one key for all.
      out.folded += c < 0 ? FoldForSearch(original) : FoldCodePoint(c, original);
    }
    out.owner.resize(out.folded.size(), k);
    out.word.push_back(out.folded.size() > before && std::isalnum(static_cast<unsigned char>(out.folded[before])));
  }
  out.begin.push_back(uint32_t(text.size()));
  return out;
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
  FoldedText chars = FoldEach(text);
  const std::string& folded = chars.folded;
  std::vector<std::pair<size_t, size_t>> marks;  // [first char, last char] of each match
  for (size_t pos = 0; pos < folded.size(); ++pos) {
    bool word_start = pos == 0 || !std::isalnum(static_cast<unsigned char>(folded[pos - 1]));
    if (!word_start) continue;
    for (const std::string& term : terms) {
      if (!term.empty() && folded.compare(pos, term.size(), term) == 0) {
        marks.emplace_back(chars.owner[pos], chars.owner[pos + term.size() - 1]);
        pos += term.size() - 1;
        break;
      }
    }
  }
  size_t first = marks.empty() ? 0 : marks.front().first;
  size_t begin = first > width / 3 ? first - width / 3 : 0;
  // Do not cut a word, unless the "word" is longer than any real one.
  for (size_t back = 0; begin > 0 && back < 24 && chars.word[begin - 1]; ++back) --begin;
  size_t end = std::min(chars.size(), begin + width);
  for (size_t ahead = 0; end < chars.size() && ahead < 24 && chars.word[end]; ++ahead) ++end;
  std::string out = begin > 0 ? "…" : "";
  size_t m = 0;
  for (size_t k = begin; k < end; ++k) {
    while (m < marks.size() && marks[m].second < k) ++m;
    bool opens = m < marks.size() && marks[m].first == k;
    if (opens) out += "<mark>";
    out += EscapeXml(text.substr(chars.begin[k], chars.begin[k + 1] - chars.begin[k]));
    if (m < marks.size() && marks[m].second == k && k >= marks[m].first) out += "</mark>";
  }
  if (end < chars.size()) out += "…";
  return out;
}

}  // namespace eduims::documents
