#include "actions/tasks.h"

#include "actions/store.h"
#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::actions {

std::vector<notifications::UserTask> ActionTasks::OpenTasks(std::optional<db::Id> user, const std::string& today) {
  std::string due_by = FormatDate(AddDays(*ParseDate(today), kDueSoonDays));
  std::vector<notifications::UserTask> out;
  db_.Read([&](soci::session& s) { out = store::DueTasks(s, user, due_by); });
  return out;
}

}  // namespace eduims::actions
