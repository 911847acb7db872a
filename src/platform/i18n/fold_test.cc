#include "platform/i18n/fold.h"

#include <gtest/gtest.h>

#include "platform/i18n/language.h"

namespace eduims {
namespace {

TEST(Fold, FoldsEveryVietnameseLetterIncludingDStroke) {
  EXPECT_EQ(FoldForSearch("Giáo dục Đào tạo Sơn La"), "giao duc dao tao son la");
  EXPECT_EQ(FoldForSearch("Trường THPT Chuyên Sơn La — ưởng ợ ỹ đ"), "truong thpt chuyen son la - uong o y d");
  EXPECT_EQ(FoldForSearch("giao duc"), "giao duc");
}

TEST(Fold, Utf8Checks) {
  EXPECT_TRUE(IsCleanUtf8("Giáo dục\tđào tạo\n"));
  EXPECT_FALSE(IsCleanUtf8("bad \xC3\x28"));
  EXPECT_FALSE(IsCleanUtf8(std::string("nul\0byte", 8)));
  EXPECT_EQ(CodePointCount("Đà"), 2u);
  EXPECT_EQ(Utf8Prefix("aĐà", 2), "a");  // "Đ" is two bytes: not cut in half
  EXPECT_EQ(Utf8Prefix("aĐà", 3), "aĐ");
  EXPECT_EQ(Utf8Prefix("aĐà", 99), "aĐà");
  EXPECT_EQ(Utf8Prefix("😀", 3), "");
}

TEST(Language, NegotiatesViOrEn) {
  EXPECT_EQ(NegotiateLanguage(""), Language::kVietnamese);
  EXPECT_EQ(NegotiateLanguage("en-US,en;q=0.9"), Language::kEnglish);
  EXPECT_EQ(NegotiateLanguage("fr, en;q=0.5, vi;q=0.8"), Language::kVietnamese);
  EXPECT_EQ(NegotiateLanguage("de"), Language::kVietnamese);
  EXPECT_EQ(NegotiateLanguage("EN"), Language::kEnglish);
}

}  // namespace
}  // namespace eduims
