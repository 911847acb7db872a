#include "complaints/form.h"

#include <gtest/gtest.h>

namespace eduims::complaints {
namespace {

TEST(ComplaintForm, DecodesWhatBrowsersPost) {
  auto form = ParseForm("unit_id=12&text=Ph%C3%B2ng+h%E1%BB%8Dc+n%C3%B3ng&name=&lang=vi&text=second");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->at("unit_id"), "12");
  EXPECT_EQ(form->at("text"), "Phòng học nóng");
  EXPECT_EQ(form->at("name"), "");
  EXPECT_EQ(form->at("lang"), "vi");
  EXPECT_EQ(form->size(), 4u);
  EXPECT_EQ(ParseForm("a=1%2B1%3D2&b")->at("a"), "1+1=2");
  EXPECT_EQ(ParseForm("a=1%2B1%3D2&b")->at("b"), "");
  EXPECT_TRUE(ParseForm("")->empty());
}

TEST(ComplaintForm, RefusesBrokenEscapes) {
  EXPECT_FALSE(ParseForm("text=50%"));
  EXPECT_FALSE(ParseForm("text=%G1"));
  EXPECT_FALSE(ParseForm("text=%4"));
}

}  // namespace
}  // namespace eduims::complaints
