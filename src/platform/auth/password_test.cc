#include "platform/auth/password.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include "platform/crypto.h"

namespace eduims::auth {
namespace {

TEST(Password, HashesWithArgon2idAndVerifies) {
  InitCrypto();
  std::string hash = HashPassword("mật khẩu rất dài 2026");
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword(hash, "mật khẩu rất dài 2026"));
  EXPECT_FALSE(VerifyPassword(hash, "mat khau rat dai 2026"));
  EXPECT_FALSE(PasswordNeedsRehash(hash));
  EXPECT_NE(HashPassword("same password"), HashPassword("same password"));  // salted
}

TEST(Password, AHashOfEarlierCostsStillVerifiesAndIsMarkedForReplacement) {
  InitCrypto();
  // libsodium's "interactive" costs (64 MiB), which earlier versions used.
  char earlier[crypto_pwhash_STRBYTES];
  std::string password = "mật khẩu rất dài 2026";
  ASSERT_EQ(crypto_pwhash_str(earlier, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE),
            0);
  EXPECT_TRUE(VerifyPassword(earlier, password));
  EXPECT_TRUE(PasswordNeedsRehash(earlier));
  EXPECT_NE(HashPassword(password).find("$m=19456,t=2,p=1$"), std::string::npos);
}

TEST(Password, PolicyRejectsShortOrDerivedPasswords) {
  EXPECT_FALSE(PasswordAcceptable("short", "a@b.vn"));
  EXPECT_FALSE(PasswordAcceptable("nguyenvananh2026", "nguyenvananh@sonla.edu.vn"));
  EXPECT_FALSE(PasswordAcceptable(std::string(257, 'x'), "a@b.vn"));
  EXPECT_FALSE(PasswordAcceptable("bad\x01password-long", "a@b.vn"));
  EXPECT_TRUE(PasswordAcceptable("Chất lượng giáo dục 2026", "a@b.vn"));
}

}  // namespace
}  // namespace eduims::auth
