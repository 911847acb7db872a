#include "platform/auth/password.h"

#include <gtest/gtest.h>

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

TEST(Password, PolicyRejectsShortOrDerivedPasswords) {
  EXPECT_FALSE(PasswordAcceptable("short", "a@b.vn"));
  EXPECT_FALSE(PasswordAcceptable("nguyenvananh2026", "nguyenvananh@sonla.edu.vn"));
  EXPECT_FALSE(PasswordAcceptable(std::string(257, 'x'), "a@b.vn"));
  EXPECT_FALSE(PasswordAcceptable("bad\x01password-long", "a@b.vn"));
  EXPECT_TRUE(PasswordAcceptable("Chất lượng giáo dục 2026", "a@b.vn"));
}

}  // namespace
}  // namespace eduims::auth
