// The risks register as a table for its exports (CSV and XLSX): one row per entry, headed and worded in the reader's
// language, the ratings with their bands on the organisation's matrix. Plain values, no I/O.
#pragma once
#include <string>
#include <vector>

#include "planning/risk_model.h"
#include "platform/i18n/language.h"
#include "platform/xlsx/workbook.h"

namespace eduims::planning {

// At most this many entries go into one export.
inline constexpr int kExportLimit = 10000;

struct RiskTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

RiskTable TableOf(const std::vector<Risk>& risks, const Matrix& matrix, Language language);
// RFC 4180 text with CRLF line ends, after a UTF-8 byte order mark so spreadsheet programs read the Vietnamese.
std::string CsvOf(const RiskTable& table);
xlsx::Workbook WorkbookOf(const RiskTable& table, const std::string& created, Language language);

}  // namespace eduims::planning
