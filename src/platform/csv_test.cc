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

TEST(Csv, CellsAFormulaCouldStartWithAreNeutralised) {
  // The title a tester gave a record (issue 23): a spreadsheet would run it as a formula.
  EXPECT_EQ(CsvCell("@SUM(1+1)*cmd|' /C calc'!A0"), "'@SUM(1+1)*cmd|' /C calc'!A0");
  EXPECT_EQ(CsvCell("=HYPERLINK(\"http://evil.example\")"), "\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
  EXPECT_EQ(CsvCell("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0");
  EXPECT_EQ(CsvCell("-2+3"), "'-2+3");
  EXPECT_EQ(CsvCell("\t=1+1"), "'\t=1+1");
  EXPECT_EQ(CsvCell("\r=1+1"), "\"'\r=1+1\"");
  EXPECT_EQ(CsvCell("=1,2"), "\"'=1,2\"");
  // Plain numbers stay numbers; text that merely holds these characters later is left alone.
  for (const char* number : {"-5", "+5", "-3.25", "+.5", "-1e3", "-2E-4", "42", "2026-01-01"})
    EXPECT_EQ(CsvCell(number), number);
  for (const char* almost : {"-", "+", "-.", "-e3", "-5x", "-1e", "--5"})
    EXPECT_EQ(CsvCell(almost), "'" + std::string(almost));
  EXPECT_EQ(CsvCell("a=b"), "a=b");
  EXPECT_EQ(CsvCell("1e"), "1e");
  EXPECT_EQ(CsvCell(""), "");
}

TEST(Csv, LinesReadBackAsWritten) {
  std::vector<std::string> cells = {"QT-07", "@SUM(1+1)", "-5", "Trường \"Chuyên\", Sơn La", "hai\ndòng", ""};
  std::string line = CsvLine(cells);
  EXPECT_EQ(line.substr(line.size() - 2), "\r\n");
  auto parsed = ParseCsv(line);
  ASSERT_FALSE(parsed.error);
  ASSERT_EQ(parsed.records.size(), 1u);
  std::vector<std::string> read = parsed.records[0].fields;
  EXPECT_EQ(read[1], "'@SUM(1+1)");
  for (std::string& field : read) field = UnguardedCsvCell(field);
  EXPECT_EQ(read, cells);
}

TEST(Csv, OnlyTheGuardCsvCellAddsIsTakenOffOnReading) {
  for (const char* text : {"=A1", "- Tiêu chí 1", "@x", "+cmd", "\t=1", "-", "-5x"})
    EXPECT_EQ(UnguardedCsvCell(CsvCell(text)), text);
  // An apostrophe the author typed stays: before a plain number, before text, alone.
  for (const char* typed : {"'-5", "'42", "'abc", "'", "''=A", ""}) EXPECT_EQ(UnguardedCsvCell(typed), typed);
}

}  // namespace
}  // namespace eduims
