// Versioned schema migrations, shipped in the binary from migrations/NNNN_name.sql.
//
// One file serves both engines. Lines between "-- @sqlite" and the next marker run only on SQLite, those after
// "-- @postgresql" only on PostgreSQL, those after "-- @all" on both. Placeholders: {{id}} is an auto-increment
// primary key, {{bytewise}} makes a text column compare byte by byte (needed for path-prefix range scans).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.h"

namespace eduims::db {

struct Migration {
  int version;
  std::string name;
  std::string_view sql;
};

// The embedded migrations in version order. Throws std::logic_error if two files share a version.
std::vector<Migration> EmbeddedMigrations();

// The statements `sql` holds for `engine`, placeholders replaced, split at statement ends (a ';' closing a line,
// outside $$ bodies and SQLite trigger bodies).
std::vector<std::string> StatementsFor(std::string_view sql, Engine engine);

// Applies every migration newer than the database's version, each in its own transaction; safe when several
// servers start at once (PostgreSQL: advisory lock; SQLite: the write lock). Returns the versions applied.
std::vector<int> Migrate(Database& db);

// The highest applied version, 0 for an empty database.
int SchemaVersion(Database& db);

}  // namespace eduims::db
