#include "platform/files/media_type.h"

#include <gtest/gtest.h>

#include <fstream>

#include "platform/files/text_extract.h"
#include "test_files.h"

namespace eduims::files {
namespace {

std::filesystem::path Write(const std::string& bytes) {
  static int n = 0;
  auto path = std::filesystem::temp_directory_path() / ("eduims-media-test-" + std::to_string(++n));
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::optional<std::string> TypeOf(const std::string& bytes) {
  auto path = Write(bytes);
  auto type = DetectMediaType(path);
  std::filesystem::remove(path);
  if (!type) return std::nullopt;
  return type->name;
}

TEST(DetectMediaType, ReadsTheTypeFromTheBytes) {
  EXPECT_EQ(TypeOf(testing::TinyPng()), "image/png");
  EXPECT_EQ(TypeOf(testing::PdfWith("x")), "application/pdf");
  EXPECT_EQ(TypeOf("\xff\xd8\xff\xe0 jfif"), "image/jpeg");
  EXPECT_EQ(TypeOf("GIF89a......"), "image/gif");
  EXPECT_EQ(TypeOf(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)), "image/webp");
  EXPECT_EQ(TypeOf(testing::DocxWith({"a"})),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(TypeOf(testing::ZipOf({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}})),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(TypeOf(testing::ZipOf({{"[Content_Types].xml", "<Types/>"}, {"ppt/presentation.xml", "<p/>"}})),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");
}

TEST(DetectMediaType, RefusesEverythingElse) {
  EXPECT_FALSE(TypeOf(std::string("MZ\x90\0 an executable", 17)));
  EXPECT_FALSE(TypeOf("<html><script>alert(1)</script>"));
  EXPECT_FALSE(TypeOf("plain text"));
  EXPECT_FALSE(TypeOf(""));
  EXPECT_FALSE(TypeOf(testing::ZipOf({{"payload.exe", "MZ"}})));             // a plain ZIP
  EXPECT_FALSE(TypeOf(testing::ZipOf({{"word/document.xml", "<w:document/>"}})));  // no content types part
  EXPECT_FALSE(TypeOf("PK\x03\x04 a broken archive"));
}

std::string NameOr(std::string_view requested, const MediaType& type) {
  auto result = AcceptedFileName(requested, type);
  if (auto* p = std::get_if<Problem>(&result)) return p->code + "|" + p->field;
  return std::get<std::string>(result);
}

TEST(AcceptedFileName, KeepsGoodNamesAndRefusesLies) {
  MediaType pdf{"application/pdf", "pdf", "PDF"};
  MediaType jpeg{"image/jpeg", "jpg", "JPEG"};
  EXPECT_EQ(NameOr("Biên bản họp.PDF", pdf), "Biên bản họp.PDF");
  EXPECT_EQ(NameOr("  C:\\fakepath\\quy-trinh.pdf ", pdf), "quy-trinh.pdf");
  EXPECT_EQ(NameOr("../../etc/passwd.pdf", pdf), "passwd.pdf");
  EXPECT_EQ(NameOr("bao-cao", pdf), "bao-cao.pdf");
  EXPECT_EQ(NameOr("anh.jpeg", jpeg), "anh.jpeg");
  EXPECT_EQ(NameOr("report.exe", pdf), "files.type_mismatch|");
  EXPECT_EQ(NameOr("photo.png", jpeg), "files.type_mismatch|");
  EXPECT_EQ(NameOr("", pdf), "validation.invalid_value|file_name");
  EXPECT_EQ(NameOr("a\nb.pdf", pdf), "validation.invalid_value|file_name");
  EXPECT_EQ(NameOr("folder/", pdf), "validation.invalid_value|file_name");
  EXPECT_EQ(NameOr(std::string(300, 'a') + ".pdf", pdf), "validation.invalid_value|file_name");
}

TEST(ExtractText, ReadsPdfAndDocxTextAndNothingFromOtherTypes) {
  auto pdf = Write(testing::PdfWith("Giáo dục đào tạo tỉnh Sơn La"));
  EXPECT_NE(ExtractText(pdf, "application/pdf").find("Giáo dục đào tạo tỉnh Sơn La"), std::string::npos);
  auto docx = Write(testing::DocxWith({"Kế hoạch &amp; báo cáo", "Đoạn hai"}));
  EXPECT_EQ(ExtractText(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "Kế hoạch & báo cáo x\nĐoạn hai x\n");
  EXPECT_EQ(ExtractText(docx, "image/png"), "");
  auto broken = Write("%PDF-1.7 then nothing");
  EXPECT_EQ(ExtractText(broken, "application/pdf"), "");
  for (const auto& p : {pdf, docx, broken}) std::filesystem::remove(p);
}

TEST(WordprocessingText, DecodesEntitiesAndStopsAtTheLimit) {
  EXPECT_EQ(WordprocessingText("<w:p><w:t>&#x110;&#7857;ng &lt;x&gt;</w:t></w:p><w:tbl/>", 100), "Đằng <x>\n");
  EXPECT_EQ(WordprocessingText("<w:p><w:t>ạạạạ</w:t></w:p>", 7), "ạạ");
}

}  // namespace
}  // namespace eduims::files
