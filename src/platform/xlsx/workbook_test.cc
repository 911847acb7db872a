#include "platform/xlsx/workbook.h"

#include <gtest/gtest.h>

#include "readers.h"

namespace eduims::xlsx {
namespace {

TEST(Workbook, ColumnNamesRunLikeASpreadsheets) {
  EXPECT_EQ(ColumnName(0), "A");
  EXPECT_EQ(ColumnName(25), "Z");
  EXPECT_EQ(ColumnName(26), "AA");
  EXPECT_EQ(ColumnName(701), "ZZ");
  EXPECT_EQ(ColumnName(702), "AAA");
}

TEST(Workbook, TextIsEscapedAndForbiddenCharactersDropped) {
  EXPECT_EQ(XmlText("a < b & \"c\" > 'd'"), "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;");
  EXPECT_EQ(XmlText(std::string("dòng 1\ndòng\t2\x01\x1f")), "dòng 1\ndòng\t2");
}

TEST(Workbook, SheetNamesAreOnesExcelAccepts) {
  auto names = SheetNames({"Khoảng cách: 7.1/7.2 [ISO]?", "", "Tổng quan", "TỔNG QUAN",
                           "Một tên rất dài hơn ba mươi mốt ký tự của một trang tính"});
  ASSERT_EQ(names.size(), 5u);
  EXPECT_EQ(names[0], "Khoảng cách 7.17.2 ISO");
  EXPECT_EQ(names[1], "Sheet 2");
  EXPECT_EQ(names[2], "Tổng quan");
  // Excel compares names without regard to case, Vietnamese letters included.
  EXPECT_EQ(names[3], "TỔNG QUAN (2)");
  EXPECT_EQ(names[4], "Một tên rất dài hơn ba mươi mốt");
  auto same = SheetNames({"Gaps", "gaps"});
  EXPECT_EQ(same[1], "gaps (2)");
}

TEST(Workbook, OpenpyxlReadsWhatWasWritten) {
  Workbook book;
  book.title = "Phân tích khoảng cách — ISO 21001:2018";
  book.created = "2026-11-23T08:30:00.000Z";
  Sheet clauses;
  clauses.name = "Điều khoản";
  clauses.header = {"Điều", "Tiêu đề", "Mức độ (%)", "Ghi chú"};
  clauses.widths = {8, 40, 12, 30};
  clauses.rows = {{std::string("7.1.2"), std::string("Nguồn nhân lực"), 80.0, std::string("Có <kế hoạch> & hồ sơ")},
                  {std::string("8.5.1"), std::string("Kiểm soát"), 0.0, std::monostate{}},
                  {std::string("10.3"), std::string("dòng 1\ndòng 2"), 37.5, std::string("")}};
  Sheet summary;
  summary.name = "Tổng quan";
  summary.rows = {{std::string("Tổng"), 61.0}};
  book.sheets = {clauses, summary};
  auto seen = testing::ReadXlsx(Write(book).ReadAll());
  ASSERT_TRUE(seen.is_object());
  EXPECT_EQ(seen.at("title").as_string(), book.title);
  EXPECT_EQ(seen.at("creator").as_string(), "EduIMS");
  const auto& sheets = seen.at("sheets").as_array();
  ASSERT_EQ(sheets.size(), 2u);
  const auto& first = sheets[0].as_object();
  EXPECT_EQ(first.at("name").as_string(), "Điều khoản");
  EXPECT_EQ(first.at("frozen").as_string(), "A2");
  EXPECT_EQ(first.at("widths").at("B").to_number<double>(), 40.0);
  EXPECT_TRUE(first.at("header_bold").as_array()[0].as_bool());
  const auto& rows = first.at("rows").as_array();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].as_array()[2].as_string(), "Mức độ (%)");
  EXPECT_EQ(rows[1].as_array()[3].as_string(), "Có <kế hoạch> & hồ sơ");
  EXPECT_EQ(rows[1].as_array()[2].to_number<double>(), 80.0);
  EXPECT_TRUE(rows[2].as_array()[3].is_null());
  EXPECT_EQ(rows[3].as_array()[1].as_string(), "dòng 1\ndòng 2");
  EXPECT_EQ(rows[3].as_array()[2].to_number<double>(), 37.5);
  EXPECT_EQ(sheets[1].at("rows").as_array()[0].as_array()[1].to_number<double>(), 61.0);
  EXPECT_TRUE(sheets[1].at("frozen").is_null());
}

TEST(Workbook, DatesAreRealDateCellsAndSheetsPrintOnA4WithTheirHeaderOnEveryPage) {
  using namespace std::chrono;
  EXPECT_EQ(SerialNumber({year(1900) / March / 1, minutes(0)}), 61.0);  // Excel's serial, after its 1900 leap day
  EXPECT_EQ(SerialNumber({year(2026) / November / 23, minutes(15 * 60 + 30)}), 46349.0 + 15.5 / 24);
  Workbook book;
  book.created = "2026-11-23T08:30:00.000Z";
  book.date_time_format = "dd/mm/yyyy hh:mm";
  Sheet gaps;
  gaps.name = "Khoảng cách's";
  gaps.header = {"Điều", "Lập lúc"};
  gaps.rows = {{std::string("7.1"), DateTime{year(2026) / November / 23, minutes(15 * 60 + 30)}}};
  gaps.landscape = true;
  gaps.fit_to_width = true;
  Sheet plain;
  plain.name = "Tổng quan";
  plain.rows = {{std::string("Tổng"), 61.0}};
  book.sheets = {gaps, plain};
  auto seen = testing::ReadXlsx(Write(book).ReadAll());
  ASSERT_TRUE(seen.is_object());
  const auto& first = seen.at("sheets").as_array()[0];
  EXPECT_EQ(first.at("rows").as_array()[1].as_array()[1].as_string(), "2026-11-23 15:30:00");
  EXPECT_EQ(first.at("date_formats").at("B2").as_string(), "dd/mm/yyyy hh:mm");
  const auto& print = first.at("print");
  EXPECT_EQ(print.at("paper_size").as_int64(), 9);  // A4
  EXPECT_EQ(print.at("orientation").as_string(), "landscape");
  EXPECT_TRUE(print.at("fit_to_page").as_bool());
  EXPECT_EQ(print.at("fit_to_width").as_int64(), 1);
  EXPECT_EQ(print.at("fit_to_height").as_int64(), 0);
  EXPECT_EQ(print.at("title_rows").as_string(), "$1:$1");
  const auto& second = seen.at("sheets").as_array()[1].at("print");
  EXPECT_EQ(second.at("orientation").as_string(), "portrait");
  EXPECT_FALSE(second.at("fit_to_page").as_bool());
  EXPECT_TRUE(second.at("title_rows").is_null());
}

TEST(Workbook, NeedsASheet) { EXPECT_THROW(Write(Workbook{}), std::invalid_argument); }

}  // namespace
}  // namespace eduims::xlsx
