#include "platform/auth/login_name.h"

#include <gtest/gtest.h>

namespace eduims::auth {
namespace {

TEST(CanonicalLoginName, EveryVariantOfOneNameIsSpelledOneWay) {
  const std::string name = "quanly@demo.eduims.vn";
  for (const char* typed : {"quanly@demo.eduims.vn", "QuanLy@Demo.EduIMS.vn", "quanly@demo.eduims.vn\t",
                            " \tquanly@demo.eduims.vn \r\n", "\xC2\xA0quanly@demo.eduims.vn\xE2\x80\x83",
                            "\xE3\x80\x80QUANLY@DEMO.EDUIMS.VN"})
    EXPECT_EQ(CanonicalLoginName(typed), name) << typed;
}

TEST(CanonicalLoginName, ComposesAccentsAndLowersThem) {
  // "É" as E + combining acute, and the precomposed "é".
  EXPECT_EQ(CanonicalLoginName("E\xCC\x81@x.vn"), "\xC3\xA9@x.vn");
  EXPECT_EQ(CanonicalLoginName("\xC3\xA9@x.vn"), "\xC3\xA9@x.vn");
  EXPECT_EQ(CanonicalLoginName("\xC4\x90\xC3\x94@x.vn"), "\xC4\x91\xC3\xB4@x.vn");  // ĐÔ -> đô
}

TEST(CanonicalLoginName, KeepsInnerSpacesAndSurvivesBadBytes) {
  EXPECT_EQ(CanonicalLoginName("a b@x.vn"), "a b@x.vn");
  EXPECT_EQ(CanonicalLoginName(""), "");
  EXPECT_EQ(CanonicalLoginName(" \t "), "");
  EXPECT_FALSE(CanonicalLoginName("a\xFF@x.vn").empty());
}

}  // namespace
}  // namespace eduims::auth
