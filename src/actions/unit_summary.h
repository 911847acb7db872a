// What the department's oversight of its units reads of the actions: one grouped query over a subtree.
#pragma once
#include <map>
#include <string>

#include "platform/db/per_unit.h"

namespace eduims::actions {

// For each unit of the subtree at `within_path` with some, its open or in-progress actions past their due date
// (first). Callers have checked the caller may see the subtree's oversight.
std::map<db::Id, db::UnitCounts> OverdueByUnit(soci::session& s, const std::string& within_path,
                                               const std::string& today);

}  // namespace eduims::actions
