// What recruitment shows a certification auditor for clause 7.1.2 (numbered alike in ISO 21001 and ISO 9001): the
// recruitment processes of the unit's subtree ("recruitment_processes") and its recruitments decided or closed
// ("recruitments", short of "no_recruitment_process" while they were run by no process of the subtree). Plain rules,
// no I/O.
#pragma once
#include <vector>

#include "readiness/report.h"

namespace eduims::recruitment {

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(long long processes, long long decided);

}  // namespace eduims::recruitment
