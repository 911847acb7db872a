// The gap-analysis report, in the reader's language and on their clock. As a spreadsheet (printed on A4 landscape,
// fitted to the page's width, the header row on every page): a summary (standard, unit, date, readiness
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

// The reader reads it in `language` with times on the clock of `time_zone` (theirs): when it was generated
// (`generated_at`, a UTC timestamp) and when each clause was assessed, in the spreadsheet as real date cells.
xlsx::Workbook GapWorkbook(const ReadinessView& view, Language language, const std::string& generated_at,
                           const std::string& time_zone);
// Writes the PDF to `out`; throws std::runtime_error if it cannot.
void WriteGapPdf(const ReadinessView& view, Language language, const std::string& generated_at,
                 const std::string& time_zone, const std::filesystem::path& out);

// "gap-analysis-iso-21001-2018-THPT-TOHIEU.xlsx": a plain file name for the download.
std::string GapReportFileName(const ReadinessView& view, const std::string& extension);

}  // namespace eduims::readiness
