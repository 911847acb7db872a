// What a person must do, derived from the modules' current state rather than stored as events: each module that
// assigns work to people (documents, audits, actions, certification, management reviews, ...) implements
// TaskSource, and the application registers it with NotificationService::AddSource (one line). A task is open as
// long as the module's state says so; it disappears from the home page when the work is done, and is mailed once
// (notifications/service.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::notifications {

struct UserTask {
  db::Id user_id = 0;
  // Stable and unique for the task and its person: "<kind>:<entity id>" (plus what makes a repeat of the same work
  // a new task, e.g. a step's planned date). A key mailed once is never mailed again to that person.
  std::string key;
  // revision_review, revision_approval, revision_publication, document_read, audit_assigned, action_due,
  // certification_step, certificate_due, review_scheduled, directive_answer (labels in notifications/model.cc and the web's locales)
  std::string kind;
  std::string title;               // the entity's own words (a document's code and title, an action's title)
  std::optional<std::string> due;  // "YYYY-MM-DD"
  std::string link;                // web path, e.g. "/documents/12"
};

class TaskSource {
 public:
  virtual ~TaskSource() = default;
  // The open tasks of `user`, or of everyone when nullopt (the mail job), on `today` ("YYYY-MM-DD", the
  // organisation's calendar). One query (or a few) for all users, never one per user. REQUIRES: thread-safe.
  virtual std::vector<UserTask> OpenTasks(std::optional<db::Id> user, const std::string& today) = 0;
};

}  // namespace eduims::notifications
