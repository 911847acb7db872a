// A time limit on the database work of the current thread, which serves one request at a time: once it has passed,
// Database::Read and Database::Write refuse to start (throwing DeadlineExceeded) and a running SQLite statement is
// interrupted (SOCI throws). A PostgreSQL statement cannot look at this thread's clock, so Database bounds each of
// its statements with the server's statement_timeout instead (see Database's constructor). A write interrupted
// either way is rolled back whole, like any other failed transaction.
// Thread-safe: each thread has its own deadline.
#pragma once
#include <chrono>
#include <stdexcept>

namespace eduims::db {

struct DeadlineExceeded : std::runtime_error {
  DeadlineExceeded() : std::runtime_error("the request's time limit has passed") {}
};

// Sets this thread's deadline to `limit` from now while it lives (a zero limit sets none), then restores the one
// before. An inner deadline never extends an outer one.
class ScopedDeadline {
 public:
  explicit ScopedDeadline(std::chrono::milliseconds limit);
  ~ScopedDeadline();
  ScopedDeadline(const ScopedDeadline&) = delete;
  ScopedDeadline& operator=(const ScopedDeadline&) = delete;

 private:
  std::chrono::steady_clock::time_point previous_;
};

// True if this thread has a deadline and it has passed.
bool DeadlinePassed();
// Throws DeadlineExceeded if DeadlinePassed().
void ThrowIfDeadlinePassed();
// True if `failure` ended work that a time limit stopped, also once the deadline's scope has ended: this thread's
// deadline has passed, Read or Write refused to start, SQLite interrupted a statement at the deadline, or
// PostgreSQL cancelled one at its statement_timeout (a route with a longer limit than the server's meets that first).
bool StoppedByTimeLimit(const std::exception& failure);

}  // namespace eduims::db
