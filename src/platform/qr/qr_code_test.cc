#include "platform/qr/qr_code.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <utility>

namespace eduims::qr {
namespace {

// The 7×7 finder pattern: a dark ring, a light ring, a dark 3×3 centre.
bool FinderAt(const QrCode& code, int top, int left) {
  for (int r = 0; r < 7; ++r)
    for (int c = 0; c < 7; ++c) {
      bool ring = r == 0 || r == 6 || c == 0 || c == 6;
      bool centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
      if (code.dark(top + r, left + c) != (ring || centre)) return false;
    }
  return true;
}

TEST(QrCode, ASurveyLinkBecomesASymbolWithItsFinderAndTimingPatterns) {
  auto code = QrCode::Encode("https://eduims.example/s/K7Q2-M9XD-4TPA");
  ASSERT_TRUE(code.has_value());
  // Version v has 17 + 4v modules a side; 38 bytes at level M need version 3.
  EXPECT_EQ(code->size(), 29);
  int n = code->size();
  EXPECT_TRUE(FinderAt(*code, 0, 0));
  EXPECT_TRUE(FinderAt(*code, 0, n - 7));
  EXPECT_TRUE(FinderAt(*code, n - 7, 0));
  EXPECT_FALSE(FinderAt(*code, n - 7, n - 7));
  for (int i = 8; i < n - 8; ++i) {
    EXPECT_EQ(code->dark(6, i), i % 2 == 0) << "row timing at " << i;
    EXPECT_EQ(code->dark(i, 6), i % 2 == 0) << "column timing at " << i;
  }
  // The dark module every symbol has beside the lower-left finder.
  EXPECT_TRUE(code->dark(n - 8, 8));
}

TEST(QrCode, LongerTextNeedsALargerSymbolAndTooMuchIsRefused) {
  auto small = QrCode::Encode("A");
  auto large = QrCode::Encode(std::string(500, 'x'));
  ASSERT_TRUE(small && large);
  EXPECT_EQ(small->size(), 21);
  EXPECT_GT(large->size(), small->size());
  EXPECT_EQ((large->size() - 17) % 4, 0);
  EXPECT_FALSE(QrCode::Encode("").has_value());
  EXPECT_FALSE(QrCode::Encode(std::string(8000, 'x')).has_value());
}

TEST(QrCode, TheSvgDrawsExactlyTheDarkModulesInsideAQuietZone) {
  auto code = QrCode::Encode("Giáo dục <lớp 10A1>");
  ASSERT_TRUE(code.has_value());
  std::string svg = code->Svg("Mã QR \"lớp 10A1\" & <khảo sát>");
  int side = code->size() + 8;
  EXPECT_NE(svg.find("viewBox=\"0 0 " + std::to_string(side) + " " + std::to_string(side) + "\""), std::string::npos);
  EXPECT_NE(svg.find("<title>Mã QR &quot;lớp 10A1&quot; &amp; &lt;khảo sát&gt;</title>"), std::string::npos);
  std::set<std::pair<int, int>> drawn;
  std::regex run(R"(M(\d+) (\d+)h(\d+)v1h-(\d+)z)");
  std::string path = svg.substr(svg.find(" d=\""));
  for (auto it = std::sregex_iterator(path.begin(), path.end(), run); it != std::sregex_iterator(); ++it) {
    int x = std::stoi((*it)[1]), y = std::stoi((*it)[2]), w = std::stoi((*it)[3]);
    EXPECT_EQ(w, std::stoi((*it)[4]));
    for (int i = 0; i < w; ++i) EXPECT_TRUE(drawn.insert({y - 4, x - 4 + i}).second) << "drawn twice";
  }
  std::set<std::pair<int, int>> dark;
  for (int r = 0; r < code->size(); ++r)
    for (int c = 0; c < code->size(); ++c)
      if (code->dark(r, c)) dark.insert({r, c});
  EXPECT_EQ(drawn, dark);
}

}  // namespace
}  // namespace eduims::qr
