// Accent- and case-folding for Vietnamese search: "Giáo dục Đào tạo" -> "giao duc dao tao". Both engines index and
// query folded text, so search behaves the same on SQLite and PostgreSQL. Thread-safe.
#pragma once
#include <string>
#include <string_view>

namespace eduims {

// REQUIRES: `text` is valid UTF-8 (invalid sequences are replaced).
std::string FoldForSearch(std::string_view text);

// True if `text` is well-formed UTF-8 with no control characters other than tab, CR and LF.
bool IsCleanUtf8(std::string_view text);

// Number of Unicode code points in valid UTF-8 `text`.
size_t CodePointCount(std::string_view text);

// The longest start of valid UTF-8 `text` that holds at most `max_bytes` bytes and splits no code point.
std::string_view Utf8Prefix(std::string_view text, size_t max_bytes);

}  // namespace eduims
