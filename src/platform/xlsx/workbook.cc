#include "platform/xlsx/workbook.h"

#include <unicode/unistr.h>

#include <charconv>
#include <cmath>
#include <set>
#include <stdexcept>

#include "platform/zip/zip_writer.h"

namespace eduims::xlsx {
namespace {

constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kPackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

// Style indexes in styles.xml's cellXfs.
constexpr int kHeaderStyle = 1;
constexpr int kBodyStyle = 2;
constexpr int kDateTimeStyle = 3;
constexpr int kDateTimeFormat = 164;  // the first id of a custom number format

// The code points of a UTF-8 string (the input is valid UTF-8: every stored text is checked on input).
std::vector<std::string_view> CodePoints(std::string_view text) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    n = std::min(n, text.size() - i);
    out.push_back(text.substr(i, n));
    i += n;
  }
  return out;
}

// Excel compares sheet names without regard to case, in every script.
std::string CaseFolded(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).foldCase().toUTF8String(out);
  return out;
}

std::string Number(double value) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return ec == std::errc() ? std::string(buffer, end) : "0";
}

const char* EntityFor(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    default: return nullptr;
  }
}

std::string CellXml(const Cell& cell, const std::string& reference, int style) {
  std::string out = "<c r=\"" + reference + "\" s=\"" + std::to_string(style) + "\"";
  if (const auto* text = std::get_if<std::string>(&cell)) {
    out += " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + XmlText(*text) + "</t></is></c>";
  } else if (const auto* number = std::get_if<double>(&cell); number && std::isfinite(*number)) {
    out += "><v>" + Number(*number) + "</v></c>";
  } else if (const auto* moment = std::get_if<DateTime>(&cell); moment && moment->day.ok()) {
    out = "<c r=\"" + reference + "\" s=\"" + std::to_string(kDateTimeStyle) + "\"><v>" + Number(SerialNumber(*moment)) +
          "</v></c>";
  } else {
    out += "/>";
  }
  return out;
}

std::string RowXml(const std::vector<Cell>& cells, size_t row, int style) {
  std::string out = "<row r=\"" + std::to_string(row) + "\">";
  for (size_t column = 0; column < cells.size(); ++column)
    out += CellXml(cells[column], ColumnName(column) + std::to_string(row), style);
  return out + "</row>";
}

std::string ContentTypes(size_t sheets) {
  std::string out = std::string(kXmlDeclaration) +
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-package.core-properties+xml\"/>";
  for (size_t i = 1; i <= sheets; ++i)
    out += "<Override PartName=\"/xl/worksheets/sheet" + std::to_string(i) +
           ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
  return out + "</Types>";
}

std::string PackageRelationships() {
  return std::string(kXmlDeclaration) + "<Relationships xmlns=\"" + kPackageRelationships +
         "\"><Relationship Id=\"rId1\" Type=\"" + kRelationships +
         "/officeDocument\" Target=\"xl/workbook.xml\"/><Relationship Id=\"rId2\" Type=\"" + kPackageRelationships +
         "/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>";
}

std::string CoreProperties(const Workbook& workbook) {
  // W3CDTF, without the milliseconds the product's timestamps carry.
  std::string created = workbook.created.substr(0, 19) + "Z";
  return std::string(kXmlDeclaration) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" +
         XmlText(workbook.title) +
         "</dc:title><dc:creator>EduIMS</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" +
         XmlText(created) + "</dcterms:created></cp:coreProperties>";
}

// A sheet name as a formula writes it: quoted, its quotes doubled.
std::string QuotedSheetName(const std::string& name) {
  std::string out = "'";
  for (char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string WorkbookXml(const std::vector<std::string>& names, const std::vector<Sheet>& sheets) {
  std::string out = std::string(kXmlDeclaration) + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationships +
                    "\"><sheets>";
  for (size_t i = 0; i < names.size(); ++i)
    out += "<sheet name=\"" + XmlText(names[i]) + "\" sheetId=\"" + std::to_string(i + 1) + "\" r:id=\"rId" +
           std::to_string(i + 1) + "\"/>";
  out += "</sheets>";
  // The header row of each sheet that has one is printed again at the top of every page.
  std::string titles;
  for (size_t i = 0; i < sheets.size(); ++i)
    if (!sheets[i].header.empty())
      titles += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + std::to_string(i) + "\">" +
                XmlText(QuotedSheetName(names[i])) + "!$1:$1</definedName>";
  if (!titles.empty()) out += "<definedNames>" + titles + "</definedNames>";
  return out + "</workbook>";
}

std::string WorkbookRelationships(size_t sheets) {
  std::string out = std::string(kXmlDeclaration) + "<Relationships xmlns=\"" + kPackageRelationships + "\">";
  for (size_t i = 1; i <= sheets; ++i)
    out += "<Relationship Id=\"rId" + std::to_string(i) + "\" Type=\"" + kRelationships +
           "/worksheet\" Target=\"worksheets/sheet" + std::to_string(i) + ".xml\"/>";
  out += "<Relationship Id=\"rId" + std::to_string(sheets + 1) + "\" Type=\"" + kRelationships +
         "/styles\" Target=\"styles.xml\"/>";
  return out + "</Relationships>";
}

// Four cell formats: the default, the header (bold on a light fill), body cells (wrapped, top-aligned), and dates
// (top-aligned, in `date_time_format`).
std::string Styles(const std::string& date_time_format) {
  return std::string(kXmlDeclaration) + "<styleSheet xmlns=\"" + kMain + "\"><numFmts count=\"1\"><numFmt numFmtId=\"" +
         std::to_string(kDateTimeFormat) + "\" formatCode=\"" + XmlText(date_time_format) +
         "\"/></numFmts><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
         "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
         "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
         "<fill><patternFill patternType=\"gray125\"/></fill>"
         "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/>"
         "</patternFill></fill></fills>"
         "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
         "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
         "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
         "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\"/>"
         "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
         "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
         "<xf numFmtId=\"" + std::to_string(kDateTimeFormat) + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
         "applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf></cellXfs>"
         "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>";
}

}  // namespace

std::string ColumnName(size_t index) {
  std::string out;
  for (size_t n = index + 1; n > 0; n = (n - 1) / 26) out.insert(out.begin(), char('A' + (n - 1) % 26));
  return out;
}

std::string XmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (const char* entity = EntityFor(c)) {
      out += entity;
    } else if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
      out += c;
    }
  }
  return out;
}

