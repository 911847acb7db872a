// The demo's competence and training (see people.cc): the consultant's four ISO sessions from 24 August to
// 30 September 2020 for the department and the heads of its units, with attendance and results; the internal
// auditors' course that qualifies the demo's auditors; and the competences the department and its schools require,
// so the matrix shows what is held, what is missing and what lapses soon.
#pragma once
#include <vector>

#include "application.h"

namespace eduims::demo {

void SeedPeople(Application& app, const std::vector<org::User>& users);

}  // namespace eduims::demo
