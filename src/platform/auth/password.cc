#include "platform/auth/password.h"

#include <sodium.h>

#include <semaphore>
#include <stdexcept>

#include "platform/i18n/fold.h"

namespace eduims::auth {
namespace {

// OWASP's argon2id configuration of 19 MiB and two passes (Password Storage Cheat Sheet).
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19u << 20;

// At most two hashes at a time, one per core: a burst of logins queues for CPU it could not get anyway, instead of
// each taking kMemLimit at once.
std::counting_semaphore<2> hashing(2);

struct Turn {
  Turn() { hashing.acquire(); }
  ~Turn() { hashing.release(); }
};

}  // namespace

std::string HashPassword(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  Turn turn;
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out;
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  std::string h(hash);  // NUL-terminated copy
  Turn turn;
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

bool PasswordNeedsRehash(std::string_view hash) {
  std::string h(hash);
  return crypto_pwhash_str_needs_rehash(h.c_str(), kOpsLimit, kMemLimit) != 0;
}

bool PasswordAcceptable(std::string_view password, std::string_view email) {
  if (!IsCleanUtf8(password)) return false;
  size_t length = CodePointCount(password);
  if (length < 10 || length > 256) return false;
  std::string local(email.substr(0, email.find('@')));
  std::string folded_password = FoldForSearch(password);
  // Short local parts ("a@...") would rule out half the dictionary; only a recognisable name counts.
  if (local.size() >= 4 && folded_password.find(FoldForSearch(local)) != std::string::npos) return false;
  return std::string(email).find(password) == std::string::npos;
}

}  // namespace eduims::auth
