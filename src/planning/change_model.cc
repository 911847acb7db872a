#include "planning/change_model.h"

#include "planning/context_model.h"

namespace eduims::planning {

const std::vector<std::string>& ChangeStatuses() {
  static const std::vector<std::string> all = {"proposed", "approved", "rejected", "implemented"};
  return all;
}

const std::vector<std::string>& ChangeDecisions() {
  static const std::vector<std::string> all = {"approve", "reject", "implement"};
  return all;
}

std::optional<std::string> DecisionTarget(const std::string& from, const std::string& decision) {
  if (from == "proposed" && decision == "approve") return "approved";
  if (from == "proposed" && decision == "reject") return "rejected";
  if (from == "approved" && decision == "implement") return "implemented";
  return std::nullopt;
}

boost::json::object ToJson(const PlannedChange& c) {
  return {{"id", c.id},
          {"unit_id", c.unit_id},
          {"title", c.title},
          {"purpose", c.purpose},
          {"risks", c.risks},
          {"resources", c.resources},
          {"responsibilities", c.responsibilities},
          {"planned_on", JsonOrNull(c.planned_on)},
          {"document_ids", boost::json::array(c.document_ids.begin(), c.document_ids.end())},
          {"process_ids", boost::json::array(c.process_ids.begin(), c.process_ids.end())},
          {"status", c.status},
          {"decided_by", JsonOrNull(c.decided_by)},
          {"decided_at", JsonOrNull(c.decided_at)},
          {"decision_note", c.decision_note},
          {"version", c.version},
          {"created_by", JsonOrNull(c.created_by)},
          {"created_at", c.created_at},
          {"updated_at", c.updated_at},
          {"archived_at", JsonOrNull(c.archived_at)}};
}

}  // namespace eduims::planning
