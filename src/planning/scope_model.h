// The scope of a unit's management system (ISO 21001 / ISO 9001 clause 4.3): the statement in Vietnamese and
// English, the sites and the educational products and services covered, and each clause declared not applicable
// with its justification. Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "standards/catalogue.h"

namespace eduims::planning {

struct Exclusion {
  db::Id clause_id = 0;
  std::string justification;
  // Read from the catalogue when shown.
  std::string number, title_en, title_vi;
  db::Id standard_id = 0;
};

struct UnitScope {
  db::Id unit_id = 0;
  std::string statement_vi, statement_en;
  std::vector<std::string> sites, products;
  std::vector<Exclusion> exclusions;
  long long version = 0;  // 0: never declared
  std::optional<db::Id> updated_by;
  std::optional<std::string> updated_at;
};

// Whether a clause may be declared not applicable: a requirement the unit may be unable to apply without
// affecting its ability to ensure conformity, which both standards place in clause 7 (7.1.5, say) or 8 (8.3
// design and development) below the clause itself, or ISO 21001's annex for early childhood education (an annex
// of requirements). `tree` is the catalogue of the clause's standard.
bool MayBeExcluded(const standards::Clause& clause, const std::vector<standards::Clause>& tree);

boost::json::object ToJson(const UnitScope& scope);

}  // namespace eduims::planning
