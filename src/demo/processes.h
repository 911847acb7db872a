// Demo processes and records (see processes.cc), created through their services as the quality manager would.
#pragma once
#include <map>
#include <string>

#include "application.h"

namespace eduims::demo {

// Creates the demo process register in `unit_id`; `owners` maps a process code to its owner's user id.
void SeedProcesses(Application& app, const auth::Principal& quality_manager, db::Id unit_id,
                   const std::map<std::string, db::Id>& owners);

// A few records of the department, one of them past its retention (for the disposal review).
void SeedRecords(Application& app, const auth::Principal& quality_manager, db::Id unit_id);

}  // namespace eduims::demo
