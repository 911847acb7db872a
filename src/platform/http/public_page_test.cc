#include "platform/http/public_page.h"

#include <gtest/gtest.h>

namespace eduims::http {
namespace {

constexpr PageText kTexts[] = {{"send", "Gửi", "Send"}};

TEST(PublicPage, TextsComeInTheReadersLanguageAndAMissingOneShowsItsKey) {
  EXPECT_EQ(TextOf(kTexts, "send", Language::kVietnamese), "Gửi");
  EXPECT_EQ(TextOf(kTexts, "send", Language::kEnglish), "Send");
  EXPECT_EQ(TextOf(kTexts, "unknown", Language::kEnglish), "unknown");
}

TEST(PublicPage, TheDocumentCarriesItsLanguageAnEscapedTitleAndThePagesOwnParts) {
  std::string html = PublicPageHtml(Language::kEnglish, "A & <B>", "p{color:red}", "<p>Hi</p>",
                                    "<meta name=\"referrer\" content=\"no-referrer\">");
  EXPECT_EQ(html,
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            "content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><meta "
            "name=\"referrer\" content=\"no-referrer\"><title>A &amp; &lt;B&gt;</title><style>p{color:red}</style>"
            "</head><body><p>Hi</p></body></html>\n");
  EXPECT_NE(PublicPageHtml(Language::kVietnamese, "T", "", "").find("<html lang=\"vi\">"), std::string::npos);
}

}  // namespace
}  // namespace eduims::http
