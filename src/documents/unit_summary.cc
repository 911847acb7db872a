#include "documents/unit_summary.h"

namespace eduims::documents {

std::map<db::Id, db::UnitCounts> ReviewsOverdueByUnit(soci::session& s, const std::string& within_path,
                                                      const std::string& today) {
  db::Binds p;
  return db::CountsPerUnit(s,
                           "SELECT d.unit_id, COUNT(*), 0 FROM documents d JOIN units u ON u.id = d.unit_id WHERE " +
                               db::SubtreeClause({within_path}, "u.path", p) +
                               " AND d.archived_at IS NULL AND d.status = 'published' AND d.next_review_on < " +
                               p.Text("today", today) + " GROUP BY d.unit_id",
                           p);
}

}  // namespace eduims::documents
