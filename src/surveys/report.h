// The printable PDFs of a campaign, as page blocks (platform/pdf): the results report in Vietnamese or English with a
// bar chart of the satisfaction index of each question (its 95% interval across the bar, its threshold as a tick),
// the QR posters of an anonymous campaign (one page per unit's link) and the slips of a confidential campaign's
// one-time codes (the person a code goes to on the slip, for handing it out). Plain text production, no I/O.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/i18n/language.h"
#include "platform/pdf/pdf_document.h"
#include "surveys/model.h"

namespace eduims::surveys {

// `results` as SurveyService::Results answers; `unit_names` names the units of its response rates.
std::vector<pdf::Block> ResultsBlocks(const boost::json::object& results, const std::map<db::Id, std::string>& unit_names,
                                      Language language);

struct PrintedLink {
  std::string unit_name;
  std::string url;                    // absolute: https://…/s/CODE
  std::string code;
  std::optional<std::string> person;  // a one-time code's recipient, while the campaign keeps it
};

// One page per link: the questionnaire's title, the unit, a large QR code of the link and the link written out.
std::vector<pdf::Block> PosterBlocks(const Campaign& c, const std::string& questionnaire_title,
                                     const std::vector<PrintedLink>& links, Language language);
// One slip per code, several to a page: the person, the code, the link and a small QR code of it.
std::vector<pdf::Block> SlipBlocks(const Campaign& c, const std::string& questionnaire_title,
                                   const std::vector<PrintedLink>& codes, Language language);

pdf::PageFrame CampaignFrame(const Campaign& c, const std::string& what, Language language);

}  // namespace eduims::surveys
