// The demo department's and schools' context (see planning_context.cc): context issues, interested parties with
// their needs and requirements, scopes and a planned change, recorded through the planning services as the
// quality manager and the director would.
#pragma once
#include "application.h"

namespace eduims::demo {

void SeedPlanningContext(Application& app, const auth::Principal& quality_manager, const auth::Principal& director);

}  // namespace eduims::demo
