#include "planning/unit_summary.h"

namespace eduims::planning {

std::map<db::Id, db::UnitCounts> IndicatorsOffTargetByUnit(soci::session& s, const std::string& within_path) {
  db::Binds p;
  const char* off = "((i.direction = 'higher' AND m.value < i.target) OR (i.direction = 'lower' AND m.value > i.target))";
  const char* past =
      "((i.direction = 'higher' AND m.value < i.warning) OR (i.direction = 'lower' AND m.value > i.warning))";
  return db::CountsPerUnit(
      s,
      std::string("SELECT i.unit_id, COUNT(*), SUM(CASE WHEN ") + past +
          " THEN 1 ELSE 0 END) FROM indicators i JOIN units u ON u.id = i.unit_id JOIN measurements m ON "
          "m.indicator_id = i.id AND m.superseded_at IS NULL AND m.period = (SELECT MAX(l.period) FROM measurements "
          "l WHERE l.indicator_id = i.id AND l.superseded_at IS NULL) WHERE " +
          db::SubtreeClause({within_path}, "u.path", p) + " AND i.archived_at IS NULL AND " + off +
          " GROUP BY i.unit_id",
      p);
}

}  // namespace eduims::planning
