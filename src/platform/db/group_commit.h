// Group commit: many small writes that arrive at the same moment share one transaction, so they share its commit and
// the disk's flush. A commit with synchronous=FULL costs a flush of the WAL (2–5 ms on this project's machines), so
// writes of a few rows each (a survey answer, a request counted against a budget) otherwise stop at a few hundred a
// second whatever the cores; in groups they go as fast as the rows can be written.
//
// The first caller finding no group in flight leads: it runs its own work and every work queued meanwhile in one
// transaction, commits, and wakes the others; then, while callers keep coming, the next group. A call returns once
// the transaction holding its work has committed, so an acknowledged write is on disk as with Database::Write.
// Thread-safe.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

#include "platform/db/database.h"

namespace eduims::db {

class GroupCommit {
 public:
  // `max_group`: the most works one transaction holds, so one group's commit never waits on an unbounded queue.
  explicit GroupCommit(Database& db, size_t max_group = 256) : db_(db), max_group_(max_group) {}

  // Runs `work` in a write transaction shared with the works of other callers of the moment, in arrival order.
  // REQUIRES: `work` throws only when the database fails (report refusals as values): an exception ends the whole
  // group's transaction, and every caller of that group gets it rethrown. The group runs under the leading
  // caller's deadline (ScopedDeadline).
  void Write(const std::function<void(soci::session&)>& work);

 private:
  struct Waiting {
    const std::function<void(soci::session&)>* work = nullptr;
    uint64_t group = 0;  // the group that ran it; 0 while queued
    std::exception_ptr failure;  // why that group's transaction failed
  };

  Database& db_;
  const size_t max_group_;
  std::mutex mutex_;
  std::condition_variable done_;
  std::deque<Waiting*> queue_;
  bool leading_ = false;
  uint64_t groups_ = 0;     // groups run so far
  uint64_t committed_ = 0;  // groups whose transaction has ended
};

}  // namespace eduims::db
