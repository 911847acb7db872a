// The CSV imports: an uploaded file read as the unit and the user imports read it (org/import_file.h, over
// platform/csv.h), every cell of every row taken out. A refusal is a ProblemError (an answer, not a finding); the
// line numbers the answers quote must count up from 1.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "org/import_file.h"
#include "platform/problem.h"

namespace {

void Read(const std::string& text, const std::vector<std::string>& required, const std::vector<std::string>& optional) {
  try {
    eduims::org::ImportFile file = eduims::org::ReadImportFile(text, required, optional);
    if (file.columns.size() != required.size() + optional.size()) std::abort();
    int last_line = 1;
    for (const eduims::CsvRecord& row : file.rows) {
      if (row.line <= last_line) std::abort();
      last_line = row.line;
      for (int column : file.columns) eduims::org::ImportCell(row, column);
    }
  } catch (const eduims::ProblemError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  eduims::CsvParse parsed = eduims::ParseCsv(text);
  if (parsed.error && parsed.error_line < 1) std::abort();
  Read(text, {"code", "name", "type", "parent_code"}, {"region", "address"});
  Read(text, {"email", "full_name", "unit_code"}, {"role", "language"});
  return 0;
}
