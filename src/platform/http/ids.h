// How record ids appear in URLs: a positive decimal in a path or a query, and the opaque cursor of a list page.
// Both are read from untrusted text and never throw: a malformed one is nullopt, and the caller chooses the answer.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace eduims::http {

// "42" as 42; nullopt for anything else (empty, a sign, a leading zero, over 18 digits, trailing text).
std::optional<long long> ParsePositiveId(std::string_view text);

// The cursor that resumes a list after the record `last_id`: URL-safe base64 of "c1:<id>", opaque to clients and
// versioned so its form can change.
std::string EncodeCursor(long long last_id);
// The id a cursor from EncodeCursor names; nullopt for any other text.
std::optional<long long> DecodeCursor(std::string_view cursor);

}  // namespace eduims::http
