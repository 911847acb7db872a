// The audits module's question "are these auditors qualified?" (audits/auditor_qualification.h) answered from the
// competences people hold, and the organisation's choice to refuse or only warn.
#pragma once
#include "audits/auditor_qualification.h"

namespace eduims::people {

class AuditorQualificationFromCompetences : public audits::AuditorQualification {
 public:
  bool RefusesUnqualified(soci::session& s) override;
  std::vector<audits::UnqualifiedAuditor> Unqualified(soci::session& s, const std::vector<db::Id>& auditors,
                                                      const std::vector<std::string>& standard_codes,
                                                      const std::string& day) override;
};

}  // namespace eduims::people
