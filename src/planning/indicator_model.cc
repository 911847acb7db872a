#include "planning/indicator_model.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace eduims::planning {
namespace {

template <class E>
std::optional<E> Parse(const std::vector<std::string>& names, std::string_view name) {
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<E>(i);
  return std::nullopt;
}

constexpr int kFirstYear = 2000, kLastYear = 2099;

// A period as a number that counts periods of its frequency: months since year 0, terms (two a school year), school
// years by their first calendar year, years. Consecutive periods have consecutive numbers.
std::optional<int> Digits(std::string_view text) {
  int out = 0;
  if (text.empty()) return std::nullopt;
  for (char c : text)
    if (c < '0' || c > '9') return std::nullopt;
  std::from_chars(text.data(), text.data() + text.size(), out);
  return out;
}

std::optional<int> Year(std::string_view text) {
  if (text.size() != 4) return std::nullopt;
  auto y = Digits(text);
  if (!y || *y < kFirstYear || *y > kLastYear) return std::nullopt;
  return y;
}

// "2025-2026" as its first year.
std::optional<int> SchoolYear(std::string_view text) {
  if (text.size() != 9 || text[4] != '-') return std::nullopt;
  auto first = Year(text.substr(0, 4)), second = Year(text.substr(5, 4));
  if (!first || !second || *second != *first + 1) return std::nullopt;
  return first;
}

std::string Day(int y, unsigned m, unsigned d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

std::string LastDayOf(int y, unsigned m) {
  auto last = std::chrono::year_month_day_last(std::chrono::year(y), std::chrono::month_day_last(std::chrono::month(m)));
  return Day(y, m, unsigned(last.day()));
}

Period FromIndex(Frequency f, int index) {
  char buf[32];
  switch (f) {
    case Frequency::kMonth: {
      int y = index / 12;
      unsigned m = unsigned(index % 12) + 1;
      std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
      return {buf, Day(y, m, 1), LastDayOf(y, m)};
    }
    case Frequency::kTerm: {
      int y = index / 2;
      bool first = index % 2 == 0;
      std::snprintf(buf, sizeof buf, "%04d-%04d-T%d", y, y + 1, first ? 1 : 2);
      return first ? Period{buf, Day(y, 9, 1), Day(y, 12, 31)} : Period{buf, Day(y + 1, 1, 1), Day(y + 1, 5, 31)};
    }
    case Frequency::kSchoolYear:
      std::snprintf(buf, sizeof buf, "%04d-%04d", index, index + 1);
      return {buf, Day(index, 9, 1), Day(index + 1, 5, 31)};
    case Frequency::kYear:
      std::snprintf(buf, sizeof buf, "%04d", index);
      return {buf, Day(index, 1, 1), Day(index, 12, 31)};
  }
  return {};
}

std::optional<int> IndexOf(Frequency f, std::string_view name) {
  switch (f) {
    case Frequency::kMonth: {
      if (name.size() != 7 || name[4] != '-') return std::nullopt;
      auto y = Year(name.substr(0, 4));
      auto m = name.substr(5, 2);
      auto month = Digits(m);
      if (!y || !month || *month < 1 || *month > 12) return std::nullopt;
      return *y * 12 + *month - 1;
    }
    case Frequency::kTerm: {
      if (name.size() != 12 || name.substr(9, 2) != "-T" || (name[11] != '1' && name[11] != '2')) return std::nullopt;
      auto y = SchoolYear(name.substr(0, 9));
      if (!y) return std::nullopt;
      return *y * 2 + (name[11] - '1');
    }
    case Frequency::kSchoolYear:
      return SchoolYear(name);
    case Frequency::kYear:
      return Year(name);
  }
  return std::nullopt;
}

// The number of the period holding `day` ("YYYY-MM-DD"), or for a summer day under a term or school year the
// number of the period that ended last.
int IndexAround(Frequency f, std::string_view day) {
  int y = *Digits(day.substr(0, 4));
  int m = *Digits(day.substr(5, 2));
  switch (f) {
    case Frequency::kMonth: return y * 12 + m - 1;
    case Frequency::kTerm: return m >= 9 ? y * 2 : (y - 1) * 2 + 1;
    case Frequency::kSchoolYear: return m >= 9 ? y : y - 1;
    case Frequency::kYear: return y;
  }
  return 0;
}

}  // namespace

const std::vector<std::string>& DirectionNames() {
  static const std::vector<std::string> names = {"higher", "lower"};
  return names;
}
const std::vector<std::string>& FrequencyNames() {
  static const std::vector<std::string> names = {"month", "term", "school_year", "year"};
  return names;
}
const std::vector<std::string>& SourceNames() {
  static const std::vector<std::string> names = {"manual", "import", "computed"};
  return names;
}
const std::vector<std::string>& AggregationNames() {
  static const std::vector<std::string> names = {"sum", "mean", "weighted_mean"};
  return names;
}
const std::vector<std::string>& MetricNames() {
  // survey_satisfaction_index: computed by the surveys module (IndicatorComputer::AddMetric).
  static const std::vector<std::string> names = {"nonconformities_closed_on_time", "nonconformity_days_to_close",
                                                 "survey_satisfaction_index"};
  return names;
}
const std::vector<std::string>& BreachTargets() {
  static const std::vector<std::string> names = {"improvement", "nonconformity"};
  return names;
}
std::string_view Name(Direction d) { return DirectionNames()[size_t(d)]; }
std::string_view Name(Frequency f) { return FrequencyNames()[size_t(f)]; }
std::string_view Name(Source s) { return SourceNames()[size_t(s)]; }
std::string_view Name(Aggregation a) { return AggregationNames()[size_t(a)]; }
std::string_view Name(Rag r) {
  static const char* names[] = {"green", "amber", "red"};
  return names[size_t(r)];
}
std::optional<Direction> ParseDirection(std::string_view n) { return Parse<Direction>(DirectionNames(), n); }
std::optional<Frequency> ParseFrequency(std::string_view n) { return Parse<Frequency>(FrequencyNames(), n); }
std::optional<Source> ParseSource(std::string_view n) { return Parse<Source>(SourceNames(), n); }
std::optional<Aggregation> ParseAggregation(std::string_view n) { return Parse<Aggregation>(AggregationNames(), n); }

std::optional<Period> ParsePeriod(Frequency frequency, std::string_view name) {
  auto index = IndexOf(frequency, name);
  if (!index) return std::nullopt;
  return FromIndex(frequency, *index);
}

Period LatestEndedPeriod(Frequency frequency, std::string_view today) {
  int index = IndexAround(frequency, today);
  Period p = FromIndex(frequency, index);
  return p.last_day <= today ? p : FromIndex(frequency, index - 1);
}

std::optional<Period> PeriodHolding(Frequency frequency, std::string_view day) {
  Period p = FromIndex(frequency, IndexAround(frequency, day));
  if (p.first_day <= day && day <= p.last_day) return p;
  return std::nullopt;
}

std::vector<Period> PeriodsUpTo(Frequency frequency, const Period& last, int count) {
  int end = *IndexOf(frequency, last.name);
  std::vector<Period> out;
  for (int i = end - count + 1; i <= end; ++i) out.push_back(FromIndex(frequency, i));
  return out;
}

Rag StatusOf(Direction direction, double target, double warning, double value) {
  bool higher = direction == Direction::kHigherIsBetter;
  if (higher ? value >= target : value <= target) return Rag::kGreen;
  if (higher ? value >= warning : value <= warning) return Rag::kAmber;
  return Rag::kRed;
}

std::optional<Problem> ThresholdProblem(Direction direction, double target, double warning) {
  bool contradicts = direction == Direction::kHigherIsBetter ? warning > target : warning < target;
  if (!contradicts) return std::nullopt;
  return Problem::Make(422, "indicator.threshold_contradicts_direction", "warning");
}

std::optional<double> Aggregate(Aggregation aggregation, const std::vector<UnitValue>& values) {
  if (values.empty()) return std::nullopt;
  double sum = 0, weighted = 0, weights = 0;
  for (const UnitValue& v : values) {
    sum += v.value;
    weighted += v.value * v.weight;
    weights += v.weight;
  }
  switch (aggregation) {
    case Aggregation::kSum: return sum;
    case Aggregation::kMean: return sum / double(values.size());
    case Aggregation::kWeightedMean:
      if (weights <= 0) return std::nullopt;
      return weighted / weights;
  }
  return std::nullopt;
}

boost::json::object ToJson(const Indicator& i) {
  auto opt_id = [](const std::optional<db::Id>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); };
  auto opt_text = [](const std::optional<std::string>& v) {
    return v ? boost::json::value(*v) : boost::json::value(nullptr);
  };
  return {{"id", i.id},
          {"objective_id", i.objective_id},
          {"unit_id", i.unit_id},
          {"code", i.code},
          {"name", i.name},
          {"measure_unit", i.measure_unit},
          {"direction", Name(i.direction)},
          {"target", i.target},
          {"warning", i.warning},
          {"frequency", Name(i.frequency)},
          {"owner_id", opt_id(i.owner_id)},
          {"source", Name(i.source)},
          {"metric", opt_text(i.metric)},
          {"aggregation", Name(i.aggregation)},
          {"breach_raises", i.breach_raises},
          {"version", i.version},
          {"created_by", opt_id(i.created_by)},
          {"created_at", i.created_at},
          {"updated_at", i.updated_at},
          {"archived_at", opt_text(i.archived_at)}};
}

boost::json::object ToJson(const Measurement& m, const Indicator& i) {
  boost::json::value raised_value = nullptr;
  if (m.raised_type && m.raised_id) raised_value = boost::json::object{{"type", *m.raised_type}, {"id", *m.raised_id}};
  return {{"id", m.id},
          {"indicator_id", m.indicator_id},
          {"period", m.period},
          {"value", m.value},
          {"weight", m.weight ? boost::json::value(*m.weight) : boost::json::value(nullptr)},
          {"status", Name(StatusOf(i.direction, i.target, i.warning, m.value))},
          {"note", m.note},
          {"recorded_by", m.recorded_by ? boost::json::value(*m.recorded_by) : boost::json::value(nullptr)},
          {"recorded_at", m.recorded_at},
          {"superseded_at", m.superseded_at ? boost::json::value(*m.superseded_at) : boost::json::value(nullptr)},
          {"raised", raised_value}};
}

}  // namespace eduims::planning
