// Hashes and randomness from libsodium. Thread-safe once InitCrypto() has run (main and the tests call it first).
#pragma once
#include <string>
#include <string_view>

namespace eduims {

void InitCrypto();
std::string Sha256Hex(std::string_view data);
// `bytes` random bytes as unpadded base64url, for session ids, CSRF tokens and API tokens.
std::string RandomToken(size_t bytes = 32);
// Constant-time comparison, for secrets.
bool SecretsEqual(std::string_view a, std::string_view b);

}  // namespace eduims
