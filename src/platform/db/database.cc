#include "platform/db/database.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <boost/url.hpp>

#include "platform/db/deadline.h"
#include "platform/db/in_write.h"
#include "platform/db/statement_cache.h"

#include <stdexcept>

namespace eduims::db {
namespace {

std::string Quoted(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

// Each pooled connection is used by one thread at a time, so SQLite's per-connection mutexes are not needed, and
// its global allocation statistics (a process-wide mutex on every allocation) are not used by anything.
void ConfigureSqliteOnce() {
  static const bool configured = [] {
    // SOCI's header declares the SQLite API inside namespace sqlite_api.
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

// SQLite's progress handler: a nonzero answer interrupts the running statement.
int InterruptPastDeadline(void*) { return DeadlinePassed() ? 1 : 0; }

}  // namespace

std::string PostgresConnInfo(const std::string& url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) throw std::invalid_argument("malformed PostgreSQL URL");
  std::string info;
  auto add = [&](const char* key, std::string_view value) {
    if (!value.empty()) info += std::string(info.empty() ? "" : " ") + key + "=" + Quoted(value);
  };
  add("host", parsed->host());
  add("port", parsed->port());
  add("user", parsed->user());
  add("password", parsed->password());
  std::string path = parsed->path();
  add("dbname", path.size() > 1 ? std::string_view(path).substr(1) : std::string_view());
  for (auto param : parsed->params()) {
    for (char c : param.key)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') throw std::invalid_argument("bad URL parameter");
    add(param.key.c_str(), param.value);
  }
  return info;
}

DatabaseUrl ParseDatabaseUrl(const std::string& url) {
  auto starts = [&](std::string_view prefix) { return url.rfind(prefix, 0) == 0; };
  if (starts("sqlite://")) {
    std::string path = url.substr(9);
    if (path.empty()) throw std::invalid_argument("sqlite URL names no file: " + url);
    return {Engine::kSqlite, path};
  }
  if (starts("sqlite:")) {
    std::string path = url.substr(7);
    if (path.empty()) throw std::invalid_argument("sqlite URL names no file: " + url);
    return {Engine::kSqlite, path};
  }
  if (starts("postgresql://") || starts("postgres://")) return {Engine::kPostgresql, url};
  throw std::invalid_argument("database URL must start with sqlite:// or postgresql://, got: " + url);
}

Database::Database(const std::string& url, size_t pool_size, std::chrono::milliseconds statement_timeout)
    : url_(url), pool_size_(pool_size), statement_timeout_(statement_timeout) {
  DatabaseUrl parsed = ParseDatabaseUrl(url);
  engine_ = parsed.engine;
  target_ = parsed.target;
  if (engine_ == Engine::kSqlite) ConfigureSqliteOnce();
  pool_ = std::make_unique<soci::connection_pool>(pool_size);
  for (size_t i = 0; i < pool_size; ++i) {
    soci::session& s = pool_->at(i);
    if (engine_ == Engine::kSqlite) {
      s.open(soci::sqlite3, "db=\"" + target_ + "\" timeout=30");
    } else {
      // SOCI reads its own options out of the connection string and mangles URIs, so hand it key=value pairs.
      s.open(soci::postgresql, PostgresConnInfo(target_));
    }
    PrepareConnection(s);
    statement_caches_.push_back(std::make_unique<StatementCache>());
    StatementCache::Attach(s, statement_caches_.back().get());
  }
}

Database::~Database() {
  for (size_t i = 0; i < statement_caches_.size(); ++i) {
    StatementCache::Detach(pool_->at(i));
    statement_caches_[i]->Clear();
  }
}

void Database::PrepareConnection(soci::session& s) {
  if (engine_ == Engine::kSqlite) {
    s << "PRAGMA journal_mode=WAL";
    s << "PRAGMA foreign_keys=ON";
    s << "PRAGMA busy_timeout=30000";
    // FULL: a commit is on disk before it is acknowledged, so even power loss keeps acknowledged writes.
    s << "PRAGMA synchronous=FULL";
    // Asked every thousand virtual-machine steps: a few microseconds of a statement's work at most go unchecked.
    sqlite_api::sqlite3_progress_handler(static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_, 1000,
                                         InterruptPastDeadline, nullptr);
  } else {
    s << "SET TIME ZONE 'UTC'";
    s << "SET client_encoding TO 'UTF8'";
    s << "SET client_min_messages TO warning";
    s << "SET statement_timeout = " + std::to_string(statement_timeout_.count());
  }
}

// A session borrowed from the pool for one unit of work; a connection found broken is reopened before use,
// which is the health check SOCI's pool lacks.
class Database::Borrowed {
 public:
  explicit Borrowed(Database& db) : db_(db), index_(db.pool_->lease()), session_(db.pool_->at(index_)) {
    if (!session_.is_connected()) {
      db_.statement_caches_[index_]->Clear();
      session_.reconnect();
      db_.PrepareConnection(session_);
    }
  }
  ~Borrowed() { db_.pool_->give_back(index_); }
  soci::session& session() { return session_; }

 private:
  Database& db_;
  size_t index_;
  soci::session& session_;
};

void Database::Read(const std::function<void(soci::session&)>& work) {
  ThrowIfDeadlinePassed();
  Borrowed borrowed(*this);
  work(borrowed.session());
}

namespace {

thread_local int write_depth = 0;

struct InsideWrite {
  InsideWrite() { ++write_depth; }
  ~InsideWrite() { --write_depth; }
};

}  // namespace

bool InWrite() { return write_depth > 0; }

void Database::Write(const std::function<void(soci::session&)>& work) {
  ThrowIfDeadlinePassed();
  Borrowed borrowed(*this);
  soci::session& s = borrowed.session();
  s << (engine_ == Engine::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  try {
    InsideWrite inside;
    work(s);
    s << "COMMIT";
  } catch (...) {
    try {
      s << "ROLLBACK";
    } catch (...) {
      // The connection is broken; the server rolled the transaction back when it dropped.
    }
    throw;
  }
}

void Database::LockForSetup(soci::session& s) {
  if (engine_ == Engine::kPostgresql) {
    s << "SELECT pg_advisory_xact_lock(2100190012015)";
    s << "SET LOCAL statement_timeout = 0";
  }
}

bool Database::Ping() {
  try {
    int one = 0;
    Read([&](soci::session& s) { s << "SELECT 1", soci::into(one); });
    return one == 1;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace eduims::db
