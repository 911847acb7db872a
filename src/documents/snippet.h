// Search result snippets: the part of a text around the first words that match a folded query, with every match
// wrapped in <mark>, the rest HTML-escaped. Matching is accent- and case-insensitive (Vietnamese "đ" included),
// but the snippet shows the original text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace eduims::documents {

// `terms` are folded words ("giao", "duc"); a term matches at the start of a word. `width` is the snippet's length
// in code points, about.
std::string Snippet(std::string_view text, const std::vector<std::string>& terms, size_t width = 160);

// The folded words of a query, at most `max_terms`, each reduced to letters and digits.
std::vector<std::string> QueryTerms(std::string_view query, size_t max_terms = 8);

}  // namespace eduims::documents
