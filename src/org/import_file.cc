#include "org/import_file.h"

#include "platform/i18n/fold.h"
#include "platform/problem.h"
#include "platform/xlsx/reader.h"

namespace eduims::org {
namespace {

// An import holds at most 20,000 rows; one record more than that with the header shows the file is too long.
constexpr size_t kMaxRecords = 20001;

std::vector<int> MapColumns(const CsvRecord& header, const std::vector<std::string>& required,
                            const std::vector<std::string>& optional) {
  std::string expected;
  for (const auto& c : required) expected += (expected.empty() ? "" : ", ") + c;
  for (const auto& c : optional) expected += ", [" + c + "]";
  std::vector<int> index(required.size() + optional.size(), -1);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string name = header.fields[i];
    while (!name.empty() && name.back() == ' ') name.pop_back();
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    bool known = false;
    for (size_t k = 0; k < required.size() + optional.size(); ++k) {
      const std::string& want = k < required.size() ? required[k] : optional[k - required.size()];
      if (name == want && index[k] < 0) {
        index[k] = int(i);
        known = true;
      }
    }
    if (!known) Fail(Problem::Make(422, "import.bad_header").With("expected", expected));
  }
  for (size_t k = 0; k < required.size(); ++k)
    if (index[k] < 0) Fail(Problem::Make(422, "import.bad_header").With("expected", expected));
  return index;
}

}  // namespace

ImportFile ReadImportFile(const std::string& text, const std::vector<std::string>& required,
                          const std::vector<std::string>& optional) {
  if (!IsCleanUtf8(text)) Fail(Problem::Make(422, "validation.invalid_text", "file"));
  CsvParse parsed = ParseCsv(text, kMaxRecords);
  if (parsed.error)
    Fail(Problem::Make(422, "import.malformed_csv", "file")
             .With("reason", *parsed.error)
             .With("line", std::to_string(parsed.error_line)));
  if (parsed.records.size() < 2) Fail(422, "import.empty");
  ImportFile file;
  file.columns = MapColumns(parsed.records[0], required, optional);
  file.rows.assign(std::make_move_iterator(parsed.records.begin() + 1), std::make_move_iterator(parsed.records.end()));
  // A file the product exported imports as the same text, whatever CsvCell guarded against spreadsheet formulas.
  for (CsvRecord& row : file.rows)
    for (std::string& field : row.fields) field = UnguardedCsvCell(field);
  return file;
}

ImportFile ReadImportWorkbook(const std::string& bytes, const std::vector<std::string>& required,
                              const std::vector<std::string>& optional) {
  xlsx::ReadLimits limits;
  limits.max_rows = kMaxRecords;
  xlsx::SheetRead read = xlsx::ReadFirstSheet(bytes, limits);
  if (const auto& f = read.failure) {
    switch (f->error) {
      case xlsx::ReadError::kNotWorkbook: Fail(Problem::Make(422, "import.not_xlsx", "file"));
      case xlsx::ReadError::kEncrypted: Fail(Problem::Make(422, "import.xlsx_encrypted", "file"));
      case xlsx::ReadError::kTooLarge:
        Fail(Problem::Make(422, "import.xlsx_too_large", "file")
                 .With("reason", f->reason)
                 .With("limit", std::to_string(f->limit))
                 .With("cell", f->cell));
      case xlsx::ReadError::kMalformed:
        Fail(Problem::Make(422, "import.malformed_xlsx", "file")
                 .With("reason", f->reason)
                 .With("part", f->part)
                 .With("cell", f->cell));
    }
  }
  if (read.rows.size() < 2) Fail(422, "import.empty");
  std::vector<CsvRecord> records;
  for (xlsx::SheetRow& row : read.rows) {
    for (const std::string& cell : row.cells)
      if (!IsCleanUtf8(cell)) Fail(Problem::Make(422, "validation.invalid_text", "file"));
    records.push_back({int(row.number), std::move(row.cells)});
  }
  ImportFile file;
  file.columns = MapColumns(records[0], required, optional);
  file.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
  return file;
}

std::optional<ImportFormat> ImportFormatOf(std::string_view content_type) {
  std::string_view type = content_type.substr(0, content_type.find(';'));
  type = type.substr(0, type.find_last_not_of(' ') + 1);
  if (type == "text/csv") return ImportFormat::kCsv;
  if (type == kXlsxMediaType) return ImportFormat::kXlsx;
  return std::nullopt;
}

ImportFile ReadImport(const std::string& file, ImportFormat format, const std::vector<std::string>& required,
                      const std::vector<std::string>& optional) {
  return format == ImportFormat::kXlsx ? ReadImportWorkbook(file, required, optional)
                                       : ReadImportFile(file, required, optional);
}

std::string ImportCell(const CsvRecord& row, int index) {
  if (index < 0 || size_t(index) >= row.fields.size()) return "";
  const std::string& v = row.fields[size_t(index)];
  size_t b = v.find_first_not_of(" \t"), e = v.find_last_not_of(" \t");
  return b == std::string::npos ? "" : v.substr(b, e - b + 1);
}

}  // namespace eduims::org
