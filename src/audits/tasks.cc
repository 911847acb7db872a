#include "audits/tasks.h"

#include "audits/store.h"

namespace eduims::audits {

std::vector<notifications::UserTask> AuditTasks::OpenTasks(std::optional<db::Id> user, const std::string&) {
  std::vector<notifications::UserTask> out;
  db_.Read([&](soci::session& s) { out = store::AssignedTasks(s, user); });
  return out;
}

}  // namespace eduims::audits
