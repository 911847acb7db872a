// Notifications (issue 21 item 4): the open tasks of a person, gathered from every registered TaskSource, for the
// home page; each person's choice of delivery; and the mail job that tells people of new tasks, immediately or in
// a daily digest, in their language, once whatever the number of servers running it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "notifications/model.h"
#include "notifications/source.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/clock.h"
#include "platform/db/database.h"

namespace eduims::notifications {

struct MailRun {
  long long notices = 0;  // immediate notices queued
  long long digests = 0;  // daily digests queued
  long long tasks = 0;    // tasks they name, each mailed for the first time to its person
};

class NotificationService {
 public:
  NotificationService(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}

  // REQUIRES: at start-up, before serving; `source` outlives this service.
  void AddSource(TaskSource& source) { sources_.push_back(&source); }

  // The caller's own open tasks on `today`, in SortTasks order, each once.
  std::vector<UserTask> Mine(const auth::Principal& who, const std::string& today);

  Delivery Preference(const auth::Principal& who);
  // The caller's own choice, recorded with its audit entry.
  Delivery SetPreference(const auth::Principal& who, Delivery delivery, const audit::Actor& actor);

  // One round of the mail job at `now`: to each enabled person who chose immediate notices, one mail naming their
  // open tasks not mailed to them before; to each who chose the daily digest (the default), once a day from
  // kDigestHour in Asia/Ho_Chi_Minh, one mail naming those and how many are open in all; nothing to those who chose
  // none. Each task is recorded as mailed to its person in the transaction that queues the mail, under a unique
  // key, so a round on another server at the same time queues nothing twice. Links start with `public_url`.
  MailRun MailRound(TimePoint now, const std::string& public_url);

 private:
  // Every source's tasks of `user` (everyone's when nullopt), each (user, key) once, in SortTasks order.
  std::vector<UserTask> Gather(std::optional<db::Id> user, const std::string& today);

  db::Database& db_;
  org::OrgService& org_;
  std::vector<TaskSource*> sources_;
};

}  // namespace eduims::notifications
