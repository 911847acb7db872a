// The CSV file a unit or user import reads, before any row is checked against the organisation: clean UTF-8,
// well-formed RFC 4180 (platform/csv.h), a header row naming each required column once and no unknown one, and at
// least one row below it. No storage: the import's rules for each row are in the service.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/csv.h"

namespace eduims::org {

struct ImportFile {
  std::vector<CsvRecord> rows;  // the rows below the header
  // For each name of `required` and then of `optional`, the index of its column in a row, or -1 if absent.
  std::vector<int> columns;
};

// Throws ProblemError (422): validation.invalid_text on "file", import.malformed_csv (with reason and line),
// import.empty, or import.bad_header (naming the expected columns). Header names may carry spaces around them.
ImportFile ReadImportFile(const std::string& text, const std::vector<std::string>& required,
                          const std::vector<std::string>& optional);

// The same from the first worksheet of an .xlsx workbook (platform/xlsx/reader.h): the first row that is not blank
// is the header, each row's `line` its number in the sheet. Throws ProblemError (422) as ReadImportFile does, and
// import.not_xlsx, import.xlsx_encrypted, import.xlsx_too_large (with reason and limit) or import.malformed_xlsx
// (with reason, part and cell) for a workbook that cannot be read, validation.invalid_text for a cell that is not
// clean text.
ImportFile ReadImportWorkbook(const std::string& bytes, const std::vector<std::string>& required,
                              const std::vector<std::string>& optional);

enum class ImportFormat { kCsv, kXlsx };
// The format a Content-Type names: text/csv or the .xlsx media type (parameters ignored), else nullopt.
std::optional<ImportFormat> ImportFormatOf(std::string_view content_type);
// ReadImportFile or ReadImportWorkbook.
ImportFile ReadImport(const std::string& file, ImportFormat format, const std::vector<std::string>& required,
                      const std::vector<std::string>& optional);

// The media type of an .xlsx workbook.
inline constexpr const char* kXlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The cell of `row` in column `index` with spaces and tabs around it removed; "" for an absent column or a short row.
std::string ImportCell(const CsvRecord& row, int index);

}  // namespace eduims::org