std::vector<std::string> SheetNames(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  std::set<std::string> taken;
  for (size_t i = 0; i < names.size(); ++i) {
    std::vector<std::string_view> points;
    for (std::string_view point : CodePoints(names[i]))
      if (point.size() > 1 || std::string_view(":\\/?*[]").find(point[0]) == std::string_view::npos)
        points.push_back(point);
    while (!points.empty() && (points.front() == " " || points.front() == "'")) points.erase(points.begin());
    std::string base;
    for (size_t p = 0; p < points.size() && p < 31; ++p) base += points[p];
    while (!base.empty() && (base.back() == ' ' || base.back() == '\'')) base.pop_back();
    if (base.empty()) base = "Sheet " + std::to_string(i + 1);
    std::string name = base;
    for (int n = 2; taken.count(CaseFolded(name)); ++n) {
      std::string suffix = " (" + std::to_string(n) + ")";
      auto kept = CodePoints(base);
      std::string shortened;
      for (size_t p = 0; p < kept.size() && p + suffix.size() < 31; ++p) shortened += kept[p];
      name = shortened + suffix;
    }
    taken.insert(CaseFolded(name));
    out.push_back(name);
  }
  return out;
}

double SerialNumber(const DateTime& moment) {
  using namespace std::chrono;
  auto days = (sys_days(moment.day) - sys_days(year(1899) / December / 30)).count();
  return double(days) + double(moment.time_of_day.count()) / (24 * 60);
}

std::string SheetXml(const Sheet& sheet) {
  std::string out = std::string(kXmlDeclaration) + "<worksheet xmlns=\"" + kMain + "\">";
  if (sheet.fit_to_width) out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";
  if (!sheet.header.empty())
    out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
           "state=\"frozen\"/></sheetView></sheetViews>";
  if (!sheet.widths.empty()) {
    out += "<cols>";
    for (size_t i = 0; i < sheet.widths.size(); ++i)
      out += "<col min=\"" + std::to_string(i + 1) + "\" max=\"" + std::to_string(i + 1) + "\" width=\"" +
             Number(sheet.widths[i]) + "\" customWidth=\"1\"/>";
    out += "</cols>";
  }
  out += "<sheetData>";
  size_t row = 1;
  if (!sheet.header.empty()) {
    std::vector<Cell> header(sheet.header.begin(), sheet.header.end());
    out += RowXml(header, row++, kHeaderStyle);
  }
  for (const auto& cells : sheet.rows) out += RowXml(cells, row++, kBodyStyle);
  // A4 (paper size 9), as Vietnamese offices print; fitted to one page wide and as many pages down as it takes.
  out += "</sheetData><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" "
         "footer=\"0.3\"/><pageSetup paperSize=\"9\"";
  if (sheet.fit_to_width) out += " fitToWidth=\"1\" fitToHeight=\"0\"";
  out += std::string(" orientation=\"") + (sheet.landscape ? "landscape" : "portrait") + "\"/>";
  return out + "</worksheet>";
}

SpoolFile Write(const Workbook& workbook) {
  if (workbook.sheets.empty()) throw std::invalid_argument("a workbook needs at least one sheet");
  std::vector<std::string> wanted;
  for (const Sheet& sheet : workbook.sheets) wanted.push_back(sheet.name);
  ZipWriter zip;
  // The content types first: some readers look for them at the start of the archive.
  zip.Add("[Content_Types].xml", ContentTypes(workbook.sheets.size()));
  zip.Add("_rels/.rels", PackageRelationships());
  zip.Add("docProps/core.xml", CoreProperties(workbook));
  zip.Add("xl/workbook.xml", WorkbookXml(SheetNames(wanted), workbook.sheets));
  zip.Add("xl/_rels/workbook.xml.rels", WorkbookRelationships(workbook.sheets.size()));
  zip.Add("xl/styles.xml", Styles(workbook.date_time_format));
  for (size_t i = 0; i < workbook.sheets.size(); ++i)
    zip.Add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", SheetXml(workbook.sheets[i]));
  return zip.Finish();
}

}  // namespace eduims::xlsx
