#include "platform/http/header_list.h"

#include <gtest/gtest.h>

namespace eduims::http {
namespace {

TEST(HeaderList, ItemsAreTrimmedAndEmptyOnesLeftOut) {
  using List = std::vector<std::string_view>;
  EXPECT_EQ(SplitHeaderList(" gzip ;q=0.5,\tbr , ,deflate"), (List{"gzip ;q=0.5", "br", "deflate"}));
  EXPECT_EQ(SplitHeaderList("gzip ; q=0", ';'), (List{"gzip", "q=0"}));
  EXPECT_EQ(SplitHeaderList(""), List{});
  EXPECT_EQ(SplitHeaderList(" , \t"), List{});
  EXPECT_EQ(TrimOptionalWhitespace(" \t203.0.113.7 "), "203.0.113.7");
  EXPECT_EQ(TrimOptionalWhitespace("  "), "");
}

}  // namespace
}  // namespace eduims::http
