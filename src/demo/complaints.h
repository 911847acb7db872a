// The demo schools' complaints and appeals (see complaints.cc), one in each state the register shows: received,
// acknowledged, overdue, answered, appealed and closed, recorded through the complaints service as the staff, the
// quality managers, the handlers and the complainants themselves would.
#pragma once
#include <vector>

#include "application.h"

namespace eduims::demo {

void SeedComplaints(Application& app, const std::vector<org::User>& users);

}  // namespace eduims::demo
