// Escalation of overdue nonconformities (issue 5): to whom a nonconformity goes once its due date passes, and the
// notice that tells them, in their language. Plain values and rules, no I/O.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "platform/db/database.h"
#include "platform/i18n/language.h"
#include "platform/mail/message.h"

namespace eduims::improvement {

// The unit whose head an overdue nonconformity of the unit at `unit_path` goes to: the unit itself if it names an
// (enabled) head in `head_by_unit` who `may_receive` it (whose grants, as they are now, show them the
// nonconformity), else the nearest unit above it whose head does; nullopt if none on the path does.
std::optional<db::Id> EscalationUnit(const std::string& unit_path, const std::map<db::Id, db::Id>& head_by_unit,
                                     const std::function<bool(db::Id head)>& may_receive);

struct OverdueNotice {
  std::string to, head_name;  // the head's address and name
  Language language = Language::kVietnamese;
  std::string title, severity, due_date, unit_name;
  std::string link;  // the nonconformity's page
};

mail::Mail EscalationMail(const OverdueNotice& notice);

}  // namespace eduims::improvement
