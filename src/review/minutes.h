// The minutes of a management review as a document, in Vietnamese or English: the unit, period, date and
// participants; each agenda input with its figures, the entries behind it and the meeting's notes (an input with no
// module says so); the conclusions; the decisions with the action or improvement each raised; and the approval.
// Plain domain code: the caller supplies the names and renders the blocks.
#pragma once
#include <string>
#include <vector>

#include "platform/i18n/language.h"
#include "platform/pdf/pdf_document.h"
#include "review/model.h"

namespace eduims::review {

struct MinutesNames {
  std::string unit;
  std::vector<std::string> participants;  // in the review's order, "Name (top management)" where so
  std::string approver;                   // empty until approved
};

// The agenda input's title in `language` ("Nonconformities and corrective actions").
std::string InputTitle(const std::string& key, Language language);

std::vector<pdf::Block> MinutesBlocks(const Review& review, const MinutesNames& names, Language language);
pdf::PageFrame MinutesFrame(const Review& review, const MinutesNames& names, Language language);

}  // namespace eduims::review
