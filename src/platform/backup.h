// An online, consistent copy of the database while the server keeps running.
// SQLite: VACUUM INTO, a transactionally consistent database file that opens as it is.
// PostgreSQL: pg_dump in its custom format (one snapshot), restorable with pg_restore.
#pragma once
#include <string>

#include "platform/db/database.h"

namespace eduims {

// Throws std::runtime_error if the copy cannot be written; never overwrites an existing file.
void WriteBackup(db::Database& db, const std::string& output_path);

}  // namespace eduims
