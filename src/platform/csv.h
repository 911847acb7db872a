// RFC 4180 CSV: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks. A UTF-8 byte
// order mark at the start is ignored; CRLF and LF both end a record; blank lines are skipped.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduims {

struct CsvRecord {
  int line = 0;  // the 1-based line the record starts on
  std::vector<std::string> fields;
};

struct CsvParse {
  std::vector<CsvRecord> records;
  // Set if the text is not well-formed: why, as the message glossary names it ("csv_unterminated_quote"), and the
  // line where it failed.
  std::optional<std::string> error;
  int error_line = 0;
};

CsvParse ParseCsv(std::string_view text, size_t max_records = 100000);

// Writing: every CSV the product writes goes through these. A cell that a spreadsheet would read as a formula (it
// starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV
// injection; a plain number ("-5", "+3.25", "-1e3") is left alone, since a spreadsheet reads it as that number and
// nothing else. Then a cell holding a comma, a quote or a line break is quoted.
std::string CsvCell(std::string_view text);
// Reading back a CSV the product wrote: the field without the apostrophe CsvCell put before it, so an export
// imports as the same text ("'=A" is "=A"). Any other field, an apostrophe before a plain number included, is kept.
std::string UnguardedCsvCell(std::string_view field);
// The cells as one record, ended by CRLF.
std::string CsvLine(const std::vector<std::string>& cells);

}  // namespace eduims
