#include "platform/db/deadline.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

namespace eduims::db {
namespace {

using Clock = std::chrono::steady_clock;
// time_point::max() stands for "no deadline", so the check is one comparison.
thread_local Clock::time_point current_deadline = Clock::time_point::max();

}  // namespace

ScopedDeadline::ScopedDeadline(std::chrono::milliseconds limit) : previous_(current_deadline) {
  if (limit.count() > 0) current_deadline = std::min(current_deadline, Clock::now() + limit);
}

ScopedDeadline::~ScopedDeadline() { current_deadline = previous_; }

bool DeadlinePassed() {
  return current_deadline != Clock::time_point::max() && Clock::now() >= current_deadline;
}

void ThrowIfDeadlinePassed() {
  if (DeadlinePassed()) throw DeadlineExceeded();
}

bool StoppedByTimeLimit(const std::exception& failure) {
  if (DeadlinePassed() || dynamic_cast<const DeadlineExceeded*>(&failure)) return true;
  // SQLite's progress handler (Database) interrupts only at a deadline.
  if (auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&failure))
    return sqlite->result() == SQLITE_INTERRUPT;
  // 57014 query_canceled: what PostgreSQL reports when statement_timeout stops a statement.
  auto* postgresql = dynamic_cast<const soci::postgresql_soci_error*>(&failure);
  return postgresql && postgresql->sqlstate() == "57014";
}

}  // namespace eduims::db
