// What the department's oversight of its units reads of the documents: one grouped query over a subtree.
#pragma once
#include <map>
#include <string>

#include "platform/db/per_unit.h"

namespace eduims::documents {

// For each unit of the subtree at `within_path` with some, its published documents whose review date has passed
// (first).
std::map<db::Id, db::UnitCounts> ReviewsOverdueByUnit(soci::session& s, const std::string& within_path,
                                                      const std::string& today);

}  // namespace eduims::documents
