// What the actions raised by a nonconformity or an improvement mean to their workflows: how many are still to do
// or done (cancelled ones count for nothing), the latest due date, and who owns them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "actions/service.h"

namespace eduims::improvement {

struct LinkedActions {
  int unfinished = 0, done = 0;
  std::optional<std::string> latest_due;
};

LinkedActions Summarise(const std::vector<actions::Action>& linked);
// True if `user` owns one of the actions that were not cancelled.
bool OwnsAny(const std::vector<actions::Action>& linked, std::optional<db::Id> user);

// What a caller asks for when planning an action on a nonconformity or an improvement.
struct PlannedAction {
  std::string title, description;
  std::optional<db::Id> owner_id;
  std::optional<std::string> due_date;
};
// The action of `unit_id` raised by (`source_type`, `source_id`).
actions::ActionInput ActionInputFor(const PlannedAction& planned, db::Id unit_id, const std::string& source_type,
                                    db::Id source_id);

}  // namespace eduims::improvement
