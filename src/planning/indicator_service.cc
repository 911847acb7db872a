#include "planning/indicator_service.h"

#include <charconv>
#include <cmath>
#include <map>
#include <set>

#include "org/import_file.h"
#include "planning/indicator_store.h"
#include "platform/db/query.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::planning {
namespace {

using auth::Permission;

std::string Today() { return FormatDate(TodayInVietnam()); }
std::string Json(const Indicator& i) { return boost::json::serialize(ToJson(i)); }

std::optional<Problem> CodeProblem(const std::string& code) {
  if (code.empty()) return Problem::Make(422, "validation.missing_field", "code");
  if (code.size() > 40) return Problem::Make(422, "validation.too_long", "code").With("max", "40");
  for (unsigned char c : code)
    if (!std::isupper(c) && !std::isdigit(c) && c != '-' && c != '_' && c != '.')
      return Problem::Make(422, "validation.invalid_value", "code");
  return std::nullopt;
}

void CheckSource(Source source, const std::optional<std::string>& metric) {
  if (source == Source::kComputed) {
    if (!metric) Fail(422, "validation.missing_field", "metric");
    if (std::find(MetricNames().begin(), MetricNames().end(), *metric) == MetricNames().end())
      Fail(422, "validation.invalid_value", "metric");
  } else if (metric) {
    // A metric names what the server computes; on a hand-entered indicator it would never be used.
    Fail(422, "validation.invalid_value", "metric");
  }
}

void CheckBreachTarget(const std::string& target) {
  if (std::find(BreachTargets().begin(), BreachTargets().end(), target) == BreachTargets().end())
    Fail(422, "validation.invalid_value", "breach_raises");
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::optional<double> ParseNumber(const std::string& text) {
  double out = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(out)) return std::nullopt;
  return out;
}

Problem RowProblem(int row, Problem p) {
  p.params["row"] = std::to_string(row);
  return p;
}

}  // namespace

std::pair<Indicator, std::string> IndicatorService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = indicator_store::Find(s, id);
  if (!found || !who.Can(Permission::kViewPlanning, found->second)) FailNotFound("indicator");
  return *found;
}

Period IndicatorService::CheckPeriod(const Indicator& indicator, const std::string& name) {
  auto period = ParsePeriod(indicator.frequency, name);
  if (!period)
    Fail(422, "indicator.period_not_in_frequency", "period");
  if (period->first_day > Today()) Fail(422, "indicator.period_not_started", "period");
  return *period;
}

void IndicatorService::CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id, Source source,
                                  const std::string& unit_path) {
  if (!owner_id) return;
  // The owner answers for the values: someone who may enter them, or for a computed one at least see them.
  auth::RequireNamed(org_, who, *owner_id,
                     source == Source::kComputed ? Permission::kViewPlanning : Permission::kRecordMeasurements,
                     unit_path, "owner_id");
}

Indicator IndicatorService::Get(const auth::Principal& who, db::Id id) {
  Indicator out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<IndicatorRow> IndicatorService::List(const auth::Principal& who, const IndicatorFilter& f) {
  indicator_store::IndicatorQuery q;
  std::optional<std::string> within;
  if (f.within) within = org_.GetUnit(&who, *f.within).path;
  q.scope = db::ScopeWithin(who.Scope(Permission::kViewPlanning), within);
  q.objective_id = f.objective_id;
  q.unit_id = f.unit_id;
  q.code = f.code;
  q.source = f.source;
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<IndicatorRow> out;
  db_.Read([&](soci::session& s) {
    std::vector<db::Id> ids;
    for (Indicator& i : indicator_store::List(s, q)) {
      ids.push_back(i.id);
      out.push_back({std::move(i), std::nullopt});
    }
    auto latest = indicator_store::Latest(s, ids);
    for (IndicatorRow& row : out)
      if (auto it = latest.find(row.indicator.id); it != latest.end()) row.latest = it->second;
  });
  return out;
}

Indicator IndicatorService::Create(const auth::Principal& who, const IndicatorInput& in, const audit::Actor& actor) {
  if (auto p = CodeProblem(in.code)) Fail(*p);
  CheckText("name", in.name, 300, true);
  CheckText("measure_unit", in.measure_unit, 40, true);
  if (auto p = ThresholdProblem(in.direction, in.target, in.warning)) Fail(*p);
  CheckSource(in.source, in.metric);
  CheckBreachTarget(in.breach_raises);
  std::pair<Objective, std::string> objective;
  try {
    db_.Read([&](soci::session& s) { objective = objectives_.Visible(s, who, in.objective_id); });
  } catch (const ProblemError&) {
    Fail(422, "validation.reference_not_found", "objective_id");
  }
  if (!who.Can(Permission::kManagePlanning, objective.second)) Fail(403, "auth.forbidden");
  if (objective.first.archived_at) Fail(409, "conflict.archived", "objective_id");
  CheckOwner(who, in.owner_id, in.source, objective.second);
  Indicator i;
  i.objective_id = in.objective_id;
  i.unit_id = objective.first.unit_id;
  i.code = in.code;
  i.name = in.name;
  i.measure_unit = in.measure_unit;
  i.direction = in.direction;
  i.target = in.target;
  i.warning = in.warning;
  i.frequency = in.frequency;
  i.owner_id = in.owner_id;
  i.source = in.source;
  i.metric = in.metric;
  i.aggregation = in.aggregation;
  i.breach_raises = in.breach_raises;
  i.created_by = who.user_id;
  i.created_at = i.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    if (indicator_store::CodeTaken(s, i.unit_id, i.code, 0)) Fail(409, "conflict.duplicate", "code");
    indicator_store::Insert(s, i);
    audit::Append(db_, s, actor, {"indicator", std::to_string(i.id), "create", std::nullopt, Json(i),
                                  objective.second});
  });
  return i;
}

