#include "documents/markdown.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

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
      "[x](java&#115;cript:alert(1))",
      "[x](java&#x09;script:alert(1))",
      "[x](<java\tscript:alert(1)>)",
      "[x]: javascript:alert(1)\n\n[click][x]",
      "![x](data:text/html,<script>alert(1)</script>)",
      "[x](\"onmouseover=alert(1))",
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
  EXPECT_EQ(RenderMarkdown("<javascript:alert(1)>"), "<p><a href=\"\">javascript:alert(1)</a></p>\n");
  // What is kept is kept whole: relative and mail links, raster images as data, titles and alt text escaped.
  EXPECT_EQ(RenderMarkdown("[a](/docs?a=1&b=2 \"T\\\"x\") [m](mailto:qa@moet.gov.vn) ![Sơ *đồ*](data:image/png;base64,AA)"),
            "<p><a href=\"/docs?a=1&amp;b=2\" title=\"T&quot;x\">a</a> <a href=\"mailto:qa@moet.gov.vn\">m</a> "
            "<img src=\"data:image/png;base64,AA\" alt=\"Sơ đồ\" /></p>\n");
  // A URL's quotes, spaces and non-ASCII letters are percent-encoded, so it cannot leave its attribute.
  EXPECT_EQ(RenderMarkdown("[x](<a\"b c/Sơn>)"), "<p><a href=\"a%22b%20c/S%C6%A1n\">x</a></p>\n");
}

TEST(Markdown, EntitiesAndNulAreDecodedSafely) {
  EXPECT_EQ(RenderMarkdown("&#233; &#0; &copy; a&b &lt;script&gt;"),
            "<p>é \xEF\xBF\xBD &copy; a&amp;b &lt;script&gt;</p>\n");
  EXPECT_EQ(MarkdownText("&#233;&copy;&lt;"), "é©<\n");
  EXPECT_EQ(MarkdownBlocks("&lt;b&gt; &amp;")[0].markup, "&lt;b&gt; &amp;");
}

// Inputs that made other CommonMark parsers quadratic or exhaust their stack (cmark's pathological tests,
// CVE-2023-22486), each at the size limit. cmark 0.30.2 took about a minute on the first one on this machine;
// md4c is linear, and the renderers keep their nesting in explicit stacks.
TEST(Markdown, PathologicalInputsAtTheSizeLimitRenderInBoundedTime) {
  auto repeat = [](std::string_view unit, size_t size = kMaxMarkdown) {
    std::string out;
    while (out.size() + unit.size() <= size) out += unit;
    return out;
  };
  std::string backticks, nested_lists, brackets;
  for (size_t i = 1; backticks.size() + i + 1 <= kMaxMarkdown; ++i) backticks += "e" + std::string(i, '`');
  for (size_t i = 0; nested_lists.size() + 2 * i + 4 <= kMaxMarkdown; ++i) nested_lists += std::string(2 * i, ' ') + "* a\n";
  brackets = std::string(kMaxMarkdown / 2 - 1, '[') + "a" + std::string(kMaxMarkdown / 2 - 1, ']');
  const std::vector<std::pair<const char*, std::string>> inputs = {
      {"![[]() repeated (CVE-2023-22486)", repeat("![[]()")},
      {"nested strong and emphasis", repeat("*a **a ", kMaxMarkdown / 2) + "b" + repeat(" a** a*", kMaxMarkdown / 2 - 1)},
      {"emphasis openers without closers", repeat("_a ")},
      {"emphasis closers without openers", repeat("a_ ")},
      {"mismatched openers and closers", repeat("*a_ ")},
      {"closers in multiples of 3", "a**b" + repeat("c* ", kMaxMarkdown - 4)},
      {"link openers without closers", repeat("[a")},
      {"link closers without openers", repeat("a]")},
      {"a run of [", repeat("[")},
      {"nested brackets", brackets},
      {"[ (]( repeated", repeat("[ (](")},
      {"link openers and emphasis closers", repeat("[ a_")},
      {"unclosed links in <>", repeat("[a](<b")},
      {"unclosed links", repeat("[a](b")},
      {"a run of backticks", repeat("`")},
      {"backtick runs of growing length", backticks},
      {"nested block quotes", repeat("> ")},
      {"block quotes holding lists", repeat("> - ")},
      {"deeply nested lists", nested_lists},
      {"unclosed HTML comments", "</" + repeat("<!--", kMaxMarkdown - 2)},
      {"NUL references", repeat("&#0;")},
  };
  for (const auto& [name, markdown] : inputs) {
    ASSERT_LE(markdown.size(), kMaxMarkdown) << name;
    auto start = std::chrono::steady_clock::now();
    std::string html = RenderMarkdown(markdown);
    std::string text = MarkdownText(markdown);
    auto blocks = MarkdownBlocks(markdown);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // About 0.3 s at most for the three here; quadratic parsing takes tens of seconds.
    EXPECT_LT(seconds, 3.0) << name;
    EXPECT_FALSE(html.empty()) << name;
  }
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
