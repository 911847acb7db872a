// The SQL behind the planning registers' readiness evidence: the facts (planning::RegisterFacts) of the registers
// of one unit subtree, read in the caller's transaction.
#pragma once
#include <soci/soci.h>

#include <string>

#include "planning/readiness_evidence.h"
#include "platform/db/database.h"

namespace eduims::planning::evidence_store {

// `unit_path` roots the subtree; the scope is the unit's own. `today` is "YYYY-MM-DD".
RegisterFacts Read(soci::session& s, db::Id unit_id, const std::string& unit_path, const std::string& today);

}  // namespace eduims::planning::evidence_store
