#include "platform/csv.h"

#include <gtest/gtest.h>

namespace eduims {
namespace {

TEST(Csv, ParsesQuotedFieldsBomAndCrlf) {
  auto parsed = ParseCsv("\xEF\xBB\xBF" "code,name\r\nTHPT-01,\"Trường THPT \"\"Chuyên\"\", Sơn La\"\r\n\r\nX,\"two\nlines\"\n");
  ASSERT_FALSE(parsed.error);
  ASSERT_EQ(parsed.records.size(), 3u);
  EXPECT_EQ(parsed.records[0].fields, (std::vector<std::string>{"code", "name"}));
  EXPECT_EQ(parsed.records[1].fields[1], "Trường THPT \"Chuyên\", Sơn La");
  EXPECT_EQ(parsed.records[1].line, 2);
  EXPECT_EQ(parsed.records[2].fields[1], "two\nlines");
  EXPECT_EQ(parsed.records[2].line, 4);
}

TEST(Csv, EmptyTrailingFieldIsKept) {
  auto parsed = ParseCsv("a,b,\n");
  ASSERT_EQ(parsed.records.size(), 1u);
  EXPECT_EQ(parsed.records[0].fields.size(), 3u);
}

// Each failure names its reason (a key of the message glossary) and the line it happened on.
void ExpectError(const CsvParse& parsed, const std::string& reason, int line) {
  EXPECT_EQ(parsed.error.value_or(""), reason);
  EXPECT_EQ(parsed.error_line, line);
}

TEST(Csv, ReportsMalformedQuoting) {
  ExpectError(ParseCsv("a,b\nc,\"open\n"), "csv_unterminated_quote", 2);
  ExpectError(ParseCsv("a,\"x\"y\n"), "csv_text_after_quote", 1);
  ExpectError(ParseCsv("a\nb\"c\n"), "csv_quote_in_field", 2);
}

TEST(Csv, LimitsRecordCount) { ExpectError(ParseCsv("a\nb\nc\n", 2), "csv_too_many_records", 3); }

}  // namespace
}  // namespace eduims
