// The due dates of the actions a personal feed's owner owns and has not finished (open or in progress), as
// all-day events. Organisation feeds show none: a subtree's actions are too many for a calendar and belong to
// their owners.
#pragma once
#include "actions/service.h"
#include "calendar/source.h"

namespace eduims::calendar {

class ActionEvents : public CalendarSource {
 public:
  explicit ActionEvents(actions::ActionService& actions) : actions_(actions) {}
  std::vector<Event> Events(const FeedQuery& query) override;

 private:
  actions::ActionService& actions_;
};

}  // namespace eduims::calendar
