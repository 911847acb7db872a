#include "planning/context_rules.h"

#include <algorithm>

#include "platform/problem.h"
#include "standards/catalogue.h"

namespace eduims::planning {

void CheckEnum(const std::vector<std::string>& allowed, const std::string& value, const std::string& field) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) Fail(422, "validation.invalid_value", field);
}

void RequireProcesses(processes::ProcessService& processes, const auth::Principal& who,
                      const std::vector<db::Id>& ids, const std::string& field) {
  for (db::Id id : ids) {
    try {
      processes.Get(who, id);
    } catch (const ProblemError&) {
      Fail(422, "validation.reference_not_found", field);
    }
  }
}

void RequireClauses(soci::session& s, const std::vector<db::Id>& ids, const std::string& field) {
  for (db::Id id : ids)
    if (!standards::ClauseExists(s, id)) Fail(422, "validation.reference_not_found", field);
}

}  // namespace eduims::planning
