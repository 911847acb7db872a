#include "certification/unit_summary.h"

#include "platform/db/query.h"

namespace eduims::certification {
namespace {

struct Row {
  db::Id unit = 0, id = 0;
  std::string state;
  std::string day;
  soci::indicator day_ind = soci::i_ok;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(unit));
    st.exchange(soci::into(id));
    st.exchange(soci::into(state));
    st.exchange(soci::into(day, day_ind));
  }
  Row Take() const { return *this; }
};

void Earlier(std::optional<std::string>& slot, const std::string& day) {
  if (!day.empty() && (!slot || day < *slot)) slot = day;
}

}  // namespace

std::map<db::Id, UnitCertification> CertificationByUnit(soci::session& s, const std::string& within_path,
                                                        const std::string& today) {
  std::map<db::Id, UnitCertification> out;
  db::Binds p;
  // Each unit's projects with the earliest open step date; ordered by id so the latest project is seen last.
  for (const Row& r : db::FetchAll<Row>(
           s,
           "SELECT p.unit_id, p.id, p.step, (SELECT MIN(st.planned_on) FROM certification_steps st WHERE "
           "st.project_id = p.id AND st.completed_on IS NULL) FROM certification_projects p JOIN units u ON u.id = "
           "p.unit_id WHERE " +
               db::SubtreeClause({within_path}, "u.path", p) + " ORDER BY p.id",
           p)) {
    auto& unit = out[r.unit];
    unit.status = r.state;
    unit.project_id = r.id;
    if (r.day_ind == soci::i_ok) Earlier(unit.next_due, r.day);
  }
  db::Binds c;
  for (const Row& r : db::FetchAll<Row>(s,
                                        "SELECT k.unit_id, k.id, k.status, k.expiry_date FROM certificates k JOIN "
                                        "units u ON u.id = k.unit_id WHERE " +
                                            db::SubtreeClause({within_path}, "u.path", c) + " ORDER BY k.id",
                                        c)) {
    auto& unit = out[r.unit];
    bool expired = r.day < today;
    unit.status = "certificate_" + (expired ? std::string("expired") : r.state);
    unit.certificate_id = r.id;
    if (!expired && r.state == "active") Earlier(unit.next_due, r.day);
  }
  return out;
}

}  // namespace eduims::certification
