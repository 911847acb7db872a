// The complainant's pages, served without login: the form (/complaints/new), the page that gives the tracking code,
// the page where the complainant follows the complaint (/complaints/{code}) and accepts the response or appeals,
// and the page for a refusal. Self-contained HTML in Vietnamese or English for an inexpensive phone: no script, no
// file loaded from anywhere, every value HTML-escaped. The follow page shows the state, the dates, the response and
// the appeal's decision, never the investigation notes nor who handles the complaint. Pure: no I/O.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "complaints/model.h"
#include "platform/i18n/language.h"

namespace eduims::complaints {

struct UnitChoice {
  db::Id id = 0;
  std::string name;
  int depth = 0;  // below the top of the organisation, for indenting the list
};

// What the complainant typed, to show again beside the `error` (a message already worded) that refused it.
struct FormValues {
  std::string unit_id, kind, category, text, name, contact;
  std::string error;
};

std::string FormPage(const std::vector<UnitChoice>& units, const FormValues& values, Language language);
std::string CreatedPage(const std::string& code, Language language);
// `code` as the complainant typed it, for the page's own links and forms; `error` shown above them if not empty.
std::string FollowPage(const Complaint& complaint, const std::string& code, const std::string& error,
                       Language language);
// The label the form gives the request field `field` ("text", "unit_id", ...), for messages about it.
std::string FieldLabel(const std::string& field, Language language);
std::string ErrorPage(const std::string& title, const std::string& detail, Language language);

// For the responses: no script and nothing loaded from elsewhere; forms post to the pages themselves.
inline constexpr const char* kPublicPagePolicy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

}  // namespace eduims::complaints
