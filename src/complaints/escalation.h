// Escalation of a complaint's passed deadline (acknowledgement, response, appeal decision): the notice that tells
// its handler or decider and those who manage complaints on its unit, in their language. The notice names the
// deadline, the category, the unit and the link, never the complainant nor what the complaint says, since mail
// leaves the system. Plain values and rules, no I/O.
#pragma once
#include <string>
#include <vector>

#include "complaints/model.h"
#include "platform/i18n/language.h"
#include "platform/mail/message.h"

namespace eduims::complaints {

struct OverdueNotice {
  std::string to, name;
  Language language = Language::kVietnamese;
  db::Id complaint_id = 0;
  std::string deadline, due_date, category, unit_name, link;
};

mail::Mail EscalationMail(const OverdueNotice& notice);

}  // namespace eduims::complaints
