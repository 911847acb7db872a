// All SQL of the readiness module: the units' self-assessments. Callers hold the transaction and have checked
// permissions.
#pragma once
#include <optional>
#include <vector>

#include "readiness/report.h"

namespace eduims::readiness::store {

// Every self-assessment of `unit_id`, by clause.
std::vector<SelfAssessment> OfUnit(soci::session& s, db::Id unit_id);
// Inserts the assessment with version 1; sets its id and version.
void Insert(soci::session& s, SelfAssessment& a, const std::string& created_at);
// Writes status, comment, assessor and time if the version is still `expected_version`; false if stale.
bool Update(soci::session& s, const SelfAssessment& a, long long expected_version);

}  // namespace eduims::readiness::store
