#include "documents/markdown.h"

#include <gtest/gtest.h>

namespace eduims::documents {
namespace {

TEST(Markdown, RendersCommonMarkWithVietnameseText) {
  std::string html = RenderMarkdown("# Quy trình tuyển sinh\n\n**Mục đích:** đảm bảo *công bằng*.\n\n- Bước 1\n- Bước 2\n");
  EXPECT_NE(html.find("<h1>Quy trình tuyển sinh</h1>"), std::string::npos);
  EXPECT_NE(html.find("<strong>Mục đích:</strong>"), std::string::npos);
  EXPECT_NE(html.find("<li>Bước 2</li>"), std::string::npos);
}

TEST(Markdown, StripsScriptsHandlersAndUnsafeUrls) {
  const char* attacks[] = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<a href=\"#\" onclick=\"steal()\">x</a>",
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      "[click](vbscript:msgbox)",
      "![x](data:text/html;base64,PHNjcmlwdD4=)",
      "<iframe src=\"https://evil.example\"></iframe>",
      "<div style=\"background:url(javascript:alert(1))\">x</div>",
      "[x](file:///etc/passwd)",
  };
  for (const char* attack : attacks) {
    std::string html = RenderMarkdown(attack);
    EXPECT_EQ(html.find("<script"), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("onerror"), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("onclick"), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("javascript:"), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("JaVaScRiPt:"), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("vbscript:"), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("data:text/html"), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("<iframe"), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("style="), std::string::npos) << attack << " -> " << html;
    EXPECT_EQ(html.find("file:"), std::string::npos) << attack << " -> " << html;
  }
  EXPECT_NE(RenderMarkdown("[ok](https://moet.gov.vn)").find("href=\"https://moet.gov.vn\""), std::string::npos);
}

TEST(Markdown, PlainTextForSearch) {
  std::string text = MarkdownText("# Giáo dục\n\nĐào **tạo** [Sơn La](https://x.vn) `QT-07`");
  EXPECT_NE(text.find("Giáo dục"), std::string::npos);
  EXPECT_NE(text.find("tạo"), std::string::npos);
  EXPECT_NE(text.find("Sơn La"), std::string::npos);
  EXPECT_NE(text.find("QT-07"), std::string::npos);
  EXPECT_EQ(text.find("**"), std::string::npos);
  EXPECT_EQ(text.find("https"), std::string::npos);
}

TEST(Markdown, BlocksForPdf) {
  auto blocks = MarkdownBlocks(
      "# Mục đích\n\nĐào **tạo** & *học* `QT-07` <script>x</script>\n\n1. Một\n   - Con\n2. Hai\n\n> Trích\n\n---\n\n"
      "```\na < b\n```\n\n<div>raw</div>\n");
  using K = pdf::Block::Kind;
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[0].kind, K::kHeading1);
  EXPECT_EQ(blocks[0].markup, "Mục đích");
  EXPECT_EQ(blocks[1].kind, K::kParagraph);
  EXPECT_EQ(blocks[1].markup, "Đào <b>tạo</b> &amp; <i>học</i> <tt>QT-07</tt> x");
  EXPECT_EQ(blocks[2].kind, K::kListItem);
  EXPECT_EQ(blocks[2].marker, "1.");
  EXPECT_EQ(blocks[2].indent, 0);
  EXPECT_EQ(blocks[3].marker, "•");
  EXPECT_EQ(blocks[3].indent, 1);
  EXPECT_EQ(blocks[4].marker, "2.");
  EXPECT_EQ(blocks[5].kind, K::kQuote);
  EXPECT_EQ(blocks[6].kind, K::kRule);
  EXPECT_EQ(blocks[7].kind, K::kCode);
  EXPECT_EQ(blocks[7].markup, "a &lt; b");
}

// Found by running fuzz/markdown_fuzz.cc on deeply nested input: the PDF's blocks were built by recursion, a call
// per level of nesting, so a revision of 400,000 ">" (within the 500,000 characters a revision may hold) overflowed
// the stack and killed the server on export.
TEST(Markdown, NestingAsDeepAsARevisionMayHoldKeepsItsText) {
  for (std::string level : {">", "- ", "1. "}) {
    std::string markdown;
    while (markdown.size() < 400000) markdown += level;
    markdown += "sâu";
    auto blocks = MarkdownBlocks(markdown);
    ASSERT_EQ(blocks.size(), 1u) << level;
    EXPECT_EQ(blocks[0].markup, "sâu") << level;
    EXPECT_NE(MarkdownText(markdown).find("sâu"), std::string::npos) << level;
  }
  std::string emphasis = std::string(200000, '*') + "x" + std::string(200000, '*');
  auto blocks = MarkdownBlocks(emphasis);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].markup.substr(0, 6), "<b><b>");
  EXPECT_NE(blocks[0].markup.find("x</b>"), std::string::npos);
}

}  // namespace
}  // namespace eduims::documents
