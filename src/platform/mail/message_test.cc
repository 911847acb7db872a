#include "platform/mail/message.h"

#include <gtest/gtest.h>
#include <sodium.h>

namespace eduims::mail {
namespace {

std::string Decode(const std::string& base64) {
  std::string out(base64.size(), '\0');
  size_t length = 0;
  EXPECT_EQ(sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), base64.data(), base64.size(),
                              "\r\n", &length, nullptr, sodium_base64_VARIANT_ORIGINAL),
            0);
  out.resize(length);
  return out;
}

// The text of encoded words "=?UTF-8?B?...?=" joined by CRLF SP.
std::string DecodeWords(const std::string& header) {
  std::string out;
  size_t at = 0;
  while ((at = header.find("=?UTF-8?B?", at)) != std::string::npos) {
    size_t end = header.find("?=", at + 10);
    out += Decode(header.substr(at + 10, end - at - 10));
    at = end + 2;
  }
  return out;
}

TEST(MailMessage, ALongVietnameseSubjectIsSplitIntoEncodedWordsBetweenCharacters) {
  std::string subject =
      "Sự không phù hợp quá hạn: Hồ sơ tuyển sinh lớp 10 thiếu minh chứng về điều kiện đảm bảo chất lượng";
  std::string header = EncodeHeaderText(subject);
  EXPECT_EQ(DecodeWords(header), subject);
  size_t start = 0;
  while (start < header.size()) {
    size_t end = header.find("\r\n ", start);
    std::string word = header.substr(start, end == std::string::npos ? std::string::npos : end - start);
    EXPECT_LE(word.size(), 75u) << word;
    // Each word decodes on its own to whole characters.
    std::string text = DecodeWords(word);
    EXPECT_FALSE(text.empty());
    EXPECT_NE(static_cast<unsigned char>(text[0]) & 0xC0, 0x80u);
    start = end == std::string::npos ? header.size() : end + 3;
  }
}

TEST(MailMessage, LineBreaksTypedIntoASubjectCannotStartAHeader) {
  std::string header = EncodeHeaderText("x\r\nBcc: victim@example.com");
  EXPECT_EQ(header.find('\n'), std::string::npos);
  EXPECT_EQ(DecodeWords(header), "x\r\nBcc: victim@example.com");
  EXPECT_EQ(EncodeHeaderText(""), "");
  std::string not_utf8(100, '\x80');
  EXPECT_EQ(DecodeWords(EncodeHeaderText(not_utf8)), not_utf8);
}

TEST(MailMessage, TheMessageCarriesItsHeadersAndABase64BodyWithCrlfLines) {
  Mail mail{"hieutruong@example.vn", "Quá hạn", "Dòng một\nDòng hai có dấu chấm:\n.\n"};
  std::string text = FormatMessage(mail, "EduIMS <eduims@example.vn>", "Thu, 03 Dec 2026 17:00:00 +0000", "1.2@eduims");
  EXPECT_NE(text.find("From: EduIMS <eduims@example.vn>\r\n"), std::string::npos);
  EXPECT_NE(text.find("To: hieutruong@example.vn\r\n"), std::string::npos);
  EXPECT_NE(text.find("Message-ID: <1.2@eduims>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  size_t body_at = text.find("\r\n\r\n");
  ASSERT_NE(body_at, std::string::npos);
  std::string body = text.substr(body_at + 4);
  for (size_t at = 0; at < body.size();) {
    size_t end = body.find("\r\n", at);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - at, 76u);
    EXPECT_NE(body[at], '.');  // no line of the data can end it early
    at = end + 2;
  }
  EXPECT_EQ(Decode(body), "Dòng một\r\nDòng hai có dấu chấm:\r\n.\r\n");
  EXPECT_EQ(text.find('\n', 0) - 1, text.find("\r\n"));
}

TEST(MailMessage, DatesAreWrittenTheWayRfc5322Wants) {
  EXPECT_EQ(MailDate("2026-12-03T17:05:09Z"), "Thu, 03 Dec 2026 17:05:09 +0000");
  EXPECT_EQ(MailDate("2024-02-29T00:00:00.123Z"), "Thu, 29 Feb 2024 00:00:00 +0000");
  EXPECT_EQ(MailDate("not a time"), "");
}

}  // namespace
}  // namespace eduims::mail
