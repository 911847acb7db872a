#include "platform/csv.h"

namespace eduims {

CsvParse ParseCsv(std::string_view text, size_t max_records) {
  CsvParse out;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t i = 0;
  int line = 1;
  while (i < text.size()) {
    CsvRecord record;
    record.line = line;
    std::string field;
    bool record_done = false;
    while (!record_done) {
      field.clear();
      if (i < text.size() && text[i] == '"') {
        ++i;
        int start_line = line;
        while (true) {
          if (i >= text.size()) {
            out.error = "csv_unterminated_quote";
            out.error_line = start_line;
            return out;
          }
          char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
            } else {
              break;
            }
          } else {
            if (c == '\n') ++line;
            field += c;
          }
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          out.error = "csv_text_after_quote";
          out.error_line = line;
          return out;
        }
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') {
            out.error = "csv_quote_in_field";
            out.error_line = line;
            return out;
          }
          field += text[i++];
        }
      }
      record.fields.push_back(field);
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == '\r') ++i;
      if (i < text.size() && text[i] == '\n') ++i;
      ++line;
      record_done = true;
    }
    bool blank = record.fields.size() == 1 && record.fields[0].empty();
    if (!blank) {
      if (out.records.size() >= max_records) {
        out.error = "csv_too_many_records";
        out.error_line = record.line;
        return out;
      }
      out.records.push_back(std::move(record));
    }
  }
  return out;
}

namespace {

// [+-]digits[.digits][e[+-]digits], or with the digits only after the point.
bool PlainNumber(std::string_view text) {
  size_t i = 0;
  auto digits = [&] {
    size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i > start;
  };
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
  bool whole = digits();
  bool fraction = false;
  if (i < text.size() && text[i] == '.') {
    ++i;
    fraction = digits();
  }
  if (!whole && !fraction) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == text.size();
}

bool ReadAsFormula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos && !PlainNumber(text);
}

}  // namespace

std::string CsvCell(std::string_view text) {
  std::string cell;
  if (ReadAsFormula(text)) cell = "'";
  cell += text;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string UnguardedCsvCell(std::string_view field) {
  if (field.size() > 1 && field[0] == '\'' && ReadAsFormula(field.substr(1))) return std::string(field.substr(1));
  return std::string(field);
}

std::string CsvLine(const std::vector<std::string>& cells) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvCell(cells[i]);
  return out + "\r\n";
}

}  // namespace eduims
