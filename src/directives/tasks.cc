#include "directives/tasks.h"

#include <map>

#include "directives/answerers.h"
#include "directives/store.h"

namespace eduims::directives {

std::vector<notifications::UserTask> DirectiveTasks::OpenTasks(std::optional<db::Id> user, const std::string&) {
  // One person answers only for the unit they work in.
  std::optional<db::Id> unit;
  if (user) unit = org_.GetUser(nullptr, *user).unit_id;
  std::vector<store::AnswerRow> owed;
  db_.Read([&](soci::session& s) { owed = store::Unsubmitted(s, unit); });
  std::map<db::Id, std::vector<db::Id>> answerers;  // by unit, read once each
  std::vector<notifications::UserTask> out;
  for (const store::AnswerRow& row : owed) {
    auto [it, fresh] = answerers.try_emplace(row.answer.unit_id);
    if (fresh)
      for (const org::User& u : AnswerersOf(org_, row.answer.unit_id)) it->second.push_back(u.id);
    // A return for rework is new work: it gets its own key, mailed again.
    std::string key = "directive_answer:" + std::to_string(row.answer.id) +
                      (row.answer.status == AnswerStatus::kReturned ? ":returned:" + row.answer.updated_at : "");
    for (db::Id person : it->second)
      if (!user || person == *user)
        out.push_back({person, key, "directive_answer",
                       row.directive.dispatch_number + " " + row.directive.title + " — " + row.unit_name,
                       row.directive.deadline, "/directive-answers/" + std::to_string(row.answer.id)});
  }
  return out;
}

}  // namespace eduims::directives
