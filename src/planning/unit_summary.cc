#include "planning/unit_summary.h"

#include "planning/indicator_model.h"

namespace eduims::planning {

std::map<db::Id, db::UnitCounts> IndicatorsOffTargetByUnit(soci::session& s, const std::string& within_path,
                                                           const std::string& today) {
  db::Binds p;
  // The values of the latest ended period of each frequency, the ones that should be in by now. A period's name
  // says its frequency ("2026-11", "2025-2026-T1", "2025-2026", "2025") and an indicator's frequency never changes,
  // so the periods alone pick each indicator's value; the off-target ones are counted per unit and period as they
  // are written (migration 0050), so the table reads a few rows a unit rather than every indicator's value.
  std::string periods;
  for (const auto& name : FrequencyNames()) {
    Period latest = LatestEndedPeriod(*ParseFrequency(name), today);
    periods += (periods.empty() ? "" : ", ") + p.Text("p_" + name, latest.name);
  }
  return db::CountsPerUnit(s,
                           "SELECT c.unit_id, CAST(SUM(c.off_target) AS BIGINT), CAST(SUM(c.past_warning) AS "
                           "BIGINT) FROM indicator_off_target c JOIN units u ON u.id = c.unit_id WHERE " +
                               db::SubtreeClause({within_path}, "u.path", p) + " AND c.period IN (" + periods +
                               ") AND c.off_target > 0 GROUP BY c.unit_id",
                           p);
}

}  // namespace eduims::planning
