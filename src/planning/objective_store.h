// All SQL of objectives.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "planning/objective_model.h"

namespace eduims::planning::objective_store {

struct ObjectiveQuery {
  std::vector<std::string> scope;  // unit subtree roots to read from
  std::optional<db::Id> unit_id;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The objective with the path of its unit.
std::optional<std::pair<Objective, std::string>> Find(soci::session& s, db::Id id);
std::vector<Objective> List(soci::session& s, const ObjectiveQuery& query);
void Insert(soci::session& s, Objective& objective);
// Writes every field if the version is still `expected_version`; false if stale.
bool Update(soci::session& s, const Objective& objective, long long expected_version);

}  // namespace eduims::planning::objective_store
