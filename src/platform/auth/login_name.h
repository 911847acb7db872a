// The one spelling of a login name (an e-mail address as typed at login): throttling counts failures against it and
// the account is looked up by it, so no variant of the same name (a trailing tab, another case, a decomposed
// accent) escapes the count of failures.
#pragma once
#include <string>
#include <string_view>

namespace eduims::auth {

// `typed` without white space at either end (any Unicode white space, the no-break space included), in Unicode
// NFC, in lower case. Invalid UTF-8 comes back with its bad bytes replaced, never throws.
std::string CanonicalLoginName(std::string_view typed);

}  // namespace eduims::auth
