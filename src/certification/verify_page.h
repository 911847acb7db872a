// The public verification page (/verify/{number}): a self-contained HTML document in Vietnamese or English with
// what the register shows of a certificate — status, holder, certification body and its accreditation body, scope,
// standards, sites and dates — and nothing else.
// Every value is HTML-escaped; the page has no script and loads nothing. Pure: no I/O.
#pragma once
#include <string>

#include "certification/model.h"
#include "platform/i18n/language.h"

namespace eduims::certification {

// The page for `certificate` as it stands on `today`.
std::string VerifyPage(const Certificate& certificate, const std::string& today, Language language);
// The page for a number the register does not hold; it says nothing more than that.
std::string VerifyNotFoundPage(Language language);

// For the response: no script, no style sheet or image from anywhere, no framing.
inline constexpr const char* kVerifyPagePolicy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

}  // namespace eduims::certification
