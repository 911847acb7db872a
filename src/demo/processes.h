// Demo processes (see processes.cc), created through the processes service as the quality manager would.
#pragma once
#include <map>
#include <string>

#include "application.h"

namespace eduims::demo {

// Creates the demo process register in `unit_id`; `owners` maps a process code to its owner's user id.
void SeedProcesses(Application& app, const auth::Principal& quality_manager, db::Id unit_id,
                   const std::map<std::string, db::Id>& owners);

}  // namespace eduims::demo
