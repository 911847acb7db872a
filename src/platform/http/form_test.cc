#include "platform/http/form.h"

#include <gtest/gtest.h>

namespace eduims::http {
namespace {

TEST(Form, DecodesPlusAndEscapesAndKeepsRepeatedNames) {
  auto form = ParseForm("q.note=T%E1%BB%91t+l%E1%BA%AFm&q.topics=0&q.topics=2&empty=&bare&&a%2Bb=1%2B1");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->find("q.note")->second, "Tốt lắm");
  EXPECT_EQ(form->count("q.topics"), 2u);
  EXPECT_EQ(form->find("empty")->second, "");
  EXPECT_EQ(form->find("bare")->second, "");
  EXPECT_EQ(form->find("a+b")->second, "1+1");
  EXPECT_FALSE(ParseForm("a=%4"));
  EXPECT_FALSE(ParseForm("a=%zz"));
  EXPECT_TRUE(ParseForm("")->empty());
}

}  // namespace
}  // namespace eduims::http
