// A quality objective (ISO 21001 / ISO 9001 6.2): measurable, consistent with the quality policy, with the plan to
// achieve it. Its indicators measure it (indicator_model.h); its steps are actions of the actions module.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>

#include "platform/db/database.h"

namespace eduims::planning {

// The source of actions raised by an objective's plan, as the actions module records it.
inline constexpr const char* kObjectiveActionSource = "objective";

struct Objective {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title;
  std::string policy_link;  // the policy commitment it follows from
  // The plan (6.2.2): what, resources, who, when, how the result is evaluated.
  std::string plan_what, resources;
  std::optional<db::Id> responsible_id;
  std::optional<std::string> due_date;
  std::string evaluation;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
};

boost::json::object ToJson(const Objective& objective);

}  // namespace eduims::planning
