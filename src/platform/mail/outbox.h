// The mail outbox: a notice is queued in the transaction of the change it reports, so it is sent if and only if the
// change is committed, and any server sends it later. A message is claimed for a while before it is sent, so two
// servers do not send it both (unless one dies mid-send: at least once, never lost); a failed one waits longer
// before each retry and is given up after kMaxAttempts.
#pragma once
#include <optional>
#include <string>

#include "platform/db/database.h"
#include "platform/mail/message.h"

namespace eduims::mail {

inline constexpr int kMaxAttempts = 8;

struct Queued {
  db::Id id = 0;
  Mail mail;
  int attempts = 0;  // including this one
  std::string created_at;
};

// REQUIRES: `s` is inside Database::Write.
void Enqueue(soci::session& s, const Mail& mail, const std::string& now);
// The oldest message not sent, not given up and not held by another server at `now`, held by this caller until
// `hold_until`; nullopt when there is none.
std::optional<Queued> ClaimNext(db::Database& db, const std::string& now, const std::string& hold_until);
void MarkSent(db::Database& db, db::Id id, const std::string& at);
// Records the failure; the message may be claimed again from `retry_at`.
void MarkFailed(db::Database& db, db::Id id, const std::string& error, const std::string& retry_at);

struct OutboxCounts {
  long long queued = 0;     // waiting to be sent or retried
  long long sent = 0;
  long long given_up = 0;   // failed kMaxAttempts times
};
OutboxCounts CountOutbox(db::Database& db);

}  // namespace eduims::mail
