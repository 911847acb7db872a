// The audits module as a source of people's tasks (notifications/source.h): the audits planned or in progress, for
// their lead auditor and each member of their team.
#pragma once
#include "notifications/source.h"

namespace eduims::audits {

class AuditTasks : public notifications::TaskSource {
 public:
  explicit AuditTasks(db::Database& db) : db_(db) {}
  std::vector<notifications::UserTask> OpenTasks(std::optional<db::Id> user, const std::string& today) override;

 private:
  db::Database& db_;
};

}  // namespace eduims::audits
