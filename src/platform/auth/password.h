// Password hashing with argon2id (libsodium's crypto_pwhash_str), and the password policy.
#pragma once
#include <string>
#include <string_view>

namespace eduims::auth {

// Costs: argon2id with 19 MiB and 2 passes (OWASP's recommendation), at most two hashes at a time, so logins cost
// the server at most 38 MiB however many arrive together. A hash made with other costs (libsodium's interactive
// 64 MiB of earlier versions) still verifies and is replaced at the next successful login.
std::string HashPassword(std::string_view password);
bool VerifyPassword(std::string_view hash, std::string_view password);
// True if `hash` was made with weaker costs than today's and should be replaced at the next successful login.
bool PasswordNeedsRehash(std::string_view hash);
// ASVS 2.1: 10 to 256 characters (code points), and not contained in the e-mail address or vice versa.
bool PasswordAcceptable(std::string_view password, std::string_view email);

}  // namespace eduims::auth
