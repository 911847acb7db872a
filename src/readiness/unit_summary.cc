#include "readiness/unit_summary.h"

#include <set>

#include "platform/db/query.h"
#include "readiness/model.h"
#include "readiness/report.h"

namespace eduims::readiness {
namespace {

struct Row {
  db::Id unit = 0, clause = 0, standard = 0;
  std::string status, at;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(unit));
    st.exchange(soci::into(clause));
    st.exchange(soci::into(standard));
    st.exchange(soci::into(status));
    st.exchange(soci::into(at));
  }
  Row Take() const { return *this; }
};

int Points(const std::string& status) {
  ClauseFacts facts;
  facts.assessment = ParseAssessment(status).value_or(Assessment::kNotStarted);
  // Evidence present, so that only the self-assessment decides the points.
  facts.documents = 1;
  return Score(facts).points;
}

}  // namespace

StandardReadiness SelfAssessedByUnit(db::Database& db, const std::string& within_path) {
  std::vector<Row> rows;
  db.Read([&](soci::session& s) {
    db::Binds p;
    rows = db::FetchAll<Row>(s,
                             "SELECT a.unit_id, a.clause_id, c.standard_id, a.status, a.assessed_at FROM "
                             "readiness_assessments a JOIN units u ON u.id = a.unit_id JOIN clauses c ON c.id = "
                             "a.clause_id WHERE " +
                                 db::SubtreeClause({within_path}, "u.path", p) + " ORDER BY a.unit_id",
                             p);
  });
  StandardReadiness out;
  if (rows.empty()) return out;
  std::set<db::Id> assessed;
  for (const Row& r : rows) assessed.insert(r.standard);
  // unit -> clause -> (assessed at, points), each assessment also on its "equal" clauses, the latest winning.
  std::map<db::Id, std::map<db::Id, std::pair<std::string, int>>> by_unit;
  for (const auto& standard : standards::ListStandards(db)) {
    if (standard.imported || !assessed.count(standard.id)) continue;
    out.standards.push_back(standard);
  }
  for (const auto& standard : out.standards) {
    auto equal = standards::EqualClausesOf(standards::ListCorrespondences(db, standard.id, std::nullopt));
    ReportInputs shape;
    shape.clauses = standards::ListClauses(db, standard.id);
    auto requirements = BuildReport(shape).clauses;
    for (const Row& r : rows) {
      auto& clauses = by_unit[r.unit];
      auto put = [&](db::Id clause) {
        auto& slot = clauses[clause];
        if (slot.first.empty() || r.at > slot.first) slot = {r.at, Points(r.status)};
      };
      put(r.clause);
      if (auto it = equal.find(r.clause); it != equal.end())
        for (db::Id other : it->second) put(other);
    }
    for (const auto& [unit, clauses] : by_unit) {
      std::vector<int> points;
      for (const ClauseRow& requirement : requirements) {
        auto it = clauses.find(requirement.clause.id);
        points.push_back(it == clauses.end() ? 0 : it->second.second);
      }
      out.percent[unit][standard.id] = Percent(points);
    }
  }
  return out;
}

}  // namespace eduims::readiness
