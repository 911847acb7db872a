// The management reviews module as a source of people's tasks (notifications/source.h): the reviews planned within
// kScheduledDays, for each of their participants.
#pragma once
#include "notifications/source.h"

namespace eduims::review {

class ReviewTasks : public notifications::TaskSource {
 public:
  static constexpr int kScheduledDays = 14;
  explicit ReviewTasks(db::Database& db) : db_(db) {}
  std::vector<notifications::UserTask> OpenTasks(std::optional<db::Id> user, const std::string& today) override;

 private:
  db::Database& db_;
};

}  // namespace eduims::review
