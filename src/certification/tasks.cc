#include "certification/tasks.h"

#include <map>

#include "certification/store.h"
#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::certification {

std::vector<notifications::UserTask> CertificationTasks::OpenTasks(std::optional<db::Id> user,
                                                                   const std::string& today) {
  std::vector<store::DueStep> due;
  db_.Read([&](soci::session& s) { due = store::StepsDueBy(s, FormatDate(AddDays(*ParseDate(today), kStepDueDays))); });
  // Whom the organisation would name: read as an administrator at the top would, once per unit.
  auth::Principal organisation;
  organisation.grants.push_back({0, auth::Role::kAdministrator, 0, "/", std::nullopt});
  std::map<db::Id, std::vector<db::Id>> managers;
  std::vector<notifications::UserTask> out;
  for (const store::DueStep& d : due) {
    std::vector<db::Id> people;
    if (d.responsible_id) {
      people = {*d.responsible_id};
    } else {
      auto [it, fresh] = managers.try_emplace(d.unit_id);
      if (fresh) {
        org::UserFilter everyone;
        everyone.limit = 200;
        for (const org::User& u :
             org_.ListUsersWho(organisation, auth::Permission::kManageCertification, d.unit_id, everyone))
          it->second.push_back(u.id);
      }
      people = it->second;
    }
    for (db::Id person : people)
      if (!user || person == *user)
        out.push_back({person, "certification_step:" + std::to_string(d.project_id) + ":" + d.step + ":" + d.planned_on,
                       "certification_step", d.title + " — " + d.step, d.planned_on,
                       "/certifications/" + std::to_string(d.project_id)});
  }
  return out;
}

}  // namespace eduims::certification
