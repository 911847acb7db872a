// All SQL of the actions module.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "actions/model.h"
#include "notifications/source.h"

namespace eduims::actions::store {

struct ActionQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<db::Id> unit_id;
  std::optional<std::string> within_path;
  std::optional<Status> status;
  std::optional<db::Id> owner_id;
  std::optional<std::string> overdue_before;  // unfinished with a due date before this date
  std::optional<std::string> source_type;
  std::optional<std::string> source_id;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The action with the path of its unit.
std::optional<std::pair<Action, std::string>> Find(soci::session& s, db::Id id);
std::vector<Action> List(soci::session& s, const ActionQuery& query);
void Insert(soci::session& s, Action& action);
// The unfinished, live actions with an owner (`user` if given) due on or before `due_by`, overdue ones included, as
// their owners' tasks (notifications/source.h), keyed by the due date so a new due date is a new task.
std::vector<notifications::UserTask> DueTasks(soci::session& s, std::optional<db::Id> user, const std::string& due_by);
// Writes every field if the version is still `expected_version`; false if stale.
bool Update(soci::session& s, const Action& action, long long expected_version);

}  // namespace eduims::actions::store
