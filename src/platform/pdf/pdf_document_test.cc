#include "platform/pdf/pdf_document.h"

#include <gtest/gtest.h>

#include "platform/files/media_type.h"
#include "platform/files/text_extract.h"
#include "platform/escape.h"

namespace eduims::pdf {
namespace {

std::filesystem::path TempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("eduims-pdf-test-" + name + ".pdf");
}

TEST(RenderPdf, WritesVietnameseTextAndPageXOfYOnEveryPage) {
  std::vector<Block> blocks{{Block::Kind::kTitle, EscapeXml("Quy trình đánh giá nội bộ")},
                            {Block::Kind::kHeading1, "1. " + EscapeXml("Mục đích")}};
  for (int i = 0; i < 120; ++i)
    blocks.push_back({Block::Kind::kParagraph,
                      "<b>" + EscapeXml("Giáo dục đào tạo") + "</b> " +
                          EscapeXml("đoạn văn số " + std::to_string(i) + " <không phải thẻ> & ký tự đặc biệt")});
  blocks.push_back({Block::Kind::kListItem, EscapeXml("Mục một"), 0, "•"});
  PageFrame frame{"QT-07 Quy trình", "Lần ban hành 3", "TÀI LIỆU KHÔNG KIỂM SOÁT KHI IN", "Trang {page}/{pages}",
                  "QT-07"};
  auto path = TempPath("vi");
  int pages = RenderPdf(blocks, frame, path);
  EXPECT_GE(pages, 3);
  auto type = files::DetectMediaType(path);
  ASSERT_TRUE(type);
  EXPECT_EQ(type->name, "application/pdf");
  std::string text = files::ExtractText(path, "application/pdf");
  EXPECT_NE(text.find("Quy trình đánh giá nội bộ"), std::string::npos) << text.substr(0, 500);
  EXPECT_NE(text.find("Giáo dục đào tạo"), std::string::npos);
  EXPECT_NE(text.find("<không phải thẻ> & ký tự"), std::string::npos);
  EXPECT_NE(text.find("TÀI LIỆU KHÔNG KIỂM SOÁT KHI IN"), std::string::npos);
  EXPECT_NE(text.find("Trang 1/" + std::to_string(pages)), std::string::npos);
  EXPECT_NE(text.find("Trang " + std::to_string(pages) + "/" + std::to_string(pages)), std::string::npos);
  std::filesystem::remove(path);
}

TEST(RenderPdf, AnEmptyBodyIsOnePageWithItsFrame) {
  auto path = TempPath("empty");
  EXPECT_EQ(RenderPdf({}, {"left", "right", "footer", "{page} of {pages}", "t"}, path), 1);
  EXPECT_NE(files::ExtractText(path, "application/pdf").find("1 of 1"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(RenderPdf, ALongRunningHeaderStaysOnOneLineAboveItsRule) {
  auto path = TempPath("long-header");
  std::string left = "Báo cáo đánh giá nội bộ";
  for (int i = 0; i < 12; ++i) left += " — Trường Trung học phổ thông Chuyên Sơn La";
  left += " cuốicùng";
  RenderPdf({{Block::Kind::kParagraph, EscapeXml("Nội dung")}}, {left, "ĐGNB-2026-01 · 07/12/2026", "f", "{page}", "t"},
            path);
  std::string text = files::ExtractText(path, "application/pdf");
  EXPECT_NE(text.find("Báo cáo đánh giá nội bộ — Trường"), std::string::npos) << text;
  EXPECT_NE(text.find("…"), std::string::npos) << text;           // cut where the line ends,
  EXPECT_EQ(text.find("cuốicùng"), std::string::npos) << text;    // not wrapped onto a second line
  EXPECT_NE(text.find("ĐGNB-2026-01 · 07/12/2026"), std::string::npos) << text;  // the right part whole
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace eduims::pdf
