// Who answers a directive for a unit: the people working in the unit who may answer for it (answer_directives there:
// its top management, quality managers and process owners), not everyone above it who also could. Shared by the reminders and the people's task list.
#pragma once
#include <vector>

#include "org/service.h"

namespace eduims::directives {

// Read as the organisation as a whole would (an administrator at the top): the caller is a job, not a person.
std::vector<org::User> AnswerersOf(org::OrgService& org, db::Id unit_id);

}  // namespace eduims::directives
