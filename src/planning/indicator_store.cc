#include "planning/indicator_store.h"

#include <algorithm>

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::planning::indicator_store {
namespace {

const char* kIndicatorColumns =
    "i.id, i.objective_id, i.unit_id, i.code, i.name, i.measure_unit, i.direction, i.target, i.warning, i.frequency, "
    "i.owner_id, i.source, i.metric, i.aggregation, i.breach_raises, i.version, i.created_by, i.created_at, "
    "i.updated_at, i.archived_at";

const char* kMeasurementColumns =
    "m.id, m.indicator_id, m.period, m.value, m.weight, m.note, m.recorded_by, m.recorded_at, m.superseded_at, "
    "b.raised_type, b.raised_id";

// Joins what each value's period raised, so a value shows the entry its breach opened.
const char* kBreachJoin = " LEFT JOIN indicator_breaches b ON b.indicator_id = m.indicator_id AND b.period = m.period";

struct IndicatorReader {
  Indicator i;
  std::string direction, frequency, source, aggregation;
  db::Nullable<db::Id> owner, created_by;
  db::Nullable<std::string> metric, archived;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(i.id));
    st.exchange(soci::into(i.objective_id));
    st.exchange(soci::into(i.unit_id));
    st.exchange(soci::into(i.code));
    st.exchange(soci::into(i.name));
    st.exchange(soci::into(i.measure_unit));
    st.exchange(soci::into(direction));
    st.exchange(soci::into(i.target));
    st.exchange(soci::into(i.warning));
    st.exchange(soci::into(frequency));
    st.exchange(soci::into(owner.value, owner.ind));
    st.exchange(soci::into(source));
    st.exchange(soci::into(metric.value, metric.ind));
    st.exchange(soci::into(aggregation));
    st.exchange(soci::into(i.breach_raises));
    st.exchange(soci::into(i.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(i.created_at));
    st.exchange(soci::into(i.updated_at));
    st.exchange(soci::into(archived.value, archived.ind));
  }
  Indicator Take() const {
    Indicator out = i;
    out.direction = ParseDirection(direction).value_or(Direction::kHigherIsBetter);
    out.frequency = ParseFrequency(frequency).value_or(Frequency::kMonth);
    out.source = ParseSource(source).value_or(Source::kManual);
    out.aggregation = ParseAggregation(aggregation).value_or(Aggregation::kMean);
    out.owner_id = owner.Get();
    out.metric = metric.Get();
    out.created_by = created_by.Get();
    out.archived_at = archived.Get();
    return out;
  }
};

// Every column nullable, so the same reader serves a LEFT JOIN that found no value.
struct MeasurementReader {
  db::Nullable<db::Id> id, indicator_id, recorded_by, raised_id;
  db::Nullable<std::string> period, note, recorded_at, superseded_at, raised_type;
  db::Nullable<double> value, weight;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(id.value, id.ind));
    st.exchange(soci::into(indicator_id.value, indicator_id.ind));
    st.exchange(soci::into(period.value, period.ind));
    st.exchange(soci::into(value.value, value.ind));
    st.exchange(soci::into(weight.value, weight.ind));
    st.exchange(soci::into(note.value, note.ind));
    st.exchange(soci::into(recorded_by.value, recorded_by.ind));
    st.exchange(soci::into(recorded_at.value, recorded_at.ind));
    st.exchange(soci::into(superseded_at.value, superseded_at.ind));
    st.exchange(soci::into(raised_type.value, raised_type.ind));
    st.exchange(soci::into(raised_id.value, raised_id.ind));
  }
  std::optional<Measurement> Take() const {
    if (!id.Get()) return std::nullopt;
    Measurement m;
    m.id = id.value;
    m.indicator_id = indicator_id.value;
    m.period = period.value;
    m.value = value.value;
    m.weight = weight.Get();
    m.note = note.value;
    m.recorded_by = recorded_by.Get();
    m.recorded_at = recorded_at.value;
    m.superseded_at = superseded_at.Get();
    m.raised_type = raised_type.Get();
    m.raised_id = raised_id.Get();
    return m;
  }
};

struct PathedReader {
  IndicatorReader row;
  std::string path;
  void Bind(soci::statement& st) {
    row.Bind(st);
    st.exchange(soci::into(path));
  }
  std::pair<Indicator, std::string> Take() const { return {row.Take(), path}; }
};

