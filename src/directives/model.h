// A directive or reporting request from a unit (the department) to units below it, with its dispatch (number,
// date), deadline and how its recipients were chosen; each recipient's answer; the submission rate; the reminder
// and escalation mails. Plain data and rules; no I/O.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "directives/workflow.h"
#include "platform/db/database.h"
#include "platform/i18n/language.h"
#include "platform/mail/message.h"

namespace eduims::directives {

// The action source type of the actions a directive raises (one per recipient), with the directive's id.
inline constexpr const char* kDirectiveActionSource = "directive";

const std::vector<std::string>& DirectiveKinds();  // "directive", "report_request"
const std::vector<std::string>& TargetKinds();     // "subtree", "unit_type", "units"

// How the recipients are chosen: every unit of a subtree below the sender (`root`; the sender itself never
// receives its own directive), every unit of a type below the sender, or a list of units.
struct Targets {
  std::string kind = "units";
  std::optional<db::Id> root;
  std::optional<std::string> unit_type;
  std::vector<db::Id> unit_ids;
};
boost::json::object ToJson(const Targets& t);
Targets TargetsFrom(const std::string& text);

struct Directive {
  db::Id id = 0;
  db::Id unit_id = 0;  // the sender
  std::string kind = "report_request";
  std::string dispatch_number, dispatch_date, title, body, deadline;
  Targets targets;
  bool creates_actions = false;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
};

struct Answer {
  db::Id id = 0;
  db::Id directive_id = 0;
  db::Id unit_id = 0;
  AnswerStatus status = AnswerStatus::kNotStarted;
  std::string text;
  std::optional<std::string> return_reason;
  std::optional<db::Id> action_id;
  std::optional<std::string> submitted_at;
  std::optional<db::Id> submitted_by;
  std::optional<std::string> reviewed_at;
  std::optional<db::Id> reviewed_by;
  long long version = 1;
  std::string updated_at;
};

// How far the recipients are: answers by status, and the submission rate (submitted or accepted over all, in
// percent rounded down, 0 for none).
struct Progress {
  std::map<std::string, long long> by_status;
  long long total = 0, submitted = 0;
  int rate = 0;
};
Progress ProgressOf(const std::map<std::string, long long>& by_status);

boost::json::object ToJson(const Directive& d);
boost::json::object ToJson(const Progress& p);
boost::json::object ToJson(const Answer& a);

// A reminder before the deadline or an escalation after it, to one person about one unit's answer.
struct Notice {
  std::string kind;  // "reminder" or "escalation"
  std::string to, name;
  Language language = Language::kVietnamese;
  std::string dispatch_number, title, deadline, unit_name, status, link;
};
mail::Mail NoticeMail(const Notice& notice);

}  // namespace eduims::directives
