#include "platform/xlsx/reader.h"

#include <gtest/gtest.h>

#include <map>

#include "platform/xlsx/workbook.h"
#include "platform/zip/zip_writer.h"

namespace eduims::xlsx {
namespace {

using Rows = std::vector<std::vector<std::string>>;

const char* kRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
// Two sheets, the second first in tab order; the package names its parts in its own way (x: prefixes, /absolute).
const char* kWorkbook =
    "<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas."
    "openxmlformats.org/officeDocument/2006/relationships\"><x:sheets><x:sheet name=\"B\" sheetId=\"2\" r:id=\"rId2\"/>"
    "<x:sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>";
const char* kWorkbookRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"/xl/worksheets/../worksheets/sheet2.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";

std::string SheetPart(const std::string& data) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
         "spreadsheetml/2006/main\"><sheetData>" + data + "</sheetData></worksheet>";
}

std::string Zip(const std::map<std::string, std::string>& parts) {
  ZipWriter zip;
  for (const auto& [name, content] : parts) zip.Add(name, content);
  return zip.Finish().ReadAll();
}

// A package whose first sheet (sheet2.xml) holds `data`, with the shared strings `sst`.
std::string Package(const std::string& data, const std::string& sst = "<sst/>") {
  return Zip({{"_rels/.rels", kRels},
              {"xl/workbook.xml", kWorkbook},
              {"xl/_rels/workbook.xml.rels", kWorkbookRels},
              {"xl/sharedStrings.xml", sst},
              {"xl/worksheets/sheet1.xml", SheetPart("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row>")},
              {"xl/worksheets/sheet2.xml", SheetPart(data)}});
}

Rows Cells(const SheetRead& read) {
  Rows out;
  for (const SheetRow& row : read.rows) out.push_back(row.cells);
  return out;
}

ReadFailure Failure(const SheetRead& read) {
  EXPECT_TRUE(read.failure.has_value());
  return read.failure.value_or(ReadFailure{});
}

TEST(XlsxReader, ReadsBackWhatTheWriterWroteWithGapsNumbersAndVietnamese) {
  Sheet sheet;
  sheet.name = "nodes";
  sheet.header = {"number", "title_vi", "value"};
  sheet.rows = {{std::string("1.1"), std::string("Cơ cấu tổ chức & \"quản lý\" <trường>"), 95.5},
                {std::string("1.2"), std::monostate{}, 0.1},
                {std::monostate{}, std::monostate{}, std::monostate{}},
                {std::string("2"), std::string("Dòng 1\nDòng 2"), DateTime{std::chrono::year(2026) / 3 / 1, {}}}};
  SheetRead read = ReadFirstSheet(Write({"t", "2026-12-07T10:00:00.000Z", "yyyy-mm-dd", {sheet}}).ReadAll());
  ASSERT_FALSE(read.failure) << read.failure->reason;
  EXPECT_EQ(Cells(read), (Rows{{"number", "title_vi", "value"},
                               {"1.1", "Cơ cấu tổ chức & \"quản lý\" <trường>", "95.5"},
                               {"1.2", "", "0.1"},
                               {"2", "Dòng 1\nDòng 2", "2026-03-01"}}));
  // The blank row is left out; the others keep their numbers.
  EXPECT_EQ(read.rows[3].number, 5u);
}

TEST(XlsxReader, ReadsSharedRichAndInlineStringsBooleansNumbersAndEntities) {
  std::string sst =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\">"
      "<si><t>Tiêu chuẩn</t></si>"
      "<si><r><rPr><b/></rPr><t>Giáo </t></r><r><t xml:space=\"preserve\">dục</t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
      "<si><t>a&amp;b &#7841;&#x1EA1; _x000D_ _x005F_x0041_</t></si></sst>";
  std::string data =
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"D2\" t=\"s\"><v>2</v></c></row>"
      "<row r=\"4\" spans=\"1:5\"><c r=\"B4\" t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c>"
      "<c s=\"3\"><v>0.10000000000000001</v></c><c><f>1+1</f><v>2</v></c>"
      "<c t=\"str\"><f>\"x\"</f><v>x</v></c><c t=\"e\"><v>#N/A</v></c>"
      "<c t=\"inlineStr\"><is><r><t>in</t></r><r><t><![CDATA[<line>]]></t></r></is></c></row>";
  SheetRead read = ReadFirstSheet(Package(data, sst));
  ASSERT_FALSE(read.failure) << read.failure->reason << " " << read.failure->part;
  EXPECT_EQ(Cells(read), (Rows{{"Tiêu chuẩn", "", "Giáo dục", "a&b ạạ \r _x0041_"},
                               {"", "TRUE", "FALSE", "0.1", "2", "x", "#N/A", "in<line>"}}));
  ASSERT_EQ(read.rows.size(), 2u);
  EXPECT_EQ(read.rows[0].number, 2u);
  EXPECT_EQ(read.rows[1].number, 4u);
}

// A package like Package()'s whose workbook has the styles `styles` and, if `date1904`, the 1904 date system.
std::string StyledPackage(const std::string& data, const std::string& styles, bool date1904 = false,
                          const std::string& sst = "<sst/>") {
  std::string workbook = kWorkbook;
  if (date1904) workbook.replace(workbook.find("<x:sheets>"), 0, "<x:workbookPr date1904=\"1\"/>");
  std::string rels = kWorkbookRels;
  rels.replace(rels.find("</Relationships>"), 0,
               "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
               "relationships/styles\" Target=\"styles.xml\"/>");
  return Zip({{"_rels/.rels", kRels},
              {"xl/workbook.xml", workbook},
              {"xl/_rels/workbook.xml.rels", rels},
              {"xl/sharedStrings.xml", sst},
              {"xl/styles.xml", styles},
              {"xl/worksheets/sheet2.xml", SheetPart(data)}});
}

// Styles 0: General; 1: built-in 14 (a date); 2: d/m/yyyy; 3: hh:mm; 4: dd/mm/yyyy hh:mm; 5: [h]:mm (a duration);
// 6: "Ngày" text then 0.00, a number whose quoted text holds a d; 7: mm:ss.
const char* kStyles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"6\">"
    "<numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"hh:mm\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/><numFmt numFmtId=\"167\" formatCode=\"[h]:mm\"/>"
    "<numFmt numFmtId=\"168\" formatCode=\"&quot;Ngày&quot;\\ 0.00\"/><numFmt numFmtId=\"169\" formatCode=\"mm:ss\"/>"
    "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"8\">"
    "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/>"
    "<xf numFmtId=\"167\"/><xf numFmtId=\"168\"/><xf numFmtId=\"169\"/></cellXfs></styleSheet>";

TEST(XlsxReader, ADateOrTimeCellReadsAsTheIsoTextTheSheetShowsNotItsSerial) {
  std::string data =
      "<row r=\"1\"><c r=\"A1\"><v>46022</v></c><c r=\"B1\" s=\"1\"><v>46022</v></c><c r=\"C1\" s=\"2\"><v>46022</v></c>"
      "<c r=\"D1\" s=\"3\"><v>0.3125</v></c><c r=\"E1\" s=\"4\"><v>46022.3125</v></c><c r=\"F1\" s=\"5\"><v>1.5</v></c>"
      "<c r=\"G1\" s=\"6\"><v>2.5</v></c><c r=\"H1\" s=\"7\"><v>0.0006944444444444445</v></c>"
      "<c r=\"I1\" s=\"99\"><v>7</v></c><c r=\"J1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"K1\" s=\"1\"><v>61</v></c>"
      "<c r=\"L1\" s=\"1\"><v>60</v></c><c r=\"M1\" s=\"1\"><v>59</v></c></row>";
  std::string package = StyledPackage(data, kStyles, false, "<sst><si><t>31/12/2025</t></si></sst>");
  SheetRead read = ReadFirstSheet(package);
  ASSERT_FALSE(read.failure) << read.failure->reason << " " << read.failure->part;
  EXPECT_EQ(Cells(read), (Rows{{"46022", "2025-12-31", "2025-12-31", "07:30:00", "2025-12-31T07:30:00", "1.5", "2.5",
                                "00:01:00", "7", "31/12/2025", "1900-03-01", "60", "1900-02-28"}}));
}

TEST(XlsxReader, TheWorkbooksOwnDateSystemCountsItsSerials) {
  SheetRead read = ReadFirstSheet(StyledPackage("<row r=\"1\"><c r=\"A1\" s=\"2\"><v>44560</v></c></row>", kStyles,
                                                /*date1904=*/true));
  ASSERT_FALSE(read.failure) << read.failure->reason;
  EXPECT_EQ(Cells(read), (Rows{{"2025-12-31"}}));
}

TEST(XlsxReader, RefusesBrokenStyles) {
  EXPECT_EQ(Failure(ReadFirstSheet(StyledPackage("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
                                                 "<styleSheet><numFmts><numFmt formatCode=\"d\"/></numFmts>"
                                                 "</styleSheet>")))
                .reason,
            "xlsx_bad_xml");
  EXPECT_EQ(Failure(ReadFirstSheet(StyledPackage("<row r=\"1\"><c r=\"A1\" s=\"x\"><v>1</v></c></row>", kStyles)))
                .reason,
            "xlsx_bad_cell");
}

TEST(XlsxReader, ColumnLettersAreCounted) {
  EXPECT_EQ(ColumnIndex("A"), 0u);
  EXPECT_EQ(ColumnIndex("Z"), 25u);
  EXPECT_EQ(ColumnIndex("AA"), 26u);
  EXPECT_EQ(ColumnIndex("XFD"), 16383u);
  for (std::string_view bad : {"", "a", "A1", "ABCD", "Ă"}) EXPECT_FALSE(ColumnIndex(bad)) << bad;
  for (size_t i : {0, 25, 26, 701, 702, 16383}) EXPECT_EQ(ColumnIndex(ColumnName(i)), i);
}

TEST(XlsxReader, RefusesWhatIsNotAWorkbookAndEncryptedWorkbooks) {
  EXPECT_EQ(Failure(ReadFirstSheet("")).error, ReadError::kNotWorkbook);
  EXPECT_EQ(Failure(ReadFirstSheet("number,title\n1,x\n")).error, ReadError::kNotWorkbook);
  std::string compound("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  compound += std::string(500, '\0');
  EXPECT_EQ(Failure(ReadFirstSheet(compound)).error, ReadError::kNotWorkbook);  // an old .xls
  std::string info;
  for (char c : std::string_view("EncryptionInfo")) info += std::string{c, '\0'};
  EXPECT_EQ(Failure(ReadFirstSheet(compound + info)).error, ReadError::kEncrypted);
  EXPECT_EQ(Failure(ReadFirstSheet(Zip({{"a.txt", "x"}}))).error, ReadError::kNotWorkbook);
  // A word-processing document is a package too, but not a workbook.
  std::string docx_rels = kRels;
  docx_rels.replace(docx_rels.find("xl/workbook.xml"), 15, "word/document.xml");
  EXPECT_EQ(Failure(ReadFirstSheet(Zip({{"_rels/.rels", docx_rels}, {"word/document.xml", "<w:document/>"}}))).error,
            ReadError::kNotWorkbook);
  // Cut short, the archive is damaged: every prefix is refused and none crashes.
  std::string whole = Package("<row><c><v>1</v></c></row>");
  for (size_t n = 4; n < whole.size(); n += 97)
    EXPECT_TRUE(ReadFirstSheet(whole.substr(0, n)).failure.has_value()) << n;
}

TEST(XlsxReader, StopsAtTheUnpackedSizeLimitAZipBombWouldPass) {
  std::string data = "<row><c><v>1</v></c></row>" + std::string(2 << 20, ' ');
  std::string bytes = Package(data);
  EXPECT_LT(bytes.size(), 100000u);  // deflate packs the spaces a thousand to one
  ReadLimits limits;
  limits.max_unpacked_bytes = 1 << 20;
  ReadFailure f = Failure(ReadFirstSheet(bytes, limits));
  EXPECT_EQ(f.error, ReadError::kTooLarge);
  EXPECT_EQ(f.reason, "xlsx_unpacked_size");
  EXPECT_EQ(f.limit, size_t(1 << 20));
  EXPECT_FALSE(ReadFirstSheet(bytes).failure);
}

TEST(XlsxReader, HoldsRowsColumnsCellsAndCellLengthToTheirLimits) {
  ReadLimits limits;
  limits.max_rows = 2;
  limits.max_columns = 3;
  limits.max_cell_bytes = 10;
  limits.max_cells = 5;
  auto failure = [&](const std::string& data) { return Failure(ReadFirstSheet(Package(data), limits)); };
  EXPECT_FALSE(ReadFirstSheet(Package("<row><c><v>1</v></c><c r=\"C1\"><v>2</v></c></row><row/>"), limits).failure);
  ReadFailure rows = failure("<row/><row/><row/>");
  EXPECT_EQ(rows.reason, "xlsx_too_many_rows");
  EXPECT_EQ(rows.limit, 2u);
  ReadFailure columns = failure("<row><c r=\"D1\"><v>1</v></c></row>");
  EXPECT_EQ(columns.reason, "xlsx_too_many_columns");
  EXPECT_EQ(columns.cell, "D1");
  ReadFailure cells = failure("<row><c/><c/><c/></row><row><c/><c/><c/></row>");
  EXPECT_EQ(cells.reason, "xlsx_too_many_cells");
  ReadFailure length = failure("<row r=\"7\"><c r=\"B7\" t=\"inlineStr\"><is><t>Tiêu chuẩn</t></is></c></row>");
  EXPECT_EQ(length.error, ReadError::kTooLarge);
  EXPECT_EQ(length.reason, "xlsx_cell_too_long");
  EXPECT_EQ(length.cell, "B7");
}

TEST(XlsxReader, RefusesXmlThatIsNotWellFormedAndCellsThatBreakTheFormat) {
  struct Case {
    std::string data, reason, cell;
  };
  std::vector<Case> cases = {
      {"<row><c><v>1</v></row>", "xlsx_bad_xml", ""},
      {"<row><c><v>&nbsp;</v></c></row>", "xlsx_bad_xml", ""},
      {"<row><c><v>&#0;</v></c></row>", "xlsx_bad_xml", ""},
      {"<row><c a=\"1\" a=\"2\"/></row>", "xlsx_bad_xml", ""},
      {"<row><c><v>\xC3</v></c></row>", "xlsx_bad_xml", ""},
      {"<row r=\"2\"/><row r=\"1\"/>", "xlsx_bad_cell", "1"},
      {"<row r=\"1\"><c r=\"B1\"/><c r=\"A1\"/></row>", "xlsx_bad_cell", "A1"},
      {"<row r=\"1\"><c r=\"A2\"/></row>", "xlsx_bad_cell", "A2"},
      {"<row r=\"1\"><c r=\"1A\"/></row>", "xlsx_bad_cell", "1A"},
      {"<row r=\"3\"><c r=\"C3\" t=\"s\"><v>9</v></c></row>", "xlsx_bad_cell", "C3"},
      {"<row r=\"3\"><c r=\"C3\"><v>abc</v></c></row>", "xlsx_bad_cell", "C3"},
      {"<row r=\"3\"><c r=\"C3\"><v>nan</v></c></row>", "xlsx_bad_cell", "C3"},
      {"<row r=\"3\"><c r=\"C3\" t=\"b\"><v>2</v></c></row>", "xlsx_bad_cell", "C3"},
      {"<row r=\"3\"><c r=\"C3\" t=\"zz\"><v>2</v></c></row>", "xlsx_bad_cell", "C3"},
  };
  for (const Case& c : cases) {
    ReadFailure f = Failure(ReadFirstSheet(Package(c.data)));
    EXPECT_EQ(f.error, ReadError::kMalformed) << c.data;
    EXPECT_EQ(f.reason, c.reason) << c.data;
    EXPECT_EQ(f.part, "xl/worksheets/sheet2.xml") << c.data;
    EXPECT_EQ(f.cell, c.cell) << c.data;
  }
  // A DOCTYPE could declare entities that expand without end: refused before any is read.
  std::string bomb = SheetPart("");
  bomb.insert(bomb.find("<worksheet"), "<!DOCTYPE w [<!ENTITY a \"aaaa\">]>");
  ReadFailure doctype = Failure(ReadFirstSheet(Zip({{"_rels/.rels", kRels},
                                                    {"xl/workbook.xml", kWorkbook},
                                                    {"xl/_rels/workbook.xml.rels", kWorkbookRels},
                                                    {"xl/sharedStrings.xml", "<sst/>"},
                                                    {"xl/worksheets/sheet2.xml", bomb}})));
  EXPECT_EQ(doctype.reason, "xlsx_bad_xml");
  ReadFailure missing = Failure(ReadFirstSheet(Zip({{"_rels/.rels", kRels},
                                                    {"xl/workbook.xml", kWorkbook},
                                                    {"xl/_rels/workbook.xml.rels", kWorkbookRels}})));
  EXPECT_EQ(missing.reason, "xlsx_missing_part");
  EXPECT_EQ(missing.part, "xl/sharedStrings.xml");
}

}  // namespace
}  // namespace eduims::xlsx
