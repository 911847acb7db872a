#include "improvement/unit_summary.h"

namespace eduims::improvement {

std::map<db::Id, db::UnitCounts> OpenNonconformitiesByUnit(soci::session& s, const std::string& within_path,
                                                           const std::string& today) {
  db::Binds p;
  return db::CountsPerUnit(
      s,
      "SELECT n.unit_id, COUNT(*), SUM(CASE WHEN n.due_date < " + p.Text("today", today) +
          " THEN 1 ELSE 0 END) FROM nonconformities n JOIN units u ON u.id = n.unit_id WHERE " +
          db::SubtreeClause({within_path}, "u.path", p) +
          " AND n.archived_at IS NULL AND n.status <> 'closed' GROUP BY n.unit_id",
      p);
}

}  // namespace eduims::improvement
