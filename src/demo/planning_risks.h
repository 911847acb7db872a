// The demo register of risks and opportunities (see planning_risks.cc), recorded through the risks service as each
// unit's people would.
#pragma once
#include <vector>

#include "application.h"
#include "org/model.h"

namespace eduims::demo {

// A dozen entries over the department (on its processes, each rated so that its process keeps the level the demo
// types for it) and three schools, some treated with actions, re-rated after treatment or reviewed. `users` are the
// demo users in DemoUsers() order.
void SeedRisks(Application& app, const std::vector<org::User>& users);

}  // namespace eduims::demo
