#include "complaints/unit_summary.h"

namespace eduims::complaints {

std::map<db::Id, db::UnitCounts> OpenComplaintsByUnit(soci::session& s, const std::string& within_path,
                                                      const std::string& today) {
  db::Binds p;
  return db::CountsPerUnit(
      s,
      "SELECT c.unit_id, COUNT(*), SUM(CASE WHEN c.responded_at IS NULL AND c.response_due < " +
          p.Text("today", today) + " THEN 1 ELSE 0 END) FROM complaints c JOIN units u ON u.id = c.unit_id WHERE " +
          db::SubtreeClause({within_path}, "u.path", p) + " AND c.status <> 'closed' GROUP BY c.unit_id",
      p);
}

}  // namespace eduims::complaints
