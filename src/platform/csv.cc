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

}  // namespace eduims
