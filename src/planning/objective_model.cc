#include "planning/objective_model.h"

namespace eduims::planning {

boost::json::object ToJson(const Objective& o) {
  auto opt_id = [](const std::optional<db::Id>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); };
  auto opt_text = [](const std::optional<std::string>& v) {
    return v ? boost::json::value(*v) : boost::json::value(nullptr);
  };
  return {{"id", o.id},
          {"unit_id", o.unit_id},
          {"title", o.title},
          {"policy_link", o.policy_link},
          {"plan_what", o.plan_what},
          {"resources", o.resources},
          {"responsible_id", opt_id(o.responsible_id)},
          {"due_date", opt_text(o.due_date)},
          {"evaluation", o.evaluation},
          {"version", o.version},
          {"created_by", opt_id(o.created_by)},
          {"created_at", o.created_at},
          {"updated_at", o.updated_at},
          {"archived_at", opt_text(o.archived_at)}};
}

}  // namespace eduims::planning
