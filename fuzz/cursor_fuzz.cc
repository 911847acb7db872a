// The cursor decoding: a list's ?cursor= as RequestContext::Page reads it (platform/http/ids.h). Any text is either
// refused or names a positive id whose own cursor is that same text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "platform/http/ids.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto id = eduims::http::DecodeCursor(text)) {
    if (*id <= 0 || eduims::http::EncodeCursor(*id) != text) std::abort();
  }
  if (auto id = eduims::http::ParsePositiveId(text)) {
    if (*id <= 0) std::abort();
  }
  return 0;
}
