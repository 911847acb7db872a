// The gap-analysis report as a spreadsheet: a summary (standard, unit, date, readiness overall and per clause
// group), every requirement clause with its self-assessment, evidence, mandatory documented information, open
// nonconformities, points and gaps, and the gaps alone. Headings and words in the reader's language.
#pragma once
#include <string>

#include "platform/i18n/language.h"
#include "platform/xlsx/workbook.h"
#include "readiness/service.h"

namespace eduims::readiness {

xlsx::Workbook GapWorkbook(const ReadinessView& view, Language language, const std::string& generated_at);

// "gap-analysis-iso-21001-2018-THPT-TOHIEU.xlsx": a plain file name for the download.
std::string GapReportFileName(const ReadinessView& view, const std::string& extension);

}  // namespace eduims::readiness
