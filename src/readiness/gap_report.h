// The gap-analysis report, in the reader's language. As a spreadsheet: a summary (standard, unit, date, readiness
// overall and per clause group), every requirement clause with its self-assessment, evidence, mandatory documented
// information, open nonconformities, points and gaps, and the gaps alone. As a PDF: the summary and, clause by
// clause, the gaps with the self-assessment and the open nonconformities behind them.
#pragma once
#include <filesystem>
#include <string>

#include "platform/i18n/language.h"
#include "platform/xlsx/workbook.h"
#include "readiness/service.h"

namespace eduims::readiness {

xlsx::Workbook GapWorkbook(const ReadinessView& view, Language language, const std::string& generated_at);
// Writes the PDF to `out`; throws std::runtime_error if it cannot.
void WriteGapPdf(const ReadinessView& view, Language language, const std::string& generated_at,
                 const std::filesystem::path& out);

// "gap-analysis-iso-21001-2018-THPT-TOHIEU.xlsx": a plain file name for the download.
std::string GapReportFileName(const ReadinessView& view, const std::string& extension);

}  // namespace eduims::readiness
