#include "audits/unit_summary.h"

namespace eduims::audits {

std::map<db::Id, std::string> LastInternalAuditByUnit(soci::session& s, const std::string& within_path) {
  db::Binds p;
  return db::TextPerUnit(s,
                         "SELECT a.unit_id, MAX(a.planned_end) FROM audits a JOIN units u ON u.id = a.unit_id WHERE " +
                             db::SubtreeClause({within_path}, "u.path", p) +
                             " AND a.archived_at IS NULL AND a.type = 'internal' AND a.status IN ('reported', "
                             "'closed') GROUP BY a.unit_id",
                         p);
}

}  // namespace eduims::audits
