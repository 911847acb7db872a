// What the department's oversight of its units reads of readiness: each unit's self-assessed readiness per standard
// of the catalogue, for a whole subtree from one query of its assessments.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "standards/catalogue.h"

namespace eduims::readiness {

struct StandardReadiness {
  std::vector<standards::Standard> standards;  // the ISO standards assessed somewhere in the subtree, catalogue order
  // unit -> standard id -> percent: the mean of the self-assessment points (not started 0, partial 40, implemented
  // 80, verified 100) over the standard's requirement clauses, an assessment counting for its "equal" clauses as
  // in the unit's readiness report. It is the report's figure before the caps of evidence, documented information
  // and nonconformities, which the unit's own report (one unit at a time) adds; a unit without assessments is absent.
  std::map<db::Id, std::map<db::Id, int>> percent;
};

StandardReadiness SelfAssessedByUnit(db::Database& db, const std::string& within_path);

}  // namespace eduims::readiness
