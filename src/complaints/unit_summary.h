// What the department's oversight of its units reads of the complaints register: one grouped query over a subtree.
#pragma once
#include <map>
#include <string>

#include "platform/db/per_unit.h"

namespace eduims::complaints {

// For each unit of the subtree at `within_path` with some, its complaints and appeals not closed (first) and of those
// the ones past their response deadline (second).
std::map<db::Id, db::UnitCounts> OpenComplaintsByUnit(soci::session& s, const std::string& within_path,
                                                      const std::string& today);

}  // namespace eduims::complaints
