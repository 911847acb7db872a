// The files a framework and its correspondences come in and go out as: CSV (RFC 4180, a header row naming the
// columns), XLSX (the first worksheet, a header row naming the columns, as the export writes it), or JSON
// ({"nodes": [{column: text, ...}]} / {"mappings": [...]}), the same columns every way. Reading
// answers the rows and the faults of single rows (a JSON value that is not text, a key no column has), each with
// its row; a fault of the whole file is thrown. Writing gives the file reading takes back, so an export imports as
// the same tree. No I/O and no storage.
//
// Node columns: number, type, title_vi, title_en (required); parent, evidence_vi, evidence_en (optional).
// Mapping columns: node, clause, relation (required); note_vi, note_en (optional).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frameworks/model.h"
#include "platform/xlsx/workbook.h"

namespace eduims::frameworks {

enum class FileFormat { kCsv, kJson, kXlsx };

// "csv" or "json".
std::optional<FileFormat> ParseFileFormat(std::string_view name);
// The format of a Content-Type ("text/csv", "application/json", the .xlsx media type; parameters ignored), if one
// of them.
std::optional<FileFormat> FormatOfContentType(std::string_view content_type);

template <class Row>
struct FileRows {
  std::vector<Row> rows;
  std::vector<Problem> errors;  // faults of single rows, each with "row"
};

// Throw ProblemError (422) for the whole file: validation.invalid_text (not UTF-8), import.malformed_csv, the
// workbook's refusals (org::ReadImportWorkbook),
// import.bad_header (a column missing or unknown), import.empty (no rows), request.malformed_json (400),
// validation.wrong_type (JSON that is not an object holding the list, or a row that is not an object).
FileRows<NodeRow> ReadNodes(const std::string& text, FileFormat format);
FileRows<MappingRow> ReadMappings(const std::string& text, FileFormat format);

// REQUIRES: `format` is kCsv or kJson (a workbook is NodesWorkbook's).
std::string WriteNodes(const std::vector<NodeRow>& rows, FileFormat format);
// The nodes as a one-sheet workbook with the CSV's columns.
xlsx::Workbook NodesWorkbook(const std::vector<NodeRow>& rows, const std::string& title, const std::string& created);

}  // namespace eduims::frameworks
