// A planned change to the management system (ISO 21001 / ISO 9001 clause 6.3): what changes and why, its risks
// and their consequences, the resources it needs, who is responsible, the decision of top management, and the
// documents and processes it changes. Its workflow: proposed -> approved or rejected (top management decides),
// approved -> implemented. Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::planning {

struct PlannedChange {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title, purpose, risks, resources, responsibilities;
  std::optional<std::string> planned_on;
  std::vector<db::Id> document_ids, process_ids;
  std::string status = "proposed";
  std::optional<db::Id> decided_by;
  std::optional<std::string> decided_at;
  std::string decision_note;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
};

// "proposed", "approved", "rejected", "implemented".
const std::vector<std::string>& ChangeStatuses();
// The status a decision ("approve", "reject", "implement") leads to from `from`, or nullopt if it does not apply
// there. Only "approve" and "reject" are top management's.
std::optional<std::string> DecisionTarget(const std::string& from, const std::string& decision);
const std::vector<std::string>& ChangeDecisions();

boost::json::object ToJson(const PlannedChange& change);

}  // namespace eduims::planning
