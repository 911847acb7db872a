// Figures per unit from one grouped query, for summaries that cover a whole subtree at once (the department's
// oversight of its units reads one such query per module, never one per unit).
#pragma once
#include <map>
#include <string>

#include "platform/db/query.h"

namespace eduims::db {

struct UnitCounts {
  long long first = 0, second = 0;
};

// Runs `sql`, which selects (unit id, count, count) grouped by unit, and returns the counts by unit.
std::map<Id, UnitCounts> CountsPerUnit(soci::session& s, const std::string& sql, Binds& binds);
// Runs `sql`, which selects (unit id, text) grouped by unit; NULL texts are left out.
std::map<Id, std::string> TextPerUnit(soci::session& s, const std::string& sql, Binds& binds);

}  // namespace eduims::db
