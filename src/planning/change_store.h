// All SQL of the planned changes register. Callers hold the transaction and have checked permissions.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "planning/change_model.h"

namespace eduims::planning::change_store {

struct ChangeQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<std::string> within_path;
  std::optional<db::Id> unit_id;
  std::optional<std::string> status;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The change with the path of its unit.
std::optional<std::pair<PlannedChange, std::string>> Find(soci::session& s, db::Id id);
std::vector<PlannedChange> List(soci::session& s, const ChangeQuery& query);
void Insert(soci::session& s, PlannedChange& change);
// Writes every field if the version is still `expected_version`; false if stale.
bool Update(soci::session& s, const PlannedChange& change, long long expected_version);

}  // namespace eduims::planning::change_store
