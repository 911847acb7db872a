// The editions the demo organisation works to: ISO 21001:2018 and ISO 9001:2015, the ones its certificate covers.
// The catalogue may hold newer editions of the same standards (ISO 21001:2025); the demo's documents, records,
// nonconformities, audits and certificate stay on these, whatever order the catalogue lists them in.
#pragma once
#include <map>
#include <string>

#include "application.h"
#include "standards/catalogue.h"

namespace eduims::demo {

bool IsDemoEdition(const standards::Standard& standard);

// Clause ids of the demo editions by standard code ("iso-21001") and number ("8.5.1").
using DemoClauseIds = std::map<std::string, std::map<std::string, db::Id>>;
DemoClauseIds DemoClauses(Application& app);

// The id of clause `number` of the demo edition of `code`; throws std::runtime_error when the catalogue has none.
db::Id DemoClause(const DemoClauseIds& clauses, const std::string& code, const std::string& number);

}  // namespace eduims::demo
