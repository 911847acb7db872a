// The audit report as a document (ISO 19011 6.5): scope (unit, processes, clauses of each standard), team and
// auditees, dates, summary, the findings grouped by clause with both standards' references on a line that answers
// both and the evidence files each line holds, the count of each result and of the files, and the signatures block. Plain domain code: the caller supplies the names and renders the blocks.
#pragma once
#include <string>
#include <vector>

#include "audits/model.h"
#include "platform/i18n/language.h"
#include "platform/pdf/pdf_document.h"

namespace eduims::audits {

struct ReportNames {
  std::string unit;
  std::string lead_auditor;
  std::vector<std::string> team;
  std::vector<std::string> processes;  // "code — name"
  std::vector<std::string> auditees;
};

// "ISO 21001:2018 7.1.2" from a clause URN ("urn:eduims:std:iso-21001:2018:clause:7.1.2") and its number.
std::string ClauseLabel(const ClauseRef& clause);

std::vector<pdf::Block> ReportBlocks(const Audit& audit, const std::vector<ChecklistLine>& lines,
                                     const ReportNames& names, Language language);
pdf::PageFrame ReportFrame(const Audit& audit, Language language);

}  // namespace eduims::audits
