// A small SpreadsheetML (Office Open XML, ECMA-376 part 1) writer: a workbook of sheets, each a bold header row kept
// in view while scrolling and rows of text and number cells, with column widths. The parts are XML written here
// into a ZIP archive (platform/zip); the file opens in Excel, LibreOffice and openpyxl. Text is inline (no shared
// string table), which every reader accepts and which keeps writing one pass.
#pragma once
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "platform/spool_file.h"

namespace eduims::xlsx {

// An empty cell, text, or a number.
using Cell = std::variant<std::monostate, std::string, double>;

struct Sheet {
  std::string name;  // made safe and unique by WriteWorkbook (SheetNames)
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<double> widths;  // in characters, column by column; columns without one keep the default
};

struct Workbook {
  std::string title;    // the document's title in its properties
  std::string created;  // a timestamp "YYYY-MM-DDTHH:MM:SS(.mmm)Z"
  std::vector<Sheet> sheets;
};

// The archive. REQUIRES: at least one sheet (std::invalid_argument otherwise). Throws std::runtime_error on I/O
// failure.
SpoolFile Write(const Workbook& workbook);

// The parts, for tests.
// "A", "B", ..., "Z", "AA", ...: the letters of the 0-based column `index`.
std::string ColumnName(size_t index);
// Text as XML character data: & < > " ' escaped, characters XML 1.0 forbids (controls other than tab, line feed and
// carriage return) dropped.
std::string XmlText(std::string_view text);
// Names Excel accepts for `names` in order: none of : \ / ? * [ ], not blank, at most 31 characters, no two alike
// ignoring case ("Sheet 2" and so on stand in for a name that is left empty).
std::vector<std::string> SheetNames(const std::vector<std::string>& names);
std::string SheetXml(const Sheet& sheet);

}  // namespace eduims::xlsx
