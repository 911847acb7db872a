// Training (ISO 21001 / ISO 9001 7.2, issue 20): a programme of a unit with the competences passing grants, its
// sessions with the check-in code shown in the room, the people invited, who attended, and each participant's
// assessment against the programme's maximum score and pass mark. Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "platform/i18n/language.h"

namespace eduims::training {

struct Programme {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string unit_path;  // derived
  std::string title, provider, description;
  std::vector<std::string> clauses;      // "7.2", "7.3": what the topics answer
  std::vector<std::string> competences;  // codes a passed assessment grants
  double max_score = 10, pass_mark = 5;
  std::optional<int> validity_months;    // how long the granted competences stay in force; none: no lapse
  std::optional<db::Id> created_by;
  std::string created_at;
};

struct Session {
  db::Id id = 0;
  db::Id programme_id = 0;
  std::string title, trainer, place, topics;
  std::string starts_at, ends_at;  // UTC timestamps
  std::string checkin_code;
  std::string created_at;
};

struct Participant {
  db::Id id = 0;
  db::Id programme_id = 0;
  db::Id user_id = 0;
  std::string full_name;  // derived
  std::string invited_at;
  std::optional<double> score;
  std::optional<bool> passed;
  std::optional<std::string> assessed_at;
  std::optional<db::Id> assessed_by;
  long long sessions_attended = 0;  // derived
};

inline constexpr const char* kSources[] = {"trainer", "check_in", "import"};

// A fresh check-in code: 12 URL-safe characters, unguessable during the hour a session lasts.
std::string NewCheckInCode();
// Whether a check-in at `now` (a timestamp) falls within the session, from its start to its end.
bool CheckInOpen(const Session& session, const std::string& now);
bool Passes(const Programme& programme, double score);
// "YYYY-MM-DD" plus the programme's validity from `granted_on`, or none when the competences do not lapse.
std::optional<std::string> ExpiryOf(const Programme& programme, const std::string& granted_on);
// Clause numbers a programme's topics may name: "7", "7.2", "7.2.2", ...
bool ValidClauseNumber(const std::string& number);

boost::json::object ToJson(const Programme& p);
boost::json::object ToJson(const Session& s, bool with_code);
boost::json::object ToJson(const Participant& p);

}  // namespace eduims::training
