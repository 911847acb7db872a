#include "certification/tasks.h"

#include <map>

#include "certification/store.h"
#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::certification {

std::vector<notifications::UserTask> CertificationTasks::OpenTasks(std::optional<db::Id> user,
                                                                   const std::string& today) {
  Date day = *ParseDate(today);
  std::vector<store::DueStep> due;
  db_.Read([&](soci::session& s) { due = store::StepsDueBy(s, FormatDate(AddDays(day, kStepDueDays))); });
  // Whom the organisation would name: read as an administrator at the top would, once per unit.
  auth::Principal organisation;
  organisation.grants.push_back({0, auth::Role::kAdministrator, 0, "/", std::nullopt});
  std::map<db::Id, std::vector<db::Id>> managers;
  // Asked for one person (their home page), whether they manage certification on a unit is read from their own
  // grants: listing every manager of each certified unit cost 3–4 s for a province's 200 certificates.
  std::optional<auth::Principal> asker;
  if (user) asker = org_.PrincipalOf(*user);
  auto managers_of = [&](db::Id unit_id) -> const std::vector<db::Id>& {
    auto [it, fresh] = managers.try_emplace(unit_id);
    if (fresh && user) {
      if (asker && asker->Can(auth::Permission::kManageCertification, org_.GetUnit(&organisation, unit_id).path))
        it->second.push_back(*user);
    } else if (fresh) {
      org::UserFilter everyone;
      everyone.limit = 200;
      for (const org::User& u : org_.ListUsersWho(organisation, auth::Permission::kManageCertification, unit_id, everyone))
        it->second.push_back(u.id);
    }
    return it->second;
  };
  std::vector<notifications::UserTask> out;
  for (const store::DueStep& d : due) {
    std::vector<db::Id> people = d.responsible_id ? std::vector<db::Id>{*d.responsible_id} : managers_of(d.unit_id);
    for (db::Id person : people)
      if (!user || person == *user)
        out.push_back({person, "certification_step:" + std::to_string(d.project_id) + ":" + d.step + ":" + d.planned_on,
                       "certification_step", d.title + " — " + d.step, d.planned_on,
                       "/certifications/" + std::to_string(d.project_id)});
  }
  // The certificate's own dates. The expiry is not a task of its own: the recertification decision before it is.
  for (const DueEntry& e : certificates_.DueOn(organisation, kCertificateDueDays, std::nullopt, day)) {
    const std::string& milestone = e.item.milestone;
    if (milestone != "surveillance" && milestone != "recertification_audit" && milestone != "recertification_decision")
      continue;
    // A suspended certificate waits on its reinstatement, an expired one on a new cycle: neither is audited as is.
    if (e.certificate.status != CertificateStatus::kActive || e.certificate.expiry_date < today) continue;
    std::string latest = FormatDate(e.item.window.latest);
    std::string what = milestone + (e.item.sequence ? " " + std::to_string(e.item.sequence) : "");
    // A window that moves (an earlier audit held late re-anchors it) is new work: its end date is in the key.
    std::string key = "certificate_due:" + std::to_string(e.certificate.id) + ":" + milestone + ":" +
                      std::to_string(e.item.sequence) + ":" + latest;
    for (db::Id person : managers_of(e.certificate.unit_id))
      if (!user || person == *user)
        out.push_back({person, key, "certificate_due", e.certificate.number + " — " + what, latest,
                       "/certificates/" + std::to_string(e.certificate.id)});
  }
  return out;
}

}  // namespace eduims::certification
