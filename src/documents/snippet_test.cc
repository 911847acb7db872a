#include "documents/snippet.h"

#include <gtest/gtest.h>

namespace eduims::documents {
namespace {

TEST(Snippet, MarksAccentlessMatchesInTheOriginalText) {
  std::string s = Snippet("Sở Giáo dục và Đào tạo Sơn La ban hành quy trình.", QueryTerms("giao duc dao tao"));
  EXPECT_EQ(s, "Sở <mark>Giáo</mark> <mark>dục</mark> và <mark>Đào</mark> <mark>tạo</mark> Sơn La ban hành quy trình.");
}

TEST(Snippet, MatchesWordStartsOnlyAndEscapesHtml) {
  std::string s = Snippet("<b>Tuyển sinh</b> & tuyển dụng; chuyển", QueryTerms("tuyen"));
  EXPECT_EQ(s, "&lt;b&gt;<mark>Tuyển</mark> sinh&lt;/b&gt; &amp; <mark>tuyển</mark> dụng; chuyển");
}

TEST(Snippet, CutsAroundTheFirstMatchWithoutSplittingWords) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "trước ";
  text += "Kiểm định chất lượng giáo dục ";
  for (int i = 0; i < 60; ++i) text += "sau ";
  std::string s = Snippet(text, QueryTerms("kiem dinh"), 60);
  EXPECT_EQ(s.rfind("…trước ", 0), 0u) << s;
  EXPECT_NE(s.find("<mark>Kiểm</mark> <mark>định</mark>"), std::string::npos);
  EXPECT_EQ(s.substr(s.size() - 3), "…");
  EXPECT_LT(s.size(), 160u);
}

TEST(Snippet, QueryTermsAreFoldedDeduplicatedAndBounded) {
  EXPECT_EQ(QueryTerms("Giáo DỤC, giáo-dục!"), (std::vector<std::string>{"giao", "duc"}));
  EXPECT_EQ(QueryTerms("\"'; DROP TABLE documents; --"), (std::vector<std::string>{"drop", "table", "documents"}));
  EXPECT_EQ(QueryTerms("a b c d e f g h i j", 3).size(), 3u);
  EXPECT_TRUE(QueryTerms("  ,;  ").empty());
}

}  // namespace
}  // namespace eduims::documents
