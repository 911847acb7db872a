#include "planning/unit_summary.h"

#include "planning/indicator_model.h"

namespace eduims::planning {

std::map<db::Id, db::UnitCounts> IndicatorsOffTargetByUnit(soci::session& s, const std::string& within_path,
                                                           const std::string& today) {
  db::Binds p;
  // Each indicator's value for the latest period of its frequency that has ended, the one that should be in by now:
  // read through the measurements' period index, as the comparison across units reads it.
  std::string periods;
  for (const auto& name : FrequencyNames()) {
    Period latest = LatestEndedPeriod(*ParseFrequency(name), today);
    if (!periods.empty()) periods += " OR ";
    periods += "(i.frequency = " + p.Text("f_" + name, name) + " AND m.period = " + p.Text("p_" + name, latest.name) + ")";
  }
  const char* off = "((i.direction = 'higher' AND m.value < i.target) OR (i.direction = 'lower' AND m.value > i.target))";
  const char* past =
      "((i.direction = 'higher' AND m.value < i.warning) OR (i.direction = 'lower' AND m.value > i.warning))";
  return db::CountsPerUnit(
      s,
      std::string("SELECT i.unit_id, COUNT(*), SUM(CASE WHEN ") + past +
          " THEN 1 ELSE 0 END) FROM indicators i JOIN units u ON u.id = i.unit_id JOIN measurements m ON "
          "m.indicator_id = i.id AND m.superseded_at IS NULL WHERE (" +
          periods + ") AND " + db::SubtreeClause({within_path}, "u.path", p) + " AND i.archived_at IS NULL AND " +
          off + " GROUP BY i.unit_id",
      p);
}

}  // namespace eduims::planning
