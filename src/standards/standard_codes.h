// The standards a set of clauses belongs to, by catalogue code ("iso-21001"): what another module checks a choice of
// clauses against (the qualified auditors of issue 20).
#pragma once
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::standards {

// The codes of the standards the clauses `clause_ids` belong to, each once, sorted; unknown ids count for nothing.
std::vector<std::string> StandardCodesOf(soci::session& s, const std::vector<db::Id>& clause_ids);

}  // namespace eduims::standards
