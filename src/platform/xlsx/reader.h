// Reads the first worksheet of an uploaded SpreadsheetML workbook (.xlsx, Office Open XML, ECMA-376 part 1) into
// rows of cell text, for imports. The bytes are untrusted: the archive is opened with libzip from memory, every part
// is read through a cap on its unpacked size (a zip bomb stops at the cap), the XML is read by a small strict scanner
// (no DOCTYPE, so no entity expansion; only the five predefined entities and numeric references), and rows, columns,
// cells and cell length are capped. Every refusal is a value, never an exception or a crash.
//
// A cell's text: a shared or inline string (rich-text runs joined, phonetic runs left out, _xHHHH_ escapes decoded),
// a number as its shortest round-trip text ("0.1", "95", "1e+20"), or, where the cell's style formats it as a
// date or time (number_format.h), as ISO 8601 text ("2025-12-31", "07:30:00", "2025-12-31T07:30:00"),
// a boolean as TRUE or FALSE, an error or a formula's cached result as its text. A cell's column comes from the
// letters of its reference (r="C7"), so a gap keeps the columns after it in place; cells without a reference follow
// the one before.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduims::xlsx {

struct ReadLimits {
  size_t max_unpacked_bytes = 64 << 20;  // all parts read, unpacked
  size_t max_rows = 100000;              // rows present in the sheet
  size_t max_columns = 256;              // the last column a cell may be in (256 = IV)
  size_t max_cells = 1000000;            // cells and shared strings
  size_t max_cell_bytes = 100000;        // UTF-8 bytes of one cell's text
};

struct SheetRow {
  size_t number = 0;               // the row's number in the sheet (1-based), as the spreadsheet shows it
  std::vector<std::string> cells;  // by column from A; "" for a gap
};

enum class ReadError {
  kNotWorkbook,  // not a ZIP archive, or one without a workbook (an old .xls, a .docx, a renamed file)
  kEncrypted,    // a password-protected workbook, or an archive with encrypted entries
  kTooLarge,     // over one of the limits; `reason` says which, `limit` its value
  kMalformed,    // a damaged archive, XML that is not well-formed, or a part that breaks the format
};

struct ReadFailure {
  ReadError error = ReadError::kMalformed;
  // Why, as the message glossary names it: "xlsx_bad_xml", "xlsx_too_many_rows", ...
  std::string reason;
  std::string part;   // the archive entry at fault, if any ("xl/worksheets/sheet1.xml")
  std::string cell;   // the cell at fault, if any ("B12")
  size_t limit = 0;   // the limit exceeded, for kTooLarge
};

struct SheetRead {
  std::vector<SheetRow> rows;  // in sheet order; rows the sheet does not hold are absent
  std::optional<ReadFailure> failure;
};

SheetRead ReadFirstSheet(std::string_view bytes, const ReadLimits& limits = {});

// "A" -> 0, "AB" -> 27; nullopt for anything but 1-3 capital letters.
std::optional<size_t> ColumnIndex(std::string_view letters);

}  // namespace eduims::xlsx
