// The generation of the database's content, for keys of caches that stay correct with several servers over one
// database: the id and hash of the audit trail's newest entry.
//
// Every write of the product appends to the trail in its own transaction, and an append takes audit_head's row lock
// (PostgreSQL: SELECT ... FOR UPDATE, held to commit) or the database's write lock (SQLite: BEGIN IMMEDIATE), so
// entries commit in id order. Hence what a statement run after reading generation G sees is at least as new as G,
// and G changes with every committed write, on any server. The hash tells two histories that reached the same id
// apart (a backup restored and then written to). Writes that bypass the trail (the benchmark's data generator, SQL
// typed by hand) change no generation: a cache keyed by it may serve their state late.
#pragma once
#include <soci/soci.h>

#include <string>

namespace eduims::audit {

// "id:hash" of the newest entry ("0:000...0" before the first). One primary-key read of a single row.
std::string Generation(soci::session& session);

}  // namespace eduims::audit
