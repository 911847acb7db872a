// The database: a pool of SOCI sessions over SQLite (embedded default) or PostgreSQL (multi-user, multi-node).
// Every engine difference the product knows about is answered here, so modules write one SQL text for both.
// Thread-safe: any number of threads may call Read/Write at once; each borrows its own pooled session.
// Each pooled session keeps the statements db::FetchAll prepared on it (see statement_cache.h).
#pragma once
#include <soci/soci.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace eduims::db {

enum class Engine { kSqlite, kPostgresql };

using Id = long long;

class StatementCache;

struct DatabaseUrl {
  Engine engine;
  std::string target;  // SQLite: a file path; PostgreSQL: the libpq connection URI
};
// Accepts "sqlite:///abs/path.db", "sqlite:relative.db", "postgresql://..." and "postgres://...".
// Throws std::invalid_argument naming what is wrong.
DatabaseUrl ParseDatabaseUrl(const std::string& url);
// A libpq keyword/value connection string ("host='h' port='5432' dbname='d' ...") for a postgresql:// URL.
std::string PostgresConnInfo(const std::string& url);

class Database {
 public:
  // Opens `pool_size` connections. SQLite connections get WAL, foreign keys, a busy timeout and full sync, and
  // stop a statement once this thread's deadline has passed (deadline.h). With a `statement_timeout`, PostgreSQL
  // cancels any statement that runs longer (except in LockForSetup's transactions: migrations take what they take).
  // Throws soci::soci_error if the database cannot be opened.
  Database(const std::string& url, size_t pool_size,
           std::chrono::milliseconds statement_timeout = std::chrono::milliseconds(0));
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Engine engine() const { return engine_; }
  bool is_sqlite() const { return engine_ == Engine::kSqlite; }
  const std::string& url() const { return url_; }

  // Runs `work` on a pooled session outside any explicit transaction (each statement is atomic on its own).
  // Read and Write throw DeadlineExceeded, before borrowing a session, once this thread's deadline has passed.
  void Read(const std::function<void(soci::session&)>& work);
  // Runs `work` in one transaction: committed if it returns, rolled back if it throws (the exception propagates).
  // SQLite takes the write lock at BEGIN, so two writers queue instead of deadlocking on a lock upgrade.
  void Write(const std::function<void(soci::session&)>& work);

  // " FOR UPDATE" on PostgreSQL, "" on SQLite (whose write transactions are already exclusive).
  const char* ForUpdate() const { return engine_ == Engine::kPostgresql ? " FOR UPDATE" : ""; }

  // REQUIRES: inside Write. Serialises schema and catalogue changes between servers starting at once
  // (PostgreSQL: a transaction-scoped advisory lock; SQLite: the write transaction is already exclusive), and lifts
  // the statement timeout for the rest of the transaction.
  void LockForSetup(soci::session& session);

  // True if the database answers a trivial query.
  bool Ping();

 private:
  class Borrowed;
  void PrepareConnection(soci::session& session);

  Engine engine_;
  std::string url_;
  std::string target_;
  std::unique_ptr<soci::connection_pool> pool_;
  size_t pool_size_;
  std::chrono::milliseconds statement_timeout_;
  // One per pooled session, by pool index; declared after pool_ so the statements go before their connections.
  std::vector<std::unique_ptr<StatementCache>> statement_caches_;
};

}  // namespace eduims::db
