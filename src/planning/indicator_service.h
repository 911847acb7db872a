// The rules of indicators and their measurements: who may see them (kViewPlanning on the unit's subtree), define
// them (kManagePlanning) and enter values (kRecordMeasurements, never for a computed indicator); one value per
// period the frequency has, a second one only as an explicit correction that keeps the first in the history; a value
// past the warning threshold raises one improvement (or nonconformity) per period through the improvement module;
// CSV imports all-or-nothing; one indicator compared across a subtree's units with its aggregate. Every change is one
// transaction with its audit entry. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "improvement/register_service.h"
#include "improvement/service.h"
#include "org/import_file.h"
#include "org/service.h"
#include "planning/indicator_model.h"
#include "planning/indicator_store.h"
#include "planning/objective_service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::planning {

struct IndicatorInput {
  db::Id objective_id = 0;
  std::string code, name, measure_unit;
  Direction direction = Direction::kHigherIsBetter;
  double target = 0, warning = 0;
  Frequency frequency = Frequency::kMonth;
  std::optional<db::Id> owner_id;
  Source source = Source::kManual;
  std::optional<std::string> metric;
  Aggregation aggregation = Aggregation::kMean;
  std::string breach_raises = "improvement";
};

struct IndicatorPatch {
  std::optional<std::string> name, measure_unit, breach_raises;
  std::optional<Direction> direction;
  std::optional<double> target, warning;
  bool owner_present = false;
  std::optional<db::Id> owner_id;
  std::optional<Aggregation> aggregation;
};

struct IndicatorFilter {
  std::optional<db::Id> objective_id, unit_id, within;
  std::optional<std::string> code;
  std::optional<Source> source;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// An indicator with its latest value, as lists show it.
struct IndicatorRow {
  Indicator indicator;
  std::optional<Measurement> latest;
};

struct MeasurementInput {
  std::string period;
  double value = 0;
  std::optional<double> weight;
  std::string note;
  bool correction = false;  // replaces the period's value, which stays in the history
};

struct ImportedMeasurement {
  int row = 0;
  db::Id id = 0, indicator_id = 0;
  std::string period;
};

// One indicator code across the units of a subtree for one period, with the aggregate of the values found.
struct Comparison {
  std::string code, period;
  std::optional<Indicator> reference;  // the indicator whose aggregation, target and threshold the aggregate uses
  std::vector<indicator_store::CompareRow> rows;
  std::optional<double> aggregate;
  int measured = 0;  // units with a value for the period
};

class IndicatorService {
 public:
  IndicatorService(db::Database& db, org::OrgService& org, ObjectiveService& objectives,
                   improvement::ImprovementService& improvements, improvement::NonconformityService& nonconformities)
      : db_(db), org_(org), objectives_(objectives), improvements_(improvements), nonconformities_(nonconformities) {}

  Indicator Get(const auth::Principal& who, db::Id id);
  std::vector<IndicatorRow> List(const auth::Principal& who, const IndicatorFilter& filter);
  Indicator Create(const auth::Principal& who, const IndicatorInput& input, const audit::Actor& actor);
  Indicator Update(const auth::Principal& who, db::Id id, long long version, const IndicatorPatch& patch,
                   const audit::Actor& actor);
  Indicator Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);

  // The indicator and its values in period order (with `history`, the replaced ones too).
  std::pair<Indicator, std::vector<Measurement>> Measurements(const auth::Principal& who, db::Id id, bool history);
  Measurement Record(const auth::Principal& who, db::Id id, const MeasurementInput& input, const audit::Actor& actor);
  // Rows: unit_code, indicator_code, period, value, and optionally weight and note, from a CSV file or the first
  // worksheet of an .xlsx workbook. All rows or none.
  std::vector<ImportedMeasurement> Import(const auth::Principal& who, const std::string& file,
                                          org::ImportFormat format, const audit::Actor& actor);
  // `period` defaults to the latest ended period of the indicators' frequency, `within` to everything the caller
  // sees.
  Comparison Compare(const auth::Principal& who, const std::string& code, std::optional<db::Id> within,
                     std::optional<std::string> period);

  // Records the value of a computed indicator for `period` as the server (no person), raising its breach as `raiser`
  // would. False, and nothing changes, if the period already has a value (another server got there first).
  // REQUIRES: `s` is inside Database::Write on this service's database.
  bool RecordComputed(soci::session& s, const Indicator& indicator, const std::string& unit_path,
                      const std::string& period, double value, const std::optional<auth::Principal>& raiser);

 private:
  std::pair<Indicator, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The period `name` of the indicator's frequency that has begun by today (422 otherwise).
  Period CheckPeriod(const Indicator& indicator, const std::string& name);
  void CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id, Source source,
                  const std::string& unit_path);
  // Inserts the value (superseding `replaced`), its audit entry and, past the threshold, its one raised entry.
  Measurement Store(soci::session& s, const std::optional<auth::Principal>& who, const Indicator& indicator,
                    const std::string& unit_path, Measurement m, const std::optional<Measurement>& replaced,
                    const audit::Actor& actor);
  // Raises the breach's improvement or nonconformity and links it to the indicator's period, once per period.
  void RaiseBreach(soci::session& s, const auth::Principal& who, const Indicator& indicator, Measurement& m,
                   const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
  ObjectiveService& objectives_;
  improvement::ImprovementService& improvements_;
  improvement::NonconformityService& nonconformities_;
};

}  // namespace eduims::planning
