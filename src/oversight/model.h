// The department's oversight of its units: one row per unit under a unit, each cell a figure another module
// summarised for the unit's subtree, coloured against fixed thresholds and linked to the list behind it. Plain
// data and rules; no I/O.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::oversight {

struct StandardColumn {
  db::Id id = 0;
  std::string code, edition;
};

struct UnitRow {
  db::Id unit_id = 0;
  std::string code, name, type;
  std::map<db::Id, int> readiness;  // standard id -> self-assessed percent (the unit's own assessments)
  std::string certification;        // "" when the unit has no project or certificate
  std::optional<db::Id> certificate_id, project_id;
  std::optional<std::string> certification_due;
  long long nonconformities_open = 0, nonconformities_overdue = 0;
  long long actions_overdue = 0;
  long long document_reviews_overdue = 0;
  std::optional<std::string> last_internal_audit, last_management_review;
  long long indicators_off_target = 0, indicators_past_warning = 0;
  long long complaints_open = 0, complaints_overdue = 0;
  // The satisfaction index (whole percent) of the subtree's latest campaign whose results it may show
  // (surveys/unit_summary.h), that campaign, and whether it is closed (else still running).
  std::optional<int> satisfaction_index;
  std::optional<db::Id> satisfaction_campaign_id;
  bool satisfaction_closed = false;
};

enum class Level { kOk, kWarning, kAlert };
std::string LevelName(Level level);

// The columns a table can be sorted by: "name", "code", "readiness" (the lowest of the unit's standards),
// "certification_due", "nonconformities_open", "nonconformities_overdue", "actions_overdue",
// "document_reviews_overdue", "last_internal_audit", "last_management_review", "indicators_off_target",
// "complaints_open", "satisfaction_index" (units without one first ascending), "attention" (alerts first, then
// warnings).
const std::vector<std::string>& SortKeys();

struct Thresholds {
  int readiness_alert_below = 50, readiness_warning_below = 80;  // percent
  long long actions_alert_at = 5;                                 // overdue actions; 1 is a warning
  long long document_reviews_alert_at = 3;                        // overdue document reviews; 1 is a warning
  int certification_warning_days = 30;                            // a due date this close is a warning, past an alert
  // Internal audits and management reviews are due at least yearly (9.2, 9.3 of both standards): older than this
  // an alert, none at all too; older than the warning a warning.
  int yearly_alert_days = 365, yearly_warning_days = 300;
  // The satisfaction index (percent on the two best points): below the alert an alert, below the warning a warning.
  int satisfaction_alert_below = 60, satisfaction_warning_below = 75;
};
boost::json::object ToJson(const Thresholds& t);

struct Cell {
  boost::json::value value;
  Level level = Level::kOk;
  std::string link;  // the web application's list behind the figure
};

// The cells of a row on `today`, by column key (readiness cells as "readiness:<standard id>").
std::map<std::string, Cell> CellsOf(const UnitRow& row, const std::vector<StandardColumn>& standards,
                                    const Thresholds& t, const std::string& today);
Level Worst(const std::map<std::string, Cell>& cells);

struct TableQuery {
  std::optional<std::string> text_folded;  // in the code or the accent-folded name
  std::optional<std::string> type;         // the unit type
  std::optional<Level> at_least;           // only rows with a cell at this level or worse
  std::string sort = "name";
  bool descending = false;
};

struct TableRow {
  UnitRow row;
  std::map<std::string, Cell> cells;
  Level worst = Level::kOk;
};

// The rows the query keeps, in its order (ties by name, then id). `folded_names` gives each unit's folded name.
std::vector<TableRow> Arrange(const std::vector<UnitRow>& rows, const std::vector<StandardColumn>& standards,
                              const Thresholds& t, const std::string& today, const TableQuery& query,
                              const std::map<db::Id, std::string>& folded_names);

boost::json::object ToJson(const TableRow& row);

}  // namespace eduims::oversight
