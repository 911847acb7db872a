// The directives module as a source of people's tasks (notifications/source.h): each answer a unit still owes
// (not started, in progress or returned for rework), for the people who answer for that unit (answerers.h), due on
// the directive's deadline.
#pragma once
#include "notifications/source.h"
#include "org/service.h"

namespace eduims::directives {

class DirectiveTasks : public notifications::TaskSource {
 public:
  DirectiveTasks(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}
  std::vector<notifications::UserTask> OpenTasks(std::optional<db::Id> user, const std::string& today) override;

 private:
  db::Database& db_;
  org::OrgService& org_;
};

}  // namespace eduims::directives
