// An uploaded .xlsx workbook (platform/xlsx/reader.h) and the XML scanner under it (platform/xlsx/xml_scanner.h):
// the first byte picks which reads the rest. A refusal is an answer, not a finding; what is read must keep the
// limits it was given and the order of the sheet's rows, and the scanner must close every element it opens.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "platform/xlsx/reader.h"
#include "platform/xlsx/xml_scanner.h"

namespace {

void Workbook(std::string_view bytes) {
  eduims::xlsx::ReadLimits limits;
  limits.max_unpacked_bytes = 4 << 20;
  limits.max_rows = 1000;
  limits.max_columns = 64;
  limits.max_cells = 20000;
  limits.max_cell_bytes = 4096;
  eduims::xlsx::SheetRead read = eduims::xlsx::ReadFirstSheet(bytes, limits);
  if (read.failure) {
    if (!read.rows.empty()) std::abort();
    return;
  }
  if (read.rows.size() > limits.max_rows) std::abort();
  size_t last = 0;
  for (const auto& row : read.rows) {
    if (row.number <= last || row.number > 1048576) std::abort();
    last = row.number;
    if (row.cells.empty() || row.cells.size() > limits.max_columns) std::abort();
    for (const auto& cell : row.cells)
      if (cell.size() > limits.max_cell_bytes) std::abort();
  }
}

void Xml(std::string_view text) {
  eduims::xlsx::XmlScanner scanner(text);
  eduims::xlsx::XmlEvent event;
  long open = 0;
  while (scanner.Next(event)) {
    if (event.kind == eduims::xlsx::XmlEvent::kStart) ++open;
    if (event.kind == eduims::xlsx::XmlEvent::kEnd && --open < 0) std::abort();
    if (size_t(open) != scanner.depth() && event.kind != eduims::xlsx::XmlEvent::kStart) std::abort();
  }
  if (!scanner.failed() && open != 0) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] & 1)
    Xml(rest);
  else
    Workbook(rest);
  return 0;
}
