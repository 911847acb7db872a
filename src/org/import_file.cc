#include "org/import_file.h"

#include "platform/i18n/fold.h"
#include "platform/problem.h"

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
  return file;
}

std::string ImportCell(const CsvRecord& row, int index) {
  if (index < 0 || size_t(index) >= row.fields.size()) return "";
  const std::string& v = row.fields[size_t(index)];
  size_t b = v.find_first_not_of(" \t"), e = v.find_last_not_of(" \t");
  return b == std::string::npos ? "" : v.substr(b, e - b + 1);
}

}  // namespace eduims::org
