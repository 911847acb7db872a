#include "people/auditor_qualification.h"

#include "people/model.h"
#include "people/store.h"

namespace eduims::people {

bool AuditorQualificationFromCompetences::RefusesUnqualified(soci::session& s) {
  return store::GetSettings(s).auditor_qualification == "refuse";
}

std::vector<audits::UnqualifiedAuditor> AuditorQualificationFromCompetences::Unqualified(
    soci::session& s, const std::vector<db::Id>& auditors, const std::vector<std::string>& standard_codes,
    const std::string& day) {
  std::vector<audits::UnqualifiedAuditor> out;
  for (db::Id auditor : auditors) {
    auto holdings = store::HoldingsOf(s, auditor);
    for (const std::string& standard : standard_codes) {
      auto competence = AuditorCompetenceFor(standard);
      if (!competence) continue;
      bool held = false;
      for (const Holding& h : holdings) held = held || (h.competence_code == *competence && InForce(h, day));
      if (!held) out.push_back({auditor, standard, *competence});
    }
  }
  return out;
}

}  // namespace eduims::people
