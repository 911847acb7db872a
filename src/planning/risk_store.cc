#include "planning/risk_store.h"

#include <map>
#include <tuple>

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::planning::risk_store {
namespace {

const char* kColumns =
    "r.id, r.unit_id, r.process_id, r.kind, r.source_kind, r.source_id, r.title, r.cause, r.consequence, "
    "r.inherent_likelihood, r.inherent_impact, r.residual_likelihood, r.residual_impact, r.owner_id, r.treatment, "
    "r.treatment_plan, r.next_review_date, r.last_reviewed_on, r.version, r.created_by, r.created_at, r.updated_at, "
    "r.archived_at, u.path";

struct Reader {
  Risk r;
  std::string kind, source_kind, path;
  db::Nullable<db::Id> process, source, owner, by;
  db::Nullable<int> residual_l, residual_i;
  db::Nullable<std::string> treatment, next_review, reviewed, archived;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.unit_id));
    st.exchange(soci::into(process.value, process.ind));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(source_kind));
    st.exchange(soci::into(source.value, source.ind));
    st.exchange(soci::into(r.title));
    st.exchange(soci::into(r.cause));
    st.exchange(soci::into(r.consequence));
    st.exchange(soci::into(r.inherent.likelihood));
    st.exchange(soci::into(r.inherent.impact));
    st.exchange(soci::into(residual_l.value, residual_l.ind));
    st.exchange(soci::into(residual_i.value, residual_i.ind));
    st.exchange(soci::into(owner.value, owner.ind));
    st.exchange(soci::into(treatment.value, treatment.ind));
    st.exchange(soci::into(r.treatment_plan));
    st.exchange(soci::into(next_review.value, next_review.ind));
    st.exchange(soci::into(reviewed.value, reviewed.ind));
    st.exchange(soci::into(r.version));
    st.exchange(soci::into(by.value, by.ind));
    st.exchange(soci::into(r.created_at));
    st.exchange(soci::into(r.updated_at));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(path));
  }
  std::pair<Risk, std::string> Take() const {
    Risk out = r;
    out.process_id = process.Get();
    out.kind = ParseKind(kind).value_or(Kind::kRisk);
    out.source_kind = ParseSourceKind(source_kind).value_or(SourceKind::kOther);
    out.source_id = source.Get();
    if (residual_l.Get() && residual_i.Get()) out.residual = Rating{residual_l.value, residual_i.value};
    out.owner_id = owner.Get();
    if (auto t = treatment.Get()) out.treatment = ParseTreatment(*t);
    out.next_review_date = next_review.Get();
    out.last_reviewed_on = reviewed.Get();
    out.created_by = by.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

std::vector<std::pair<Risk, std::string>> Run(soci::session& s, const std::string& ids_sql, db::Binds& p) {
  return db::FetchAll<Reader>(s,
                              std::string("SELECT ") + kColumns +
                                  " FROM risks r JOIN units u ON u.id = r.unit_id WHERE r.id IN (" + ids_sql +
                                  ") ORDER BY r.id",
                              p);
}

std::vector<Risk> Rows(std::vector<std::pair<Risk, std::string>> rows) {
  std::vector<Risk> out;
  out.reserve(rows.size());
  for (auto& row : rows) out.push_back(std::move(row.first));
  return out;
}

// The values a write binds, with their indicators.
struct Writable {
  std::string kind, source_kind;
  db::Nullable<db::Id> process, source, owner, by;
  db::Nullable<int> residual_l, residual_i;
  db::Nullable<std::string> treatment, next_review, reviewed, archived;
  int current_l, current_i, current_score;
  explicit Writable(const Risk& r)
      : kind(KindName(r.kind)),
        source_kind(SourceKindName(r.source_kind)),
        process(r.process_id),
        source(r.source_id),
        owner(r.owner_id),
        by(r.created_by),
        residual_l(r.residual ? std::optional<int>(r.residual->likelihood) : std::nullopt),
        residual_i(r.residual ? std::optional<int>(r.residual->impact) : std::nullopt),
        treatment(r.treatment ? std::optional<std::string>(TreatmentName(*r.treatment)) : std::nullopt),
        next_review(r.next_review_date),
        reviewed(r.last_reviewed_on),
        archived(r.archived_at),
        current_l(r.Current().likelihood),
        current_i(r.Current().impact),
        current_score(r.Current().Score()) {}
};

// The ids of a unit path "/1/7/42/", root first.
std::vector<db::Id> PathIds(const std::string& path) {
  std::vector<db::Id> out;
  size_t start = 1;
  while (start < path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) break;
    out.push_back(std::stoll(path.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::optional<std::pair<Risk, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = Run(s, p.Id("id", id), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Risk> List(soci::session& s, const RiskQuery& q) {
  auto roots = db::ScopeWithin(q.scope, q.within_path);
  if (roots.empty()) return {};
  // As for actions: a small subtree reads its units' entries through risks_unit, a large one walks the primary key
  // in id order until the page is full (the unary plus keeps the engine off the unit index).
  bool by_unit = q.unit_id || db::HasFewUnits(s, roots);
  db::Binds p;
  std::string where = std::string(by_unit ? "r.unit_id" : "+r.unit_id") + " IN (SELECT u.id FROM units u WHERE " +
                      db::SubtreeClause(roots, "u.path", p) + ")";
  if (q.unit_id) where += " AND r.unit_id = " + p.Id("unit_id", *q.unit_id);
  if (q.process_id) where += " AND r.process_id = " + p.Id("process_id", *q.process_id);
  if (q.owner_id) where += " AND r.owner_id = " + p.Id("owner", *q.owner_id);
  if (q.kind) where += " AND r.kind = " + p.Text("kind", std::string(KindName(*q.kind)));
  if (q.treatment) where += " AND r.treatment = " + p.Text("treatment", std::string(TreatmentName(*q.treatment)));
  if (q.source_kind)
    where += " AND r.source_kind = " + p.Text("source_kind", std::string(SourceKindName(*q.source_kind)));
  if (q.source_id) where += " AND r.source_id = " + p.Id("source_id", *q.source_id);
  if (q.score_range)
    where += " AND r.current_score >= " + p.Id("score_min", q.score_range->first) +
             " AND r.current_score <= " + p.Id("score_max", q.score_range->second);
  if (q.review_before) where += " AND r.next_review_date < " + p.Text("review_before", *q.review_before);
  if (q.nonconformity_id)
    where += " AND r.id IN (SELECT risk_id FROM risk_nonconformities WHERE nonconformity_id = " +
             p.Id("nc", *q.nonconformity_id) + ")";
  if (!q.include_archived) where += " AND r.archived_at IS NULL";
  if (q.after) where += " AND r.id > " + p.Id("after", *q.after);
  return Rows(Run(s, "SELECT r.id FROM risks r WHERE " + where + " ORDER BY r.id LIMIT " + std::to_string(q.limit), p));
}

std::vector<Risk> LiveOfProcess(soci::session& s, db::Id process_id) {
  db::Binds p;
  return Rows(Run(s, "SELECT r.id FROM risks r WHERE r.process_id = " + p.Id("process", process_id) +
                         " AND r.archived_at IS NULL", p));
}

std::vector<db::Id> ProcessesWithRisks(soci::session& s) {
  db::Binds p;
  return db::FetchAll<db::IdReader>(
      s, "SELECT DISTINCT process_id FROM risks WHERE process_id IS NOT NULL AND archived_at IS NULL", p);
}

long long CountLive(soci::session& s) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM risks WHERE archived_at IS NULL", soci::into(n);
  return n;
}

void Insert(soci::session& s, Risk& r) {
  Writable w(r);
  s << "INSERT INTO risks (unit_id, process_id, kind, source_kind, source_id, title, cause, consequence, "
       "inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, current_likelihood, "
       "current_impact, current_score, owner_id, treatment, treatment_plan, next_review_date, last_reviewed_on, "
       "version, created_by, created_at, updated_at) VALUES (:unit, :process, :kind, :source_kind, :source, :title, "
       ":cause, :consequence, :il, :ii, :rl, :ri, :cl, :ci, :cs, :owner, :treatment, :plan, :next_review, "
       ":reviewed, 1, :by, :created, :updated) RETURNING id",
      soci::use(r.unit_id), soci::use(w.process.value, w.process.ind), soci::use(w.kind), soci::use(w.source_kind),
      soci::use(w.source.value, w.source.ind), soci::use(r.title), soci::use(r.cause), soci::use(r.consequence),
      soci::use(r.inherent.likelihood), soci::use(r.inherent.impact), soci::use(w.residual_l.value, w.residual_l.ind),
      soci::use(w.residual_i.value, w.residual_i.ind), soci::use(w.current_l), soci::use(w.current_i),
      soci::use(w.current_score), soci::use(w.owner.value, w.owner.ind),
      soci::use(w.treatment.value, w.treatment.ind), soci::use(r.treatment_plan),
      soci::use(w.next_review.value, w.next_review.ind), soci::use(w.reviewed.value, w.reviewed.ind),
      soci::use(w.by.value, w.by.ind), soci::use(r.created_at), soci::use(r.updated_at), soci::into(r.id);
  r.version = 1;
}

bool Update(soci::session& s, const Risk& r, long long expected_version) {
  Writable w(r);
  soci::statement st =
      (s.prepare << "UPDATE risks SET unit_id = :unit, process_id = :process, source_kind = :source_kind, "
                    "source_id = :source, title = :title, cause = :cause, consequence = :consequence, "
                    "inherent_likelihood = :il, inherent_impact = :ii, residual_likelihood = :rl, "
                    "residual_impact = :ri, current_likelihood = :cl, current_impact = :ci, current_score = :cs, "
                    "owner_id = :owner, treatment = :treatment, treatment_plan = :plan, "
                    "next_review_date = :next_review, last_reviewed_on = :reviewed, version = version + 1, "
                    "updated_at = :updated, archived_at = :archived WHERE id = :id AND version = :expected",
       soci::use(r.unit_id), soci::use(w.process.value, w.process.ind), soci::use(w.source_kind),
       soci::use(w.source.value, w.source.ind), soci::use(r.title), soci::use(r.cause), soci::use(r.consequence),
       soci::use(r.inherent.likelihood), soci::use(r.inherent.impact),
       soci::use(w.residual_l.value, w.residual_l.ind), soci::use(w.residual_i.value, w.residual_i.ind),
       soci::use(w.current_l), soci::use(w.current_i), soci::use(w.current_score), soci::use(w.owner.value, w.owner.ind),
       soci::use(w.treatment.value, w.treatment.ind), soci::use(r.treatment_plan),
       soci::use(w.next_review.value, w.next_review.ind), soci::use(w.reviewed.value, w.reviewed.ind),
       soci::use(r.updated_at), soci::use(w.archived.value, w.archived.ind), soci::use(r.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void InsertRating(soci::session& s, db::Id risk_id, const RatingEntry& e) {
  db::Nullable<db::Id> by(e.rated_by);
  s << "INSERT INTO risk_ratings (risk_id, stage, matrix_code, likelihood, impact, rated_by, rated_at) VALUES "
       "(:risk, :stage, :matrix, :l, :i, :by, :at)",
      soci::use(risk_id), soci::use(e.stage), soci::use(e.matrix_code), soci::use(e.rating.likelihood),
      soci::use(e.rating.impact), soci::use(by.value, by.ind), soci::use(e.rated_at);
}

namespace {
struct RatingReader {
  RatingEntry e;
  db::Nullable<db::Id> by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(e.stage));
    st.exchange(soci::into(e.matrix_code));
    st.exchange(soci::into(e.rating.likelihood));
    st.exchange(soci::into(e.rating.impact));
    st.exchange(soci::into(by.value, by.ind));
    st.exchange(soci::into(e.rated_at));
  }
  RatingEntry Take() const {
    RatingEntry out = e;
    out.rated_by = by.Get();
    return out;
  }
};

struct HeatReader {
  std::string path;
  std::string kind;
  HeatCell cell;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(path));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(cell.likelihood));
    st.exchange(soci::into(cell.impact));
    st.exchange(soci::into(cell.entries));
  }
  std::tuple<std::string, std::string, HeatCell> Take() const { return {path, kind, cell}; }
};

struct CellReader {
  HeatCell cell;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(cell.likelihood));
    st.exchange(soci::into(cell.impact));
    st.exchange(soci::into(cell.entries));
  }
  HeatCell Take() const { return cell; }
};

void AddToCell(soci::session& s, db::Id unit_id, const std::string& kind, int l, int i, long long delta) {
  s << "INSERT INTO risk_heat_cells (unit_id, kind, likelihood, impact, entries) VALUES (:unit, :kind, :l, :i, :d) "
       "ON CONFLICT (unit_id, kind, likelihood, impact) DO UPDATE SET entries = risk_heat_cells.entries + "
       "excluded.entries",
      soci::use(unit_id), soci::use(kind), soci::use(l), soci::use(i), soci::use(delta);
}
}  // namespace

