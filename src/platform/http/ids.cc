#include "platform/http/ids.h"

#include <sodium.h>

#include <charconv>

namespace eduims::http {

std::optional<long long> ParsePositiveId(std::string_view text) {
  long long value = 0;
  if (text.empty() || text.size() > 18 || text[0] == '0') return std::nullopt;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

std::string EncodeCursor(long long last_id) {
  std::string raw = "c1:" + std::to_string(last_id);
  std::string out(sodium_base64_ENCODED_LEN(raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

std::optional<long long> DecodeCursor(std::string_view cursor) {
  unsigned char raw[64];
  size_t length = 0;
  if (sodium_base642bin(raw, sizeof raw, cursor.data(), cursor.size(), nullptr, &length, nullptr,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0)
    return std::nullopt;
  std::string_view text(reinterpret_cast<const char*>(raw), length);
  if (text.substr(0, 3) != "c1:") return std::nullopt;
  return ParsePositiveId(text.substr(3));
}

}  // namespace eduims::http
