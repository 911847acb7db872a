// All SQL of indicators, their measurements and what their breaches raised.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "planning/indicator_model.h"

namespace eduims::planning::indicator_store {

struct IndicatorQuery {
  std::vector<std::string> scope;  // unit subtree roots to read from
  std::optional<db::Id> objective_id, unit_id;
  std::optional<std::string> code;
  std::optional<Source> source;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The indicator with the path of its unit.
std::optional<std::pair<Indicator, std::string>> Find(soci::session& s, db::Id id);
// The live indicator `code` of the unit with code `unit_code`, with the unit's path.
std::optional<std::pair<Indicator, std::string>> FindByCode(soci::session& s, const std::string& unit_code,
                                                            const std::string& code);
std::vector<Indicator> List(soci::session& s, const IndicatorQuery& query);
// Whether another indicator of the unit (archived or not) has `code`.
bool CodeTaken(soci::session& s, db::Id unit_id, const std::string& code, db::Id except_id);
void Insert(soci::session& s, Indicator& indicator);
bool Update(soci::session& s, const Indicator& indicator, long long expected_version);
// Every live computed indicator, for the job that records their values.
std::vector<std::pair<Indicator, std::string>> Computed(soci::session& s);

// The indicator's values in period order; with `history`, also those corrections replaced (each before its
// replacement).
std::vector<Measurement> Measurements(soci::session& s, db::Id indicator_id, bool history);
std::optional<Measurement> Current(soci::session& s, db::Id indicator_id, const std::string& period);
// The current value of the latest period of each of `ids` that has one.
std::map<db::Id, Measurement> Latest(soci::session& s, const std::vector<db::Id>& ids);
// The ids of `ids` that have a current value for `period`.
std::vector<db::Id> MeasuredIn(soci::session& s, const std::vector<db::Id>& ids, const std::string& period);
void InsertMeasurement(soci::session& s, Measurement& measurement);
// Marks the current value superseded at `at`; false if it is no longer current.
bool Supersede(soci::session& s, db::Id measurement_id, const std::string& at);

// What the indicator's breach in `period` raised, if anything.
std::optional<std::pair<std::string, db::Id>> FindBreach(soci::session& s, db::Id indicator_id,
                                                         const std::string& period);
void InsertBreach(soci::session& s, db::Id indicator_id, const std::string& period, const std::string& raised_type,
                  db::Id raised_id, db::Id measurement_id, const std::string& at);
// The indicator and period whose breach raised (`raised_type`, `raised_id`): the link back from the register.
std::optional<std::pair<db::Id, std::string>> BreachRaising(soci::session& s, const std::string& raised_type,
                                                            db::Id raised_id);

// One unit's indicator of a code in a comparison, with its value for the period: only what the comparison shows,
// read from covering indexes.
struct CompareRow {
  db::Id indicator_id = 0, unit_id = 0;
  Direction direction = Direction::kHigherIsBetter;
  double target = 0, warning = 0;
  std::string unit_code, unit_name;
  std::optional<double> value, weight;
};
// The live indicators `code` of the units in the subtrees at `roots` with their current values for `period`, in unit
// code order.
std::vector<CompareRow> Compare(soci::session& s, const std::string& code, const std::vector<std::string>& roots,
                                const std::string& period);

}  // namespace eduims::planning::indicator_store
