// The certification module as a source of people's tasks (notifications/source.h): the steps of a project not
// completed and planned within kStepDueDays (or before), for the person responsible for each, or when none is named
// for those who manage certification on the project's unit (through the org module).
#pragma once
#include "notifications/source.h"
#include "org/service.h"

namespace eduims::certification {

class CertificationTasks : public notifications::TaskSource {
 public:
  static constexpr int kStepDueDays = 14;
  CertificationTasks(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}
  std::vector<notifications::UserTask> OpenTasks(std::optional<db::Id> user, const std::string& today) override;

 private:
  db::Database& db_;
  org::OrgService& org_;
};

}  // namespace eduims::certification
