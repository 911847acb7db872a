// What the department's oversight of its units reads of the indicators: one grouped query over a subtree.
#pragma once
#include <map>
#include <string>

#include "platform/db/per_unit.h"

namespace eduims::planning {

// For each unit of the subtree at `within_path` with measured indicators, how many (not archived) have their value
// for the latest period ended by `today` (of each one's frequency) off target in their direction (first: below the
// target when higher is better, above it when lower is), and of those how many are past the warning threshold too
// (second). An indicator without that value is not counted.
std::map<db::Id, db::UnitCounts> IndicatorsOffTargetByUnit(soci::session& s, const std::string& within_path,
                                                           const std::string& today);

}  // namespace eduims::planning