struct CompareReader {
  CompareRow row;
  std::string direction;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(row.indicator_id));
    st.exchange(soci::into(row.unit_id));
    st.exchange(soci::into(direction));
    st.exchange(soci::into(row.target));
    st.exchange(soci::into(row.warning));
    st.exchange(soci::into(row.unit_code));
    st.exchange(soci::into(row.unit_name));
  }
  CompareRow Take() const {
    CompareRow out = row;
    out.direction = ParseDirection(direction).value_or(Direction::kHigherIsBetter);
    return out;
  }
};

// One current value of a comparison's period.
struct ValueReader {
  db::Id indicator_id = 0;
  double value = 0;
  db::Nullable<double> weight;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(indicator_id));
    st.exchange(soci::into(value));
    st.exchange(soci::into(weight.value, weight.ind));
  }
  ValueReader Take() const { return *this; }
};

std::string SelectPathed(const std::string& where) {
  return std::string("SELECT ") + kIndicatorColumns + ", u.path FROM indicators i JOIN units u ON u.id = i.unit_id " +
         "WHERE " + where;
}

std::vector<Measurement> Values(soci::session& s, const std::string& where, db::Binds& p) {
  std::vector<Measurement> out;
  for (auto& m : db::FetchAll<MeasurementReader>(
           s, std::string("SELECT ") + kMeasurementColumns + " FROM measurements m" + kBreachJoin + " WHERE " + where, p))
    out.push_back(std::move(*m));
  return out;
}

struct Writable {
  db::Nullable<db::Id> owner, created_by;
  db::Nullable<std::string> metric, archived;
  std::string direction, frequency, source, aggregation;
  explicit Writable(const Indicator& i)
      : owner(i.owner_id),
        created_by(i.created_by),
        metric(i.metric),
        archived(i.archived_at),
        direction(Name(i.direction)),
        frequency(Name(i.frequency)),
        source(Name(i.source)),
        aggregation(Name(i.aggregation)) {}
};

}  // namespace