Indicator IndicatorService::Update(const auth::Principal& who, db::Id id, long long version, const IndicatorPatch& p,
                                   const audit::Actor& actor) {
  if (p.name) CheckText("name", *p.name, 300, true);
  if (p.measure_unit) CheckText("measure_unit", *p.measure_unit, 40, true);
  if (p.breach_raises) CheckBreachTarget(*p.breach_raises);
  if (p.owner_present && p.owner_id) {
    std::pair<Indicator, std::string> current;
    db_.Read([&](soci::session& s) { current = Visible(s, who, id); });
    if (!who.Can(Permission::kManagePlanning, current.second)) Fail(403, "auth.forbidden");
    CheckOwner(who, p.owner_id, current.first.source, current.second);
  }
  Indicator after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    after = before;
    if (p.name) after.name = *p.name;
    if (p.measure_unit) after.measure_unit = *p.measure_unit;
    if (p.breach_raises) after.breach_raises = *p.breach_raises;
    if (p.direction) after.direction = *p.direction;
    if (p.target) after.target = *p.target;
    if (p.warning) after.warning = *p.warning;
    if (p.owner_present) after.owner_id = p.owner_id;
    if (p.aggregation) after.aggregation = *p.aggregation;
    if (auto problem = ThresholdProblem(after.direction, after.target, after.warning)) Fail(*problem);
    after.updated_at = NowTimestamp();
    if (!indicator_store::Update(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"indicator", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

Indicator IndicatorService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Indicator after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!indicator_store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"indicator", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

std::pair<Indicator, std::vector<Measurement>> IndicatorService::Measurements(const auth::Principal& who, db::Id id,
                                                                              bool history) {
  std::pair<Indicator, std::vector<Measurement>> out;
  db_.Read([&](soci::session& s) {
    out.first = Visible(s, who, id).first;
    out.second = indicator_store::Measurements(s, id, history);
  });
  return out;
}

void IndicatorService::RaiseBreach(soci::session& s, const auth::Principal& who, const Indicator& indicator,
                                   Measurement& m, const audit::Actor& actor) {
  if (StatusOf(indicator.direction, indicator.target, indicator.warning, m.value) != Rag::kRed) return;
  if (auto raised = indicator_store::FindBreach(s, indicator.id, m.period)) {
    m.raised_type = raised->first;
    m.raised_id = raised->second;
    return;
  }
  std::string title = "Chỉ số " + indicator.code + " vượt ngưỡng cảnh báo kỳ " + m.period + " / Indicator " +
                      indicator.code + " past its warning threshold in " + m.period;
  std::string description = indicator.name + ": " + Number(m.value) + " " + indicator.measure_unit + " (mục tiêu / target " +
                            Number(indicator.target) + ", ngưỡng / threshold " + Number(indicator.warning) +
                            "). /indicators/" + std::to_string(indicator.id);
  db::Id raised_id = 0;
  if (indicator.breach_raises == "nonconformity") {
    improvement::NcInput nc;
    nc.unit_id = indicator.unit_id;
    nc.title = title.substr(0, 300);
    nc.description = description;
    nc.source = "process_indicator";
    nc.severity = "minor";
    raised_id = nonconformities_.CreateIn(s, who, nc, actor).id;
  } else {
    improvement::ImprovementInput in;
    in.unit_id = indicator.unit_id;
    in.title = title.substr(0, 300);
    in.description = description;
    in.source = "process_indicator";
    in.owner_id = indicator.owner_id;
    raised_id = improvements_.CreateIn(s, who, in, actor).id;
  }
  indicator_store::InsertBreach(s, indicator.id, m.period, indicator.breach_raises, raised_id, m.id, NowTimestamp());
  m.raised_type = indicator.breach_raises;
  m.raised_id = raised_id;
}

Measurement IndicatorService::Store(soci::session& s, const std::optional<auth::Principal>& who,
                                    const Indicator& indicator, const std::string& unit_path, Measurement m,
                                    const std::optional<Measurement>& replaced, const audit::Actor& actor) {
  m.indicator_id = indicator.id;
  m.recorded_at = NowTimestamp();
  if (replaced && !indicator_store::Supersede(s, replaced->id, m.recorded_at))
    Fail(Problem::Make(409, "measurement.period_recorded", "period").With("period", m.period));
  indicator_store::InsertMeasurement(s, m);
  // Whoever may not raise entries in the register there (a computed indicator's owner whose grants changed) records
  // the value all the same; the register hears of it from the next one who may.
  if (who && who->Can(Permission::kReportNonconformities, unit_path)) RaiseBreach(s, *who, indicator, m, actor);
  std::optional<std::string> before;
  if (replaced) {
    Measurement old = *replaced;
    old.superseded_at = m.recorded_at;
    before = boost::json::serialize(ToJson(old, indicator));
  }
  audit::Append(db_, s, actor,
                {"measurement", std::to_string(m.id), replaced ? "correct" : "create", before,
                 boost::json::serialize(ToJson(m, indicator)), unit_path});
  return m;
}

Measurement IndicatorService::Record(const auth::Principal& who, db::Id id, const MeasurementInput& in,
                                     const audit::Actor& actor) {
  CheckText("note", in.note, 2000, in.correction);
  Measurement out;
  db_.Write([&](soci::session& s) {
    auto [indicator, path] = Visible(s, who, id);
    if (!who.Can(Permission::kRecordMeasurements, path)) Fail(403, "auth.forbidden");
    if (indicator.archived_at) Fail(409, "conflict.archived");
    if (indicator.source == Source::kComputed) Fail(422, "indicator.computed", "value");
    Period period = CheckPeriod(indicator, in.period);
    if (indicator.aggregation == Aggregation::kWeightedMean && !in.weight) Fail(422, "validation.missing_field", "weight");
    auto current = indicator_store::Current(s, id, period.name);
    if (current && !in.correction)
      Fail(Problem::Make(409, "measurement.period_recorded", "period").With("period", period.name));
    if (!current && in.correction) Fail(422, "measurement.nothing_to_correct", "correction");
    Measurement m;
    m.period = period.name;
    m.value = in.value;
    m.weight = in.weight;
    m.note = in.note;
    m.recorded_by = who.user_id;
    out = Store(s, who, indicator, path, m, current, actor);
  });
  return out;
}

bool IndicatorService::RecordComputed(soci::session& s, const Indicator& indicator, const std::string& unit_path,
                                      const std::string& period, double value,
                                      const std::optional<auth::Principal>& raiser) {
  if (indicator_store::Current(s, indicator.id, period)) return false;
  Measurement m;
  m.period = period;
  m.value = value;
  Store(s, raiser, indicator, unit_path, m, std::nullopt, audit::Actor::System("compute_indicators"));
  return true;
}

std::vector<ImportedMeasurement> IndicatorService::Import(const auth::Principal& who, const std::string& text,
                                                          org::ImportFormat format, const audit::Actor& actor) {
  org::ImportFile file =
      org::ReadImport(text, format, {"unit_code", "indicator_code", "period", "value"}, {"weight", "note"});
  const std::vector<int>& col = file.columns;
  std::vector<ImportedMeasurement> imported;
  db_.Write([&](soci::session& s) {
    std::vector<Problem> errors;
    struct Row {
      Indicator indicator;
      std::string path;
      Measurement m;
      int line;
    };
    std::vector<Row> rows;
    std::set<std::pair<db::Id, std::string>> in_file;
    for (const CsvRecord& rec : file.rows) {
      int line = rec.line;
      size_t before = errors.size();
      auto fail = [&](Problem p) { errors.push_back(RowProblem(line, std::move(p))); };
      auto found = indicator_store::FindByCode(s, org::ImportCell(rec, col[0]), org::ImportCell(rec, col[1]));
      if (!found || !who.Can(Permission::kViewPlanning, found->second)) {
        fail(Problem::Make(422, "validation.reference_not_found", "indicator_code"));
        continue;
      }
      const Indicator& indicator = found->first;
      if (!who.Can(Permission::kRecordMeasurements, found->second)) fail(Problem::Make(403, "auth.forbidden", "unit_code"));
      if (indicator.source == Source::kComputed) fail(Problem::Make(422, "indicator.computed", "indicator_code"));
      std::string period_name = org::ImportCell(rec, col[2]);
      auto period = ParsePeriod(indicator.frequency, period_name);
      if (!period)
        fail(Problem::Make(422, "indicator.period_not_in_frequency", "period"));
      else if (period->first_day > Today())
        fail(Problem::Make(422, "indicator.period_not_started", "period"));
      auto value = ParseNumber(org::ImportCell(rec, col[3]));
      if (!value) fail(Problem::Make(422, "validation.invalid_value", "value"));
      std::optional<double> weight;
      if (std::string w = org::ImportCell(rec, col[4]); !w.empty()) {
        weight = ParseNumber(w);
        if (!weight || *weight <= 0) fail(Problem::Make(422, "validation.invalid_value", "weight"));
      } else if (indicator.aggregation == Aggregation::kWeightedMean) {
        fail(Problem::Make(422, "validation.missing_field", "weight"));
      }
      std::string note = org::ImportCell(rec, col[5]);
      if (note.size() > 2000) fail(Problem::Make(422, "validation.too_long", "note").With("max", "2000"));
      if (errors.size() != before) continue;
      if (!in_file.insert({indicator.id, period->name}).second) {
        fail(Problem::Make(409, "conflict.duplicate", "period"));
        continue;
      }
      if (indicator_store::Current(s, indicator.id, period->name)) {
        fail(Problem::Make(409, "measurement.period_recorded", "period").With("period", period->name));
        continue;
      }
      Measurement m;
      m.period = period->name;
      m.value = *value;
      m.weight = weight;
      m.note = note;
      m.recorded_by = who.user_id;
      rows.push_back({indicator, found->second, m, line});
    }
    if (!errors.empty()) {
      Problem p = Problem::Make(422, "import.invalid_rows").With("count", std::to_string(errors.size()));
      p.errors = std::move(errors);
      Fail(p);
    }
    for (Row& row : rows) {
      Measurement stored = Store(s, who, row.indicator, row.path, row.m, std::nullopt, actor);
      imported.push_back({row.line, stored.id, row.indicator.id, stored.period});
    }
  });
  return imported;
}

Comparison IndicatorService::Compare(const auth::Principal& who, const std::string& code,
                                     std::optional<db::Id> within, std::optional<std::string> period) {
  Comparison out;
  out.code = code;
  std::optional<org::Unit> root;
  if (within) root = org_.GetUnit(&who, *within);
  auto roots = db::ScopeWithin(who.Scope(Permission::kViewPlanning),
                               root ? std::optional<std::string>(root->path) : std::nullopt);
  db_.Read([&](soci::session& s) {
    // The period is read in the reference's frequency: the subtree root's own indicator of the code when it has
    // one (the department's target for the province), else the first unit's.
    indicator_store::IndicatorQuery q;
    q.scope = roots;
    q.code = code;
    if (root) q.unit_id = root->id;
    q.limit = 1;
    auto reference = indicator_store::List(s, q);
    if (reference.empty() && root) {
      q.unit_id.reset();
      reference = indicator_store::List(s, q);
    }
    if (reference.empty()) {
      out.period = period.value_or("");
      return;
    }
    out.reference = reference.front();
    std::optional<Period> p;
    if (period) {
      p = ParsePeriod(out.reference->frequency, *period);
      if (!p)
        Fail(422, "indicator.period_not_in_frequency", "period");
    } else {
      p = LatestEndedPeriod(out.reference->frequency, Today());
    }
    out.period = p->name;
    out.rows = indicator_store::Compare(s, code, roots, out.period);
  });
  if (!out.reference) return out;
  std::vector<UnitValue> values;
  for (const auto& row : out.rows)
    if (row.value) values.push_back({*row.value, row.weight.value_or(1)});
  out.measured = int(values.size());
  out.aggregate = Aggregate(out.reference->aggregation, values);
  return out;
}

}  // namespace eduims::planning