std::vector<RatingEntry> Ratings(soci::session& s, db::Id risk_id) {
  db::Binds p;
  return db::FetchAll<RatingReader>(s,
                                    "SELECT stage, matrix_code, likelihood, impact, rated_by, rated_at FROM "
                                    "risk_ratings WHERE risk_id = " + p.Id("risk", risk_id) + " ORDER BY id",
                                    p);
}

void AdjustHeat(soci::session& s, const std::string& unit_path, Kind kind, const Rating& rating, int delta) {
  std::string k(KindName(kind));
  for (db::Id unit : PathIds(unit_path)) AddToCell(s, unit, k, rating.likelihood, rating.impact, delta);
}

void RebuildHeat(soci::session& s) {
  s << "DELETE FROM risk_heat_cells";
  db::Binds p;
  auto per_unit = db::FetchAll<HeatReader>(
      s,
      "SELECT u.path, r.kind, r.current_likelihood, r.current_impact, COUNT(*) FROM risks r JOIN units u ON "
      "u.id = r.unit_id WHERE r.archived_at IS NULL GROUP BY u.path, r.kind, r.current_likelihood, r.current_impact",
      p);
  std::map<std::tuple<db::Id, std::string, int, int>, long long> cells;
  for (const auto& [path, kind, cell] : per_unit)
    for (db::Id unit : PathIds(path)) cells[{unit, kind, cell.likelihood, cell.impact}] += cell.entries;
  for (const auto& [key, entries] : cells)
    AddToCell(s, std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), entries);
}