std::optional<std::pair<Indicator, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = db::FetchAll<PathedReader>(s, SelectPathed("i.id = " + p.Id("id", id)), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<std::pair<Indicator, std::string>> FindByCode(soci::session& s, const std::string& unit_code,
                                                            const std::string& code) {
  db::Binds p;
  auto rows = db::FetchAll<PathedReader>(
      s, SelectPathed("u.code = " + p.Text("unit", unit_code) + " AND i.code = " + p.Text("code", code) +
                      " AND i.archived_at IS NULL"),
      p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Indicator> List(soci::session& s, const IndicatorQuery& q) {
  if (q.scope.empty()) return {};
  // Over a wide subtree the unary plus keeps the engine from reading every unit's indicators to sort them: it walks
  // the primary key in order and stops at the page's end (as actions do, db::kFewUnits).
  bool by_unit = q.unit_id || q.objective_id || q.code || db::HasFewUnits(s, q.scope);
  db::Binds p;
  std::string where = std::string(by_unit ? "i.unit_id" : "+i.unit_id") + " IN (SELECT s.id FROM units s WHERE " +
                      db::SubtreeClause(q.scope, "s.path", p) + ")";
  if (q.objective_id) where += " AND i.objective_id = " + p.Id("objective", *q.objective_id);
  if (q.unit_id) where += " AND i.unit_id = " + p.Id("unit", *q.unit_id);
  if (q.code) where += " AND i.code = " + p.Text("code", *q.code);
  if (q.source) where += " AND i.source = " + p.Text("source", std::string(Name(*q.source)));
  if (!q.include_archived) where += " AND i.archived_at IS NULL";
  if (q.after) where += " AND i.id > " + p.Id("after", *q.after);
  std::vector<Indicator> out;
  for (auto& row : db::FetchAll<PathedReader>(s, SelectPathed(where) + " ORDER BY i.id LIMIT " +
                                                     std::to_string(q.limit), p))
    out.push_back(std::move(row.first));
  return out;
}

bool CodeTaken(soci::session& s, db::Id unit_id, const std::string& code, db::Id except_id) {
  db::Binds p;
  return !db::FetchIds(s, "SELECT id FROM indicators WHERE unit_id = " + p.Id("unit", unit_id) + " AND code = " +
                              p.Text("code", code) + " AND id <> " + p.Id("except", except_id),
                       p)
              .empty();
}

void Insert(soci::session& s, Indicator& i) {
  Writable w(i);
  s << "INSERT INTO indicators (objective_id, unit_id, code, name, measure_unit, direction, target, warning, "
       "frequency, owner_id, source, metric, aggregation, breach_raises, version, created_by, created_at, updated_at) "
       "VALUES (:objective, :unit, :code, :name, :measure, :direction, :target, :warning, :frequency, :owner, "
       ":source, :metric, :aggregation, :raises, 1, :by, :created, :updated) RETURNING id",
      soci::use(i.objective_id), soci::use(i.unit_id), soci::use(i.code), soci::use(i.name),
      soci::use(i.measure_unit), soci::use(w.direction), soci::use(i.target), soci::use(i.warning),
      soci::use(w.frequency), soci::use(w.owner.value, w.owner.ind), soci::use(w.source),
      soci::use(w.metric.value, w.metric.ind), soci::use(w.aggregation), soci::use(i.breach_raises),
      soci::use(w.created_by.value, w.created_by.ind), soci::use(i.created_at), soci::use(i.updated_at),
      soci::into(i.id);
  i.version = 1;
}

bool Update(soci::session& s, const Indicator& i, long long expected_version) {
  Writable w(i);
  soci::statement st =
      // The code is not written: it never changes (no patch names it), and each value keeps a copy (migration 0031).
      (s.prepare << "UPDATE indicators SET name = :name, measure_unit = :measure, direction = :direction, "
                    "target = :target, warning = :warning, frequency = :frequency, owner_id = :owner, "
                    "aggregation = :aggregation, breach_raises = :raises, version = version + 1, "
                    "updated_at = :updated, archived_at = :archived WHERE id = :id AND version = :expected",
       soci::use(i.name), soci::use(i.measure_unit), soci::use(w.direction), soci::use(i.target),
       soci::use(i.warning), soci::use(w.frequency), soci::use(w.owner.value, w.owner.ind),
       soci::use(w.aggregation), soci::use(i.breach_raises), soci::use(i.updated_at),
       soci::use(w.archived.value, w.archived.ind), soci::use(i.id), soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  // The flags of the current values and the off-target counts of the unit (migration 0050) follow the new
  // thresholds or the archiving: the values' old standing is taken from the counts, then their new one added.
  s << "UPDATE indicator_off_target SET off_target = off_target - (SELECT COUNT(*) FROM measurements m WHERE "
       "m.indicator_id = :a AND m.period = indicator_off_target.period AND m.superseded_at IS NULL AND m.live = 1 AND "
       "m.off_target = 1), past_warning = past_warning - (SELECT COUNT(*) FROM measurements m WHERE m.indicator_id = "
       ":b AND m.period = indicator_off_target.period AND m.superseded_at IS NULL AND m.live = 1 AND m.off_target = 1 "
       "AND m.past_warning = 1) WHERE unit_id = :unit AND period IN (SELECT m.period FROM measurements m WHERE "
       "m.indicator_id = :c AND m.superseded_at IS NULL AND m.live = 1 AND m.off_target = 1)",
      soci::use(i.id), soci::use(i.id), soci::use(i.unit_id), soci::use(i.id);
  s << "UPDATE measurements SET live = (SELECT CASE WHEN i.archived_at IS NULL THEN 1 ELSE 0 END FROM indicators i "
       "WHERE i.id = :a), off_target = (SELECT CASE WHEN (i.direction = 'higher' AND measurements.value < i.target) "
       "OR (i.direction = 'lower' AND measurements.value > i.target) THEN 1 ELSE 0 END FROM indicators i WHERE i.id "
       "= :b), past_warning = (SELECT CASE WHEN (i.direction = 'higher' AND measurements.value < i.warning) OR "
       "(i.direction = 'lower' AND measurements.value > i.warning) THEN 1 ELSE 0 END FROM indicators i WHERE i.id = "
       ":c) WHERE indicator_id = :d AND superseded_at IS NULL",
      soci::use(i.id), soci::use(i.id), soci::use(i.id), soci::use(i.id);
  s << "INSERT INTO indicator_off_target (unit_id, period, off_target, past_warning) SELECT m.unit_id, m.period, 1, "
       "m.past_warning FROM measurements m WHERE m.indicator_id = :id AND m.superseded_at IS NULL AND m.live = 1 AND "
       "m.off_target = 1 ON CONFLICT (unit_id, period) DO UPDATE SET off_target = indicator_off_target.off_target + "
       "excluded.off_target, past_warning = indicator_off_target.past_warning + excluded.past_warning",
      soci::use(i.id);
  return true;
}

std::vector<std::pair<Indicator, std::string>> Computed(soci::session& s) {
  db::Binds p;
  return db::FetchAll<PathedReader>(
      s, SelectPathed("i.source = 'computed' AND i.archived_at IS NULL AND u.archived_at IS NULL ORDER BY i.id"), p);
}

std::vector<Measurement> Measurements(soci::session& s, db::Id indicator_id, bool history) {
  db::Binds p;
  std::string where = "m.indicator_id = " + p.Id("indicator", indicator_id);
  if (!history) where += " AND m.superseded_at IS NULL";
  return Values(s, where + " ORDER BY m.period, m.id", p);
}

std::optional<Measurement> Current(soci::session& s, db::Id indicator_id, const std::string& period) {
  db::Binds p;
  auto rows = Values(s,
                     "m.indicator_id = " + p.Id("indicator", indicator_id) + " AND m.period = " +
                         p.Text("period", period) + " AND m.superseded_at IS NULL",
                     p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::map<db::Id, Measurement> Latest(soci::session& s, const std::vector<db::Id>& ids) {
  std::map<db::Id, Measurement> out;
  for (const auto& slice : db::IdSlices(ids)) {
    db::Binds p;
    std::string list = db::IdList(slice, "id", p);
    for (auto& m : Values(s,
                          "m.indicator_id IN " + list +
                              " AND m.superseded_at IS NULL AND m.period = (SELECT MAX(l.period) FROM measurements l "
                              "WHERE l.indicator_id = m.indicator_id AND l.superseded_at IS NULL)",
                          p))
      out[m.indicator_id] = m;
  }
  return out;
}

std::vector<db::Id> MeasuredIn(soci::session& s, const std::vector<db::Id>& ids, const std::string& period) {
  std::vector<db::Id> out;
  for (const auto& slice : db::IdSlices(ids)) {
    db::Binds p;
    std::string list = db::IdList(slice, "id", p);
    for (db::Id id : db::FetchIds(s,
                                  "SELECT indicator_id FROM measurements WHERE indicator_id IN " + list +
                                      " AND period = " + p.Text("period", period) + " AND superseded_at IS NULL",
                                  p))
      out.push_back(id);
  }
  return out;
}

void InsertMeasurement(soci::session& s, Measurement& m) {
  db::Nullable<double> weight(m.weight);
  db::Nullable<db::Id> by(m.recorded_by);
  // The indicator's code kept with the value (migration 0031), and its unit and where the value stands against
  // its thresholds (migration 0050), read here so no caller can write others.
  s << "INSERT INTO measurements (indicator_id, period, value, weight, note, recorded_by, recorded_at, code, unit_id, "
       "live, off_target, past_warning) VALUES (:indicator, :period, :value, :weight, :note, :by, :at, (SELECT i.code "
       "FROM indicators i WHERE i.id = :i1), (SELECT i.unit_id FROM indicators i WHERE i.id = :i2), (SELECT CASE WHEN "
       "i.archived_at IS NULL THEN 1 ELSE 0 END FROM indicators i WHERE i.id = :i3), (SELECT CASE WHEN (i.direction "
       "= 'higher' AND :v1 < i.target) OR (i.direction = 'lower' AND :v2 > i.target) THEN 1 ELSE 0 END FROM "
       "indicators i WHERE i.id = :i4), (SELECT CASE WHEN (i.direction = 'higher' AND :v3 < i.warning) OR "
       "(i.direction = 'lower' AND :v4 > i.warning) THEN 1 ELSE 0 END FROM indicators i WHERE i.id = :i5)) "
       "RETURNING id",
      soci::use(m.indicator_id), soci::use(m.period), soci::use(m.value), soci::use(weight.value, weight.ind),
      soci::use(m.note), soci::use(by.value, by.ind), soci::use(m.recorded_at), soci::use(m.indicator_id),
      soci::use(m.indicator_id), soci::use(m.indicator_id), soci::use(m.value), soci::use(m.value),
      soci::use(m.indicator_id), soci::use(m.value), soci::use(m.value), soci::use(m.indicator_id), soci::into(m.id);
  s << "INSERT INTO indicator_off_target (unit_id, period, off_target, past_warning) SELECT m.unit_id, m.period, 1, "
       "m.past_warning FROM measurements m WHERE m.id = :id AND m.live = 1 AND m.off_target = 1 ON CONFLICT (unit_id, "
       "period) DO UPDATE SET off_target = indicator_off_target.off_target + excluded.off_target, past_warning = "
       "indicator_off_target.past_warning + excluded.past_warning",
      soci::use(m.id);
}

bool Supersede(soci::session& s, db::Id measurement_id, const std::string& at) {
  soci::statement st = (s.prepare << "UPDATE measurements SET superseded_at = :at WHERE id = :id AND "
                                     "superseded_at IS NULL",
                        soci::use(at), soci::use(measurement_id));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  s << "UPDATE indicator_off_target SET off_target = off_target - 1, past_warning = past_warning - (SELECT "
       "m.past_warning FROM measurements m WHERE m.id = :a) WHERE (unit_id, period) IN (SELECT m.unit_id, m.period "
       "FROM measurements m WHERE m.id = :b AND m.live = 1 AND m.off_target = 1)",
      soci::use(measurement_id), soci::use(measurement_id);
  return true;
}

std::optional<std::pair<std::string, db::Id>> FindBreach(soci::session& s, db::Id indicator_id,
                                                         const std::string& period) {
  std::string type;
  db::Id id = 0;
  s << "SELECT raised_type, raised_id FROM indicator_breaches WHERE indicator_id = :indicator AND period = :period",
      soci::use(indicator_id), soci::use(period), soci::into(type), soci::into(id);
  if (!s.got_data()) return std::nullopt;
  return std::pair{type, id};
}

void InsertBreach(soci::session& s, db::Id indicator_id, const std::string& period, const std::string& raised_type,
                  db::Id raised_id, db::Id measurement_id, const std::string& at) {
  s << "INSERT INTO indicator_breaches (indicator_id, period, raised_type, raised_id, measurement_id, created_at) "
       "VALUES (:indicator, :period, :type, :raised, :measurement, :at)",
      soci::use(indicator_id), soci::use(period), soci::use(raised_type), soci::use(raised_id),
      soci::use(measurement_id), soci::use(at);
}

std::optional<std::pair<db::Id, std::string>> BreachRaising(soci::session& s, const std::string& raised_type,
                                                            db::Id raised_id) {
  db::Id indicator = 0;
  std::string period;
  s << "SELECT indicator_id, period FROM indicator_breaches WHERE raised_type = :type AND raised_id = :id",
      soci::use(raised_type), soci::use(raised_id), soci::into(indicator), soci::into(period);
  if (!s.got_data()) return std::nullopt;
  return std::pair{indicator, period};
}

std::vector<CompareRow> Compare(soci::session& s, const std::string& code, const std::vector<std::string>& roots,
                                const std::string& period) {
  // Two range reads joined here rather than one join in SQL: the join made the engine seek each indicator's value
  // among the period's values of every code (a thousand seeks over scattered pages); read apart, the indicators come
  // from indicators_code and the values of one code and period from one run of measurements_code_period (see
  // migrations 0030 and 0031), both covering.
  db::Binds p;
  std::string sql = "SELECT i.id, i.unit_id, i.direction, i.target, i.warning, u.code, u.name FROM indicators i "
                    "JOIN units u ON u.id = i.unit_id WHERE i.code = " + p.Text("code", code) +
                    " AND i.archived_at IS NULL AND " + db::SubtreeClause(roots, "u.path", p) + " ORDER BY u.code";
  auto rows = db::FetchAll<CompareReader>(s, sql, p);
  if (rows.empty()) return rows;
  std::vector<std::size_t> by_indicator(rows.size());
  for (std::size_t k = 0; k < rows.size(); ++k) by_indicator[k] = k;
  std::sort(by_indicator.begin(), by_indicator.end(),
            [&](std::size_t a, std::size_t b) { return rows[a].indicator_id < rows[b].indicator_id; });
  db::Binds v;
  std::string where = "code = " + v.Text("code", code) + " AND period = " + v.Text("period", period) +
                      " AND superseded_at IS NULL";
  // A school's subtree holds a few of the code's indicators: their values are sought one by one rather than the whole
  // province's run read to keep a handful.
  if (rows.size() <= std::size_t(db::kFewUnits)) {
    std::vector<db::Id> ids;
    for (std::size_t k : by_indicator) ids.push_back(rows[k].indicator_id);
    where += " AND indicator_id IN " + db::IdList(db::PaddedIdSlices(ids).front(), "id", v);
  }
  auto values = db::FetchAll<ValueReader>(
      s, "SELECT indicator_id, value, weight FROM measurements WHERE " + where + " ORDER BY indicator_id", v);
  // Both in indicator order: one merge pass.
  std::size_t k = 0;
  for (const auto& value : values) {
    while (k < by_indicator.size() && rows[by_indicator[k]].indicator_id < value.indicator_id) ++k;
    if (k == by_indicator.size()) break;
    CompareRow& row = rows[by_indicator[k]];
    if (row.indicator_id != value.indicator_id) continue;
    row.value = value.value;
    row.weight = value.weight.Get();
  }
  return rows;
}

}  // namespace eduims::planning::indicator_store
