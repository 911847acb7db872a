#include "readiness/store.h"

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::readiness::store {
namespace {

struct AssessmentReader {
  SelfAssessment a;
  std::string status;
  db::Nullable<db::Id> by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(a.id));
    st.exchange(soci::into(a.unit_id));
    st.exchange(soci::into(a.clause_id));
    st.exchange(soci::into(status));
    st.exchange(soci::into(a.comment));
    st.exchange(soci::into(by.value, by.ind));
    st.exchange(soci::into(a.assessed_by_name));
    st.exchange(soci::into(a.assessed_at));
    st.exchange(soci::into(a.version));
  }
  SelfAssessment Take() const {
    SelfAssessment out = a;
    out.status = ParseAssessment(status).value_or(Assessment::kNotStarted);
    out.assessed_by = by.Get();
    return out;
  }
};

}  // namespace

std::vector<SelfAssessment> OfUnit(soci::session& s, db::Id unit_id) {
  db::Binds b;
  return db::FetchAll<AssessmentReader>(
      s,
      "SELECT id, unit_id, clause_id, status, comment, assessed_by, assessed_by_name, assessed_at, version FROM "
      "readiness_assessments WHERE unit_id = " +
          b.Id("unit", unit_id) + " ORDER BY clause_id",
      b);
}

void Insert(soci::session& s, SelfAssessment& a, const std::string& created_at) {
  std::string status = AssessmentName(a.status);
  db::Nullable<db::Id> by(a.assessed_by);
  s << "INSERT INTO readiness_assessments (unit_id, clause_id, status, comment, assessed_by, assessed_by_name, "
       "assessed_at, version, created_at) VALUES (:unit, :clause, :status, :comment, :by, :name, :at, 1, :created) "
       "RETURNING id",
      soci::use(a.unit_id), soci::use(a.clause_id), soci::use(status), soci::use(a.comment),
      soci::use(by.value, by.ind), soci::use(a.assessed_by_name), soci::use(a.assessed_at), soci::use(created_at),
      soci::into(a.id);
  a.version = 1;
}

bool Update(soci::session& s, const SelfAssessment& a, long long expected_version) {
  std::string status = AssessmentName(a.status);
  db::Nullable<db::Id> by(a.assessed_by);
  soci::statement st =
      (s.prepare << "UPDATE readiness_assessments SET status = :status, comment = :comment, assessed_by = :by, "
                    "assessed_by_name = :name, assessed_at = :at, version = version + 1 WHERE id = :id AND "
                    "version = :expected",
       soci::use(status), soci::use(a.comment), soci::use(by.value, by.ind), soci::use(a.assessed_by_name),
       soci::use(a.assessed_at), soci::use(a.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace eduims::readiness::store
