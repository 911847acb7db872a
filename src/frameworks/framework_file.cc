#include "frameworks/framework_file.h"

#include <boost/json.hpp>

#include "org/import_file.h"
#include "platform/csv.h"

namespace eduims::frameworks {
namespace {

namespace json = boost::json;

const std::vector<std::string> kNodeRequired = {"number", "type", "title_vi", "title_en"};
const std::vector<std::string> kNodeOptional = {"parent", "evidence_vi", "evidence_en"};
const std::vector<std::string> kMappingRequired = {"node", "clause", "relation"};
const std::vector<std::string> kMappingOptional = {"note_vi", "note_en"};

// A row's cells in the order of the required columns, then the optional ones ("" where absent).
struct TableRow {
  int row = 0;
  std::vector<std::string> cells;
};

std::string Trimmed(std::string_view v) {
  size_t b = v.find_first_not_of(" \t"), e = v.find_last_not_of(" \t");
  return b == std::string_view::npos ? "" : std::string(v.substr(b, e - b + 1));
}

std::vector<TableRow> Table(const org::ImportFile& file) {
  std::vector<TableRow> out;
  for (const CsvRecord& rec : file.rows) {
    TableRow row{rec.line, {}};
    for (int column : file.columns) row.cells.push_back(org::ImportCell(rec, column));
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<TableRow> JsonTable(const std::string& text, const std::string& list_key,
                                const std::vector<std::string>& required, const std::vector<std::string>& optional,
                                std::vector<Problem>& errors) {
  json::parse_options options;
  options.max_depth = 8;
  boost::system::error_code ec;
  json::value doc = json::parse(text, ec, {}, options);
  if (ec) Fail(400, "request.malformed_json");
  const json::object* top = doc.if_object();
  if (!top) Fail(422, "validation.wrong_type", list_key);
  for (const auto& [key, value] : *top)
    if (key != list_key) Fail(422, "validation.unknown_field", std::string(key));
  const json::value* list = top->if_contains(list_key);
  if (!list) Fail(422, "validation.missing_field", list_key);
  if (!list->is_array()) Fail(422, "validation.wrong_type", list_key);
  if (list->as_array().empty()) Fail(422, "import.empty");
  std::vector<std::string> columns = required;
  columns.insert(columns.end(), optional.begin(), optional.end());
  std::vector<TableRow> out;
  int n = 0;
  for (const json::value& item : list->as_array()) {
    TableRow row{++n, std::vector<std::string>(columns.size())};
    const json::object* o = item.if_object();
    if (!o) Fail(422, "validation.wrong_type", list_key);
    for (const auto& [key, value] : *o) {
      auto at = std::find(columns.begin(), columns.end(), std::string_view(key));
      if (at == columns.end()) {
        errors.push_back(RowProblem(n, Problem::Make(422, "validation.unknown_field", std::string(key))));
      } else if (value.is_string()) {
        row.cells[size_t(at - columns.begin())] = Trimmed(value.as_string());
      } else if (!value.is_null()) {
        errors.push_back(RowProblem(n, Problem::Make(422, "validation.wrong_type", std::string(key))));
      }
    }
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<TableRow> ReadTable(const std::string& text, FileFormat format, const std::string& list_key,
                                const std::vector<std::string>& required, const std::vector<std::string>& optional,
                                std::vector<Problem>& errors) {
  if (format == FileFormat::kCsv) return Table(org::ReadImportFile(text, required, optional));
  if (format == FileFormat::kXlsx) return Table(org::ReadImportWorkbook(text, required, optional));
  return JsonTable(text, list_key, required, optional, errors);
}

// The columns in the order of the CSV header.
const std::vector<std::string>& NodeColumns() {
  static const std::vector<std::string> columns = {"number",   "parent",      "type",       "title_vi",
                                                   "title_en", "evidence_vi", "evidence_en"};
  return columns;
}

std::vector<std::string> NodeCells(const NodeRow& n) {
  return {n.number, n.parent, n.type, n.title_vi, n.title_en, n.evidence_vi, n.evidence_en};
}

}  // namespace

std::optional<FileFormat> ParseFileFormat(std::string_view name) {
  if (name == "csv") return FileFormat::kCsv;
  if (name == "json") return FileFormat::kJson;
  return std::nullopt;
}

std::optional<FileFormat> FormatOfContentType(std::string_view content_type) {
  if (auto format = org::ImportFormatOf(content_type))
    return *format == org::ImportFormat::kXlsx ? FileFormat::kXlsx : FileFormat::kCsv;
  std::string_view type = content_type.substr(0, content_type.find(';'));
  if (type.substr(0, type.find_last_not_of(' ') + 1) == "application/json") return FileFormat::kJson;
  return std::nullopt;
}

FileRows<NodeRow> ReadNodes(const std::string& text, FileFormat format) {
  FileRows<NodeRow> out;
  for (auto& r : ReadTable(text, format, "nodes", kNodeRequired, kNodeOptional, out.errors))
    out.rows.push_back({r.row, r.cells[0], r.cells[4], r.cells[1], r.cells[2], r.cells[3], r.cells[5], r.cells[6]});
  return out;
}

FileRows<MappingRow> ReadMappings(const std::string& text, FileFormat format) {
  FileRows<MappingRow> out;
  for (auto& r : ReadTable(text, format, "mappings", kMappingRequired, kMappingOptional, out.errors))
    out.rows.push_back({r.row, r.cells[0], r.cells[1], r.cells[2], r.cells[3], r.cells[4]});
  return out;
}

std::string WriteNodes(const std::vector<NodeRow>& rows, FileFormat format) {
  if (format == FileFormat::kCsv) {
    std::string out = CsvLine(NodeColumns());
    for (const NodeRow& n : rows) out += CsvLine(NodeCells(n));
    return out;
  }
  json::array nodes;
  for (const NodeRow& n : rows) {
    json::object o;
    std::vector<std::string> cells = NodeCells(n);
    for (size_t i = 0; i < cells.size(); ++i) o[NodeColumns()[i]] = cells[i];
    nodes.push_back(std::move(o));
  }
  return json::serialize(json::object{{"nodes", std::move(nodes)}}) + "\n";
}

xlsx::Workbook NodesWorkbook(const std::vector<NodeRow>& rows, const std::string& title, const std::string& created) {
  xlsx::Sheet sheet;
  sheet.name = "nodes";
  sheet.header = NodeColumns();
  sheet.widths = {10, 10, 12, 50, 50, 40, 40};
  for (const NodeRow& n : rows) {
    std::vector<xlsx::Cell> cells;
    for (std::string& c : NodeCells(n)) cells.emplace_back(std::move(c));
    sheet.rows.push_back(std::move(cells));
  }
  return {title, created, "yyyy-mm-dd hh:mm", {std::move(sheet)}};
}

}  // namespace eduims::frameworks
