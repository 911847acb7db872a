// Where a calendar feed's events come from. The calendar service asks every registered source for the events of a
// feed, and each source answers only what the feed's owner may see today. Audits and the owner's actions are built
// in (calendar/audit_events, calendar/action_events); another module adds its own dates (certification step
// deadlines, surveillance windows) by implementing CalendarSource and registering it with
// CalendarService::AddSource when the application is wired.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "calendar/ical.h"
#include "platform/auth/roles.h"

namespace eduims::calendar {

struct FeedQuery {
  const auth::Principal& owner;  // the feed's owner, with the grants in force today
  // An organisation feed shows the subtree of this unit; a personal feed (none) what concerns the owner.
  std::optional<db::Id> unit_id;
  std::string from, to;  // the dates the feed covers, inclusive
};

class CalendarSource {
 public:
  virtual ~CalendarSource() = default;
  // The events of the feed whose days fall in [from, to], in the owner's language. Event UIDs are stable and never
  // shared with another source: "<kind>-<id>@eduims". May throw ProblemError (the feed then answers with it).
  // REQUIRES: thread-safe and keeping nothing between calls (several servers answer the same feed).
  virtual std::vector<Event> Events(const FeedQuery& query) = 0;
};

}  // namespace eduims::calendar
