// All SQL of unit scopes. Callers hold the transaction and have checked permissions.
#pragma once
#include <optional>

#include "planning/scope_model.h"

namespace eduims::planning::scope_store {

// The unit's declared scope with its exclusions (clause numbers and titles from the catalogue), or nullopt.
std::optional<UnitScope> Find(soci::session& s, db::Id unit_id);
// Writes the scope and replaces its exclusions if its version is still `expected_version` (0: none declared yet);
// false if stale.
bool Put(soci::session& s, const UnitScope& scope, long long expected_version);

}  // namespace eduims::planning::scope_store
