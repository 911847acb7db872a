// Checks shared by the context registers (issues, interested parties, scope, changes): each throws ProblemError
// naming the field.
#pragma once
#include <string>
#include <vector>

#include "platform/auth/roles.h"
#include "platform/db/database.h"
#include "processes/service.h"

namespace eduims::planning {

// 422 validation.invalid_value unless `value` is one of `allowed`.
void CheckEnum(const std::vector<std::string>& allowed, const std::string& value, const std::string& field);
// 422 validation.reference_not_found on `field` unless the caller can see every process.
void RequireProcesses(processes::ProcessService& processes, const auth::Principal& who,
                      const std::vector<db::Id>& ids, const std::string& field = "process_ids");
// 422 validation.reference_not_found on `field` unless every id is a clause of the catalogue.
void RequireClauses(soci::session& s, const std::vector<db::Id>& ids, const std::string& field = "clause_ids");

}  // namespace eduims::planning
