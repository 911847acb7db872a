// The certification module as a source of people's tasks (notifications/source.h):
// - the steps of a project not completed and planned within kStepDueDays (or before), for the person responsible for
//   each, or when none is named for those who manage certification on the project's unit (through the org module);
// - the certificate's own dates (the due-date engine, due.h): each surveillance audit, the recertification audit and
//   the recertification decision not done and whose window ends within kCertificateDueDays (or has passed), for
//   those who manage certification on the certificate's unit, until an audit completes it.
#pragma once
#include "certification/certificate_service.h"
#include "notifications/source.h"
#include "org/service.h"

namespace eduims::certification {

class CertificationTasks : public notifications::TaskSource {
 public:
  static constexpr int kStepDueDays = 14;
  // Two months: an audit body books a surveillance or recertification audit weeks ahead, and the engine's own
  // alerts start at 90, 60, 30 and 7 days.
  static constexpr int kCertificateDueDays = 60;
  CertificationTasks(db::Database& db, org::OrgService& org, CertificateService& certificates)
      : db_(db), org_(org), certificates_(certificates) {}
  std::vector<notifications::UserTask> OpenTasks(std::optional<db::Id> user, const std::string& today) override;

 private:
  db::Database& db_;
  org::OrgService& org_;
  CertificateService& certificates_;
};

}  // namespace eduims::certification
