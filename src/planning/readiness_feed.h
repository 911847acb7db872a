// Gives readiness the planning registers' evidence (planning/readiness_evidence.h), as the caller may see them:
// nothing for someone who may not view planning on the unit.
#pragma once
#include "platform/db/database.h"
#include "readiness/service.h"

namespace eduims::planning {

void FeedReadiness(db::Database& db, readiness::ReadinessService& readiness);

}  // namespace eduims::planning
