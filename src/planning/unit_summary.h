// What the department's oversight of its units reads of the indicators: one grouped query over a subtree.
#pragma once
#include <map>
#include <string>

#include "platform/db/per_unit.h"

namespace eduims::planning {

// For each unit of the subtree at `within_path` with measured indicators, how many (not archived) have their latest
// value off target in their direction (first: below the target when higher is better, above it when lower is), and
// of those how many are past the warning threshold too (second).
std::map<db::Id, db::UnitCounts> IndicatorsOffTargetByUnit(soci::session& s, const std::string& within_path);

}  // namespace eduims::planning
