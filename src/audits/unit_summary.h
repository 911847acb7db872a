// What the department's oversight of its units reads of the audits: one grouped query over a subtree.
#pragma once
#include <map>
#include <string>

#include "platform/db/per_unit.h"

namespace eduims::audits {

// For each unit of the subtree at `within_path` that had one, the last day of its latest internal audit that was
// reported or closed ("YYYY-MM-DD").
std::map<db::Id, std::string> LastInternalAuditByUnit(soci::session& s, const std::string& within_path);

}  // namespace eduims::audits
