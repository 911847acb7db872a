// Prepared statements kept per pooled connection, so a query run again skips SQLite's parse and plan (and
// PostgreSQL's round trip to prepare). Statements are keyed by their SQL text; db::FetchAll uses the cache of
// the session it runs on. A cache belongs to one session and is used by whichever thread holds that session, so
// it needs no lock of its own; the registry that finds it from a session does.
#pragma once
#include <soci/soci.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace eduims::db {

class StatementCache {
 public:
  struct Entry {
    virtual ~Entry() = default;
  };

  // Past this many statements the cache starts over, which bounds it when SQL texts vary (one per number of
  // subtrees in a scope, for instance).
  static constexpr size_t kCapacity = 128;

  StatementCache() = default;
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // The statement prepared for `sql`, or nullptr.
  Entry* Find(const std::string& sql);
  // Keeps `entry` for `sql` (replacing any) and returns it.
  Entry* Keep(const std::string& sql, std::unique_ptr<Entry> entry);
  // Drops the statement for `sql`: after an error its state is unknown.
  void Drop(const std::string& sql);
  // Drops every statement; they belong to the connection, so this comes before a reconnect.
  void Clear();
  size_t size() const { return entries_.size(); }

  // The cache attached to `session`, or nullptr (a session opened outside a Database's pool).
  static StatementCache* Of(const soci::session& session);
  static void Attach(const soci::session& session, StatementCache* cache);
  static void Detach(const soci::session& session);

 private:
  std::unordered_map<std::string, std::unique_ptr<Entry>> entries_;
};

}  // namespace eduims::db