std::vector<HeatCell> Heat(soci::session& s, const std::vector<db::Id>& roots, Kind kind) {
  db::Binds p;
  return db::FetchAll<CellReader>(
      s,
      "SELECT likelihood, impact, CAST(SUM(entries) AS BIGINT) FROM risk_heat_cells WHERE kind = " +
          p.Text("kind", std::string(KindName(kind))) + " AND unit_id IN " + db::IdList(roots, "root", p) +
          " AND entries > 0 GROUP BY likelihood, impact ORDER BY likelihood, impact",
      p);
}

bool LinkNonconformity(soci::session& s, db::Id risk_id, db::Id nc_id) {
  long long existing = 0;
  s << "SELECT COUNT(*) FROM risk_nonconformities WHERE risk_id = :r AND nonconformity_id = :n", soci::use(risk_id),
      soci::use(nc_id), soci::into(existing);
  if (existing) return false;
  s << "INSERT INTO risk_nonconformities (risk_id, nonconformity_id) VALUES (:r, :n)", soci::use(risk_id),
      soci::use(nc_id);
  return true;
}

std::vector<db::Id> NonconformitiesOf(soci::session& s, db::Id risk_id) {
  db::Binds p;
  return db::FetchAll<db::IdReader>(s,
                                    "SELECT nonconformity_id FROM risk_nonconformities WHERE risk_id = " +
                                        p.Id("risk", risk_id) + " ORDER BY nonconformity_id",
                                    p);
}

