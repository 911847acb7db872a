// The rules of indicators without storage: the periods each frequency has, the red/amber/green status a value
// earns against the target and the warning threshold in the indicator's direction, thresholds that contradict the
// direction, and how values of one indicator are added up across units (ISO 21001 / ISO 9001 6.2 and 9.1.1).
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.h"
#include "platform/problem.h"

namespace eduims::planning {

enum class Direction { kHigherIsBetter, kLowerIsBetter };
enum class Frequency { kMonth, kTerm, kSchoolYear, kYear };
enum class Source { kManual, kImport, kComputed };
enum class Aggregation { kSum, kMean, kWeightedMean };
enum class Rag { kGreen, kAmber, kRed };

const std::vector<std::string>& DirectionNames();    // "higher", "lower"
const std::vector<std::string>& FrequencyNames();    // "month", "term", "school_year", "year"
const std::vector<std::string>& SourceNames();       // "manual", "import", "computed"
const std::vector<std::string>& AggregationNames();  // "sum", "mean", "weighted_mean"
const std::vector<std::string>& MetricNames();       // what a computed indicator may measure
const std::vector<std::string>& BreachTargets();     // "improvement", "nonconformity"
std::string_view Name(Direction d);
std::string_view Name(Frequency f);
std::string_view Name(Source s);
std::string_view Name(Aggregation a);
std::string_view Name(Rag r);
std::optional<Direction> ParseDirection(std::string_view name);
std::optional<Frequency> ParseFrequency(std::string_view name);
std::optional<Source> ParseSource(std::string_view name);
std::optional<Aggregation> ParseAggregation(std::string_view name);

// A period of a frequency, written as the API spells it: a month "2025-09", a term of a school year "2025-2026-T1"
// (September to December) or "2025-2026-T2" (January to May), a school year "2025-2026" (September to May) and a
// calendar year "2025". Dates are "YYYY-MM-DD", both ends inclusive.
struct Period {
  std::string name;
  std::string first_day, last_day;
};

// The period `name` names under `frequency`; none if the frequency has no such period (a month for a yearly
// indicator, "2025-2027", month 13, a year outside 2000..2099).
std::optional<Period> ParsePeriod(Frequency frequency, std::string_view name);
// The latest period of `frequency` that has ended on or before `today`: the one whose value should be in by now.
Period LatestEndedPeriod(Frequency frequency, std::string_view today);
// The period of `frequency` that holds `day`; none for a day in June to August under a term or school year.
std::optional<Period> PeriodHolding(Frequency frequency, std::string_view day);
// The `count` periods of `frequency` up to and including `last`, oldest first.
std::vector<Period> PeriodsUpTo(Frequency frequency, const Period& last, int count);

// The status `value` earns: green when it meets the target, amber when it meets only the warning threshold, red
// past the threshold. REQUIRES: the thresholds agree with the direction (ThresholdProblem is none).
Rag StatusOf(Direction direction, double target, double warning, double value);
// 422 indicator.threshold_contradicts_direction (field "warning") when the warning threshold lies on the good side
// of the target: above it when higher is better, below it when lower is better.
std::optional<Problem> ThresholdProblem(Direction direction, double target, double warning);

// One unit's value of an indicator for the aggregate, with its weight (learners, classes) for a weighted mean.
struct UnitValue {
  double value = 0;
  double weight = 1;
};
// The values added up as `aggregation` says; none when there are no values (or no weight for a weighted mean).
std::optional<double> Aggregate(Aggregation aggregation, const std::vector<UnitValue>& values);

struct Indicator {
  db::Id id = 0;
  db::Id objective_id = 0;
  db::Id unit_id = 0;
  std::string code, name, measure_unit;
  Direction direction = Direction::kHigherIsBetter;
  double target = 0, warning = 0;
  Frequency frequency = Frequency::kMonth;
  std::optional<db::Id> owner_id;
  Source source = Source::kManual;
  std::optional<std::string> metric;  // what a computed indicator measures
  Aggregation aggregation = Aggregation::kMean;
  std::string breach_raises = "improvement";  // what a value past the threshold raises
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
};

struct Measurement {
  db::Id id = 0;
  db::Id indicator_id = 0;
  std::string period;
  double value = 0;
  std::optional<double> weight;
  std::string note;
  std::optional<db::Id> recorded_by;  // none for a value the server computed
  std::string recorded_at;
  std::optional<std::string> superseded_at;  // set on a value a correction replaced; kept as history
  std::optional<std::string> raised_type;    // what its breach raised ("improvement", "nonconformity")
  std::optional<db::Id> raised_id;
};

boost::json::object ToJson(const Indicator& indicator);
// The value with its status against `indicator`'s target and threshold.
boost::json::object ToJson(const Measurement& measurement, const Indicator& indicator);

}  // namespace eduims::planning
