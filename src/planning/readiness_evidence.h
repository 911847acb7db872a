// What the planning registers show a certification auditor, clause by clause: the rules that turn the facts of a
// unit subtree's registers into readiness evidence (readiness::RegisterEvidence). Plain rules, no I/O.
//
// The clauses they answer, in both standards: 4.1 context issues, 4.2 interested parties, 4.3 the scope, 6.1
// risks and opportunities, 6.2 quality objectives, 6.3 planned changes, 9.1.1 and 9.1.3 the indicators that
// measure and evaluate. A register with no live entry is no evidence. It falls short when:
//   4.1 a context issue is past its review date ("review_overdue");
//   4.2 a relevant party has neither needs nor a requirement taken on recorded ("needs_not_recorded");
//   6.1 no entry has been reviewed (or rated) in the last 12 months ("not_reviewed_within_12_months"), or an
//       entry is past its review date ("review_overdue");
//   6.2 an objective has no live indicator ("objective_without_indicator");
//   9.1 an indicator has no value for its latest ended period ("indicator_not_measured").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "readiness/report.h"

namespace eduims::planning {

struct RegisterFacts {
  long long context_issues = 0, context_reviews_overdue = 0;
  long long parties = 0, parties_without_needs = 0;  // relevant parties only
  bool scope_stated = false;                         // the unit's own scope statement
  long long risks = 0, risk_reviews_overdue = 0;
  std::optional<std::string> risks_last_reviewed;  // "YYYY-MM-DD": the latest review or rating of any entry
  long long objectives = 0, objectives_without_indicator = 0;
  long long indicators = 0, indicators_unmeasured = 0;
  long long changes = 0;
};

// `year_ago` is the day 12 months before today ("YYYY-MM-DD").
std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& facts, const std::string& year_ago);

}  // namespace eduims::planning
