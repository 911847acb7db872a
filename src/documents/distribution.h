// Distribution and acknowledgement of published documents: to whom a document goes (unit subtrees, optionally
// only the holders of one role) and how much of its audience has acknowledged the revision in force.
// Plain data and rules; no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::documents {

struct DistributionTarget {
  db::Id unit_id = 0;
  std::string role;  // "" for every user of the subtree, else a role name (auth::RoleName)
  bool operator==(const DistributionTarget&) const = default;
};

// The problem code (for field "targets") if the list is not acceptable: unknown role names, a target listed twice.
std::optional<std::string> TargetsProblem(const std::vector<DistributionTarget>& targets);

// Readers of one unit: how many the document reaches there and how many acknowledged the revision in force.
struct UnitReadership {
  db::Id unit_id = 0;
  std::string unit_name;
  long long addressees = 0, acknowledged = 0;
};

// Whole percent of `part` in `whole`, rounded down so 100 means everyone; 0 when there is nobody.
int PercentOf(long long part, long long whole);

// {"revision_id", "targets", "addressees", "acknowledged", "percent", "units": [...]} with each unit's figures.
boost::json::object ReadershipJson(std::optional<db::Id> revision_id, const std::vector<DistributionTarget>& targets,
                                   const std::vector<UnitReadership>& units);

}  // namespace eduims::documents
