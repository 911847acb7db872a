#include "improvement/linked_actions.h"

#include <algorithm>

namespace eduims::improvement {

LinkedActions Summarise(const std::vector<actions::Action>& linked) {
  LinkedActions out;
  for (const auto& a : linked) {
    if (a.status == actions::Status::kCancelled) continue;
    ++(a.status == actions::Status::kDone ? out.done : out.unfinished);
    if (a.due_date && (!out.latest_due || *a.due_date > *out.latest_due)) out.latest_due = a.due_date;
  }
  return out;
}

bool OwnsAny(const std::vector<actions::Action>& linked, std::optional<db::Id> user) {
  return user && std::any_of(linked.begin(), linked.end(), [&](const actions::Action& a) {
           return a.status != actions::Status::kCancelled && a.owner_id == user;
         });
}

actions::ActionInput ActionInputFor(const PlannedAction& planned, db::Id unit_id, const std::string& source_type,
                                    db::Id source_id) {
  actions::ActionInput input;
  input.title = planned.title;
  input.description = planned.description;
  input.owner_id = planned.owner_id;
  input.unit_id = unit_id;
  input.due_date = planned.due_date;
  input.source_type = source_type;
  input.source_id = std::to_string(source_id);
  return input;
}

}  // namespace eduims::improvement
