// Request budgets per client for routes anyone may call without logging in. The counters live in the database,
// so every server of a cluster counts against the same budget and a restart forgets nothing.
// Thread-safe: each call is counted in a transaction it may share with others of the moment.
#pragma once
#include <optional>
#include <string>

#include "platform/clock.h"
#include "platform/db/database.h"
#include "platform/db/group_commit.h"

namespace eduims::http {

struct RateLimit {
  int requests = 30;        // allowed per window
  int window_seconds = 60;  // fixed windows aligned on multiples of this from the epoch
};

class RateLimiter {
 public:
  RateLimiter(db::Database& db, RateLimit limit) : counts_(db), limit_(limit) {}

  // Counts one request of `subject` (e.g. "public:203.0.113.7") at `now`. Nullopt while within the budget;
  // otherwise the seconds until the window ends, for Retry-After.
  std::optional<long> Take(const std::string& subject, TimePoint now = Now());

 private:
  // Counted in groups: each request of a public page counts, and a commit of its own each would cap the pages at
  // the disk's flushes a second (platform/db/group_commit.h).
  db::GroupCommit counts_;
  RateLimit limit_;
};

}  // namespace eduims::http
