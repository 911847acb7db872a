// The actions module as a source of people's tasks (notifications/source.h): each owner's unfinished actions due
// within kDueSoonDays or overdue.
#pragma once
#include "notifications/source.h"

namespace eduims::actions {

class ActionTasks : public notifications::TaskSource {
 public:
  static constexpr int kDueSoonDays = 7;
  explicit ActionTasks(db::Database& db) : db_(db) {}
  std::vector<notifications::UserTask> OpenTasks(std::optional<db::Id> user, const std::string& today) override;

 private:
  db::Database& db_;
};

}  // namespace eduims::actions
