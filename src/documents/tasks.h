// The documents module as a source of people's tasks (notifications/source.h): the revisions waiting for a named
// reviewer (who has not endorsed the current content; keyed by that content, so a resubmission is a new task), for
// the named approver once every reviewer endorsed, or to publish once approved; and the published documents
// distributed to a person whose revision in force they have not acknowledged. Its two statements are here rather
// than in store.cc, beside the store's reading list and addressee queries it reuses.
#pragma once
#include "notifications/source.h"
#include "org/service.h"

namespace eduims::documents {

class DocumentTasks : public notifications::TaskSource {
 public:
  DocumentTasks(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}
  std::vector<notifications::UserTask> OpenTasks(std::optional<db::Id> user, const std::string& today) override;

 private:
  db::Database& db_;
  org::OrgService& org_;
};

}  // namespace eduims::documents
