// The rules of unit scopes: who may read a unit's scope (kViewPlanning on it) and declare it (kManagePlanning),
// what a valid declaration is (statements in both languages, each excluded clause one that may be excluded and
// justified), and the exclusions other modules count (readiness leaves them out of its denominator, certification
// shows them in a project's scope). A declaration replaces the last one whole, in one transaction with its audit
// entry (which keeps the one it replaced). Failures are ProblemError.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "org/service.h"
#include "planning/scope_model.h"
#include "platform/audit/audit_trail.h"

namespace eduims::planning {

struct ScopeInput {
  long long version = 0;  // the version read; 0 for the first declaration
  std::string statement_vi, statement_en;
  std::vector<std::string> sites, products;
  std::vector<std::pair<db::Id, std::string>> exclusions;  // clause id, justification
};

class ScopeService {
 public:
  ScopeService(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}

  // The unit's scope; version 0 and empty fields if none was declared.
  UnitScope Get(const auth::Principal& who, db::Id unit_id);
  UnitScope Put(const auth::Principal& who, db::Id unit_id, const ScopeInput& input, const audit::Actor& actor);
  // The clauses the unit's scope excludes, with their justification, whoever asks: what readiness and
  // certification count.
  std::map<db::Id, std::string> Exclusions(db::Id unit_id);
  // The unit's scope whoever asks (version 0 if none was declared).
  UnitScope Of(db::Id unit_id);

 private:
  db::Database& db_;
  org::OrgService& org_;
};

}  // namespace eduims::planning
