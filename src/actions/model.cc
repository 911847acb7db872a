#include "actions/model.h"

namespace eduims::actions {

boost::json::object ToJson(const Action& a, const std::string& today) {
  auto text = [](const std::optional<std::string>& v) {
    return v ? boost::json::value(*v) : boost::json::value(nullptr);
  };
  auto id = [](const std::optional<db::Id>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); };
  boost::json::value source = nullptr;
  if (a.source_type) source = boost::json::object{{"type", *a.source_type}, {"id", a.source_id.value_or("")}};
  return {{"id", a.id},
          {"title", a.title},
          {"description", a.description},
          {"owner_id", id(a.owner_id)},
          {"unit_id", a.unit_id},
          {"due_date", text(a.due_date)},
          {"status", std::string(StatusName(a.status))},
          {"overdue", IsOverdue(a.status, a.due_date, today)},
          {"source", source},
          {"version", a.version},
          {"created_by", id(a.created_by)},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at},
          {"completed_at", text(a.completed_at)},
          {"archived_at", text(a.archived_at)}};
}

}  // namespace eduims::actions