namespace {
struct SettingsReader {
  MatrixSettings m;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(m.matrix_code));
    st.exchange(soci::into(m.overrides));
    st.exchange(soci::into(m.version));
  }
  MatrixSettings Take() const { return m; }
};
}  // namespace

MatrixSettings LoadMatrixSettings(soci::session& s) {
  // Read by every answer that shows a rating: a statement the session keeps prepared.
  db::Binds p;
  auto rows = db::FetchAll<SettingsReader>(
      s, "SELECT matrix_code, overrides, version FROM risk_matrix_settings WHERE id = " + p.Id("id", 1), p);
  return rows.empty() ? MatrixSettings{} : rows.front();
}

bool SaveMatrixSettings(soci::session& s, const MatrixSettings& m, long long expected_version,
                        const std::string& now) {
  if (expected_version == 0) {
    if (LoadMatrixSettings(s).version != 0) return false;
    s << "INSERT INTO risk_matrix_settings (id, matrix_code, overrides, version, updated_at) VALUES (1, :c, :o, 1, :t)",
        soci::use(m.matrix_code), soci::use(m.overrides), soci::use(now);
    return true;
  }
  soci::statement st = (s.prepare << "UPDATE risk_matrix_settings SET matrix_code = :c, overrides = :o, version = "
                                     "version + 1, updated_at = :t WHERE id = 1 AND version = :v",
                        soci::use(m.matrix_code), soci::use(m.overrides), soci::use(now), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace eduims::planning::risk_store
