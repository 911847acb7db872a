// The CSV file a unit or user import reads, before any row is checked against the organisation: clean UTF-8,
// well-formed RFC 4180 (platform/csv.h), a header row naming each required column once and no unknown one, and at
// least one row below it. No storage: the import's rules for each row are in the service.
#pragma once
#include <string>
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

// The cell of `row` in column `index` with spaces and tabs around it removed; "" for an absent column or a short row.
std::string ImportCell(const CsvRecord& row, int index);

}  // namespace eduims::org
