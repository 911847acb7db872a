#include "platform/auth/login_name.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace eduims::auth {

std::string CanonicalLoginName(std::string_view typed) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(typed.data(), int32_t(typed.size())));
  int32_t start = 0, end = u.length();
  while (start < end && (u_isUWhiteSpace(u.char32At(start)) || u_isspace(u.char32At(start))))
    start = u.moveIndex32(start, 1);
  while (end > start) {
    int32_t last = u.moveIndex32(end, -1);
    if (!u_isUWhiteSpace(u.char32At(last)) && !u_isspace(u.char32At(last))) break;
    end = last;
  }
  // A copy, not tempSubString: that one aliases `u`'s buffer, which assigning it back to `u` would overwrite.
  icu::UnicodeString trimmed(u, start, end - start);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalised = nfc->normalize(trimmed, status);
    if (U_SUCCESS(status)) trimmed = normalised;
  }
  trimmed.toLower(icu::Locale::getRoot());
  std::string out;
  trimmed.toUTF8String(out);
  return out;
}

}  // namespace eduims::auth
