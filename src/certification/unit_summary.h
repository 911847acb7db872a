// What the department's oversight of its units reads of certification: each unit's standing from two grouped
// queries over a subtree (its latest certificate, else its latest project's step, and the next planned date).
#pragma once
#include <map>
#include <optional>
#include <string>

#include "platform/db/database.h"

namespace eduims::certification {

struct UnitCertification {
  // "certificate_active", "certificate_suspended", "certificate_withdrawn", "certificate_expired" for a unit with a
  // certificate (its latest), else the step of its latest project ("registration" ... "recertification").
  std::string status;
  std::optional<db::Id> certificate_id, project_id;
  // The earliest planned date of a step not yet completed of the unit's projects, or its certificate's expiry if
  // that comes first ("YYYY-MM-DD").
  std::optional<std::string> next_due;
};

std::map<db::Id, UnitCertification> CertificationByUnit(soci::session& s, const std::string& within_path,
                                                        const std::string& today);

}  // namespace eduims::certification
