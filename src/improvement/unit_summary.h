// What the department's oversight of its units reads of the nonconformities: one grouped query over a subtree.
#pragma once
#include <map>
#include <string>

#include "platform/db/per_unit.h"

namespace eduims::improvement {

// For each unit of the subtree at `within_path` with some, its open (not closed) nonconformities (first) and of those
// the ones past their due date (second).
std::map<db::Id, db::UnitCounts> OpenNonconformitiesByUnit(soci::session& s, const std::string& within_path,
                                                           const std::string& today);

}  // namespace eduims::improvement
