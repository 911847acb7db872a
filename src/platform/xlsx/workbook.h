// A small SpreadsheetML (Office Open XML, ECMA-376 part 1) writer: a workbook of sheets, each a bold header row kept
// in view while scrolling (and repeated on every printed page) and rows of text, number and date cells, with column
// widths, printed on A4 (landscape and fitted to the page's width when asked). The parts are XML written here
// into a ZIP archive (platform/zip); the file opens in Excel, LibreOffice and openpyxl. Text is inline (no shared
// string table), which every reader accepts and which keeps writing one pass.
#pragma once
#include <chrono>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "platform/spool_file.h"

namespace eduims::xlsx {

// A date and time of day as the reader's clock shows it: a real date cell (a serial number), which sorts, filters
// and computes as a date, shown in Workbook::date_time_format.
struct DateTime {
  std::chrono::year_month_day day;
  std::chrono::minutes time_of_day{0};
};

// An empty cell, text, a number or a date.
using Cell = std::variant<std::monostate, std::string, double, DateTime>;

struct Sheet {
  std::string name;  // made safe and unique by WriteWorkbook (SheetNames)
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<double> widths;  // in characters, column by column; columns without one keep the default
  bool landscape = false;      // printed across the A4 page
  bool fit_to_width = false;   // printed scaled so every column fits the page's width (as many pages down as needed)
};

struct Workbook {
  std::string title;    // the document's title in its properties
  std::string created;  // a timestamp "YYYY-MM-DDTHH:MM:SS(.mmm)Z"
  std::string date_time_format = "yyyy-mm-dd hh:mm";  // an Excel number format for DateTime cells
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
// The spreadsheet serial number of a date and time: days since 1899-12-30, the time of day as the fraction.
double SerialNumber(const DateTime& moment);

}  // namespace eduims::xlsx
