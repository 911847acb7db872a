#include "review/tasks.h"

#include "platform/clock.h"
#include "platform/dates.h"
#include "review/store.h"

namespace eduims::review {

std::vector<notifications::UserTask> ReviewTasks::OpenTasks(std::optional<db::Id> user, const std::string& today) {
  std::vector<Review> planned;
  db_.Read([&](soci::session& s) {
    planned = store::PlannedBetween(s, today, FormatDate(AddDays(*ParseDate(today), kScheduledDays)));
  });
  std::vector<notifications::UserTask> out;
  for (const Review& r : planned)
    for (const Participant& p : r.participants)
      if (!user || p.user_id == *user)
        out.push_back({p.user_id, "review_scheduled:" + std::to_string(r.id) + ":" + r.planned_on, "review_scheduled",
                       r.title, r.planned_on, "/management-reviews/" + std::to_string(r.id)});
  return out;
}

}  // namespace eduims::review
