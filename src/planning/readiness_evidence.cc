#include "planning/readiness_evidence.h"

namespace eduims::planning {

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& f, const std::string& year_ago) {
  std::vector<readiness::RegisterEvidence> out;
  auto add = [&](const char* clause, const char* name, long long entries,
                 std::vector<std::pair<bool, const char*>> checks) {
    if (entries <= 0) return;
    readiness::RegisterEvidence e{clause, name, entries, {}};
    for (const auto& [falls_short, why] : checks)
      if (falls_short) e.shortfalls.push_back(why);
    out.push_back(std::move(e));
  };
  add("4.1", "context_issues", f.context_issues, {{f.context_reviews_overdue > 0, "review_overdue"}});
  add("4.2", "interested_parties", f.parties, {{f.parties_without_needs > 0, "needs_not_recorded"}});
  add("4.3", "scope", f.scope_stated ? 1 : 0, {});
  add("6.1", "risks", f.risks,
      {{!f.risks_last_reviewed || *f.risks_last_reviewed < year_ago, "not_reviewed_within_12_months"},
       {f.risk_reviews_overdue > 0, "review_overdue"}});
  add("6.2", "objectives", f.objectives, {{f.objectives_without_indicator > 0, "objective_without_indicator"}});
  add("6.3", "planned_changes", f.changes, {});
  for (const char* clause : {"9.1.1", "9.1.3"})
    add(clause, "indicators", f.indicators, {{f.indicators_unmeasured > 0, "indicator_not_measured"}});
  return out;
}

}  // namespace eduims::planning
