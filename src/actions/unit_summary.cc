#include "actions/unit_summary.h"

namespace eduims::actions {

std::map<db::Id, db::UnitCounts> OverdueByUnit(soci::session& s, const std::string& within_path,
                                               const std::string& today) {
  db::Binds p;
  return db::CountsPerUnit(s,
                           "SELECT a.unit_id, COUNT(*), 0 FROM actions a JOIN units u ON u.id = a.unit_id WHERE " +
                               db::SubtreeClause({within_path}, "u.path", p) +
                               " AND a.archived_at IS NULL AND a.status IN ('open', 'in_progress') AND a.due_date < " +
                               p.Text("today", today) + " GROUP BY a.unit_id",
                           p);
}

}  // namespace eduims::actions
