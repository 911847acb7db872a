#include "frameworks/framework_file.h"

#include <gtest/gtest.h>

namespace eduims::frameworks {
namespace {

std::string CodeOf(const std::string& text, FileFormat format) {
  try {
    ReadNodes(text, format);
  } catch (const ProblemError& e) {
    return e.problem().code;
  }
  return "";
}

const char* kCsv =
    "number,parent,type,title_vi,title_en,evidence_vi,evidence_en\r\n"
    "1,,standard,\"Mục tiêu, chiến lược\",\"Goals, strategy\",,\r\n"
    "1.1,1,criterion,Tầm nhìn,Vision,Nghị quyết,Resolution\r\n";

TEST(FrameworkFile, CsvAndJsonReadTheSameRows) {
  FileRows<NodeRow> csv = ReadNodes(kCsv, FileFormat::kCsv);
  ASSERT_TRUE(csv.errors.empty());
  ASSERT_EQ(csv.rows.size(), 2u);
  EXPECT_EQ(csv.rows[0].row, 2);
  EXPECT_EQ(csv.rows[0].title_vi, "Mục tiêu, chiến lược");
  EXPECT_EQ(csv.rows[1].parent, "1");
  EXPECT_EQ(csv.rows[1].evidence_en, "Resolution");
  FileRows<NodeRow> json = ReadNodes(
      R"({"nodes":[{"number":"1","type":"standard","title_vi":"Mục tiêu, chiến lược",
        "title_en":"Goals, strategy"},
        {"number":" 1.1 ","parent":"1","type":"criterion","title_vi":"Tầm nhìn","title_en":"Vision",
         "evidence_vi":"Nghị quyết","evidence_en":"Resolution"}]})",
      FileFormat::kJson);
  ASSERT_TRUE(json.errors.empty());
  ASSERT_EQ(json.rows.size(), 2u);
  EXPECT_EQ(json.rows[1].row, 2);
  EXPECT_EQ(json.rows[1].number, "1.1");
  EXPECT_EQ(WriteNodes(json.rows, FileFormat::kCsv), kCsv);
}

TEST(FrameworkFile, WhatIsWrittenReadsBackTheSameInEitherFormat) {
  FileRows<NodeRow> csv = ReadNodes(kCsv, FileFormat::kCsv);
  for (FileFormat format : {FileFormat::kCsv, FileFormat::kJson}) {
    FileRows<NodeRow> back = ReadNodes(WriteNodes(csv.rows, format), format);
    ASSERT_EQ(back.rows.size(), csv.rows.size());
    for (size_t i = 0; i < back.rows.size(); ++i) {
      EXPECT_EQ(WriteNodes({back.rows[i]}, FileFormat::kCsv), WriteNodes({csv.rows[i]}, FileFormat::kCsv));
    }
  }
}

TEST(FrameworkFile, AJsonRowWithAnUnknownKeyOrANonTextValueIsAFaultOfThatRow) {
  FileRows<NodeRow> read = ReadNodes(
      R"({"nodes":[{"number":"1","type":"standard","title_vi":"A","title_en":"A","weight":"2"},
        {"number":2,"type":"standard","title_vi":"B","title_en":"B"}]})",
      FileFormat::kJson);
  ASSERT_EQ(read.errors.size(), 2u);
  EXPECT_EQ(read.errors[0].code, "validation.unknown_field");
  EXPECT_EQ(read.errors[0].field, "weight");
  EXPECT_EQ(read.errors[0].params.at("row"), "1");
  EXPECT_EQ(read.errors[1].code, "validation.wrong_type");
  EXPECT_EQ(read.errors[1].params.at("row"), "2");
}

TEST(FrameworkFile, AFileThatIsNotAFrameworkIsRefusedWhole) {
  EXPECT_EQ(CodeOf("number,type,title_vi,title_en,weight\n1,standard,A,A,2\n", FileFormat::kCsv), "import.bad_header");
  EXPECT_EQ(CodeOf("number,type,title_vi\n1,standard,A\n", FileFormat::kCsv), "import.bad_header");
  EXPECT_EQ(CodeOf("number,type,title_vi,title_en\n", FileFormat::kCsv), "import.empty");
  EXPECT_EQ(CodeOf("{\"nodes\": ", FileFormat::kJson), "request.malformed_json");
  EXPECT_EQ(CodeOf("{\"nodes\": []}", FileFormat::kJson), "import.empty");
  EXPECT_EQ(CodeOf("{\"nodes\": [], \"extra\": 1}", FileFormat::kJson), "validation.unknown_field");
  EXPECT_EQ(CodeOf("[]", FileFormat::kJson), "validation.wrong_type");
  EXPECT_EQ(CodeOf("{\"nodes\": [1]}", FileFormat::kJson), "validation.wrong_type");
  EXPECT_EQ(CodeOf("{}", FileFormat::kJson), "validation.missing_field");
}

TEST(FrameworkFile, TheFormatComesFromItsNameOrTheContentType) {
  EXPECT_EQ(ParseFileFormat("csv"), FileFormat::kCsv);
  EXPECT_EQ(ParseFileFormat("xml"), std::nullopt);
  EXPECT_EQ(FormatOfContentType("text/csv; charset=utf-8"), FileFormat::kCsv);
  EXPECT_EQ(FormatOfContentType("application/json"), FileFormat::kJson);
  EXPECT_EQ(FormatOfContentType("text/plain"), std::nullopt);
}

}  // namespace
}  // namespace eduims::frameworks
