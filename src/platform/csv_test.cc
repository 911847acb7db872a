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

TEST(Csv, ReportsMalformedQuoting) {
  EXPECT_TRUE(ParseCsv("a,\"open\n").error);
  EXPECT_TRUE(ParseCsv("a,\"x\"y\n").error);
  EXPECT_TRUE(ParseCsv("a,b\"c\n").error);
}

TEST(Csv, LimitsRecordCount) {
  EXPECT_TRUE(ParseCsv("a\nb\nc\n", 2).error);
}

}  // namespace
}  // namespace eduims
