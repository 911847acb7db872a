// The shared action record: one thing someone must do by a date, raised by any module (a corrective action, an
// audit finding, a management review decision) and linked back to what raised it.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>

#include "actions/workflow.h"
#include "platform/db/database.h"
#include "platform/json_writer.h"

namespace eduims::actions {

struct Action {
  db::Id id = 0;
  std::string title;
  std::string description;
  std::optional<db::Id> owner_id;
  db::Id unit_id = 0;
  std::optional<std::string> due_date;
  Status status = Status::kOpen;
  std::optional<std::string> source_type;  // e.g. "nonconformity"
  std::optional<std::string> source_id;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at;
  std::string updated_at;
  std::optional<std::string> completed_at;
  std::optional<std::string> archived_at;
};

// The action's JSON object, as the API returns it; `today` ("YYYY-MM-DD") decides whether it is overdue.
void WriteJson(JsonWriter& writer, const Action& action, const std::string& today);
// The same as text (for responses and the audit trail) and as a tree (for callers that add to it).
std::string JsonText(const Action& action, const std::string& today);
boost::json::object ToJson(const Action& action, const std::string& today);

}  // namespace eduims::actions
