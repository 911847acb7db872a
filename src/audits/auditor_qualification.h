// Whether the auditors an audit names are qualified for it (issue 20): each must hold, on the audit's first day, the
// internal auditor competence of every standard the audit covers. The people module keeps competences and implements
// this; the audits module asks through it and never reads competence records itself.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::audits {

struct UnqualifiedAuditor {
  db::Id user_id = 0;
  std::string standard_code;    // "iso-21001"
  std::string competence_code;  // "internal_auditor_iso21001"
};

class AuditorQualification {
 public:
  virtual ~AuditorQualification() = default;
  // True when the organisation refuses a plan naming an unqualified auditor; false when it is planned with a warning.
  virtual bool RefusesUnqualified(soci::session& s) = 0;
  // For each of `auditors` and each of `standard_codes` whose internal auditor competence they do not hold on `day`
  // ("YYYY-MM-DD"), one entry, in the order given. Standards without such a competence in the catalogue are skipped.
  virtual std::vector<UnqualifiedAuditor> Unqualified(soci::session& s, const std::vector<db::Id>& auditors,
                                                      const std::vector<std::string>& standard_codes,
                                                      const std::string& day) = 0;
};

class AuditService;

// Has `audits` check the auditors of every plan, new or edited, through `qualification` from now on, refusing with
// 422 audits.auditor_not_qualified when the organisation chooses so. Called once at start-up, before requests. Without it
// no qualification is checked.
void UseQualification(const AuditService& audits, std::shared_ptr<AuditorQualification> qualification);

}  // namespace eduims::audits
