// The append-only, hash-chained audit trail. Every write of the product appends here in the same transaction as the
// change itself, so a change and its audit entry are committed together or not at all.
//
// Entry n carries hash_n = SHA-256(hash_{n-1} | n | at | user | address | request | entity | id | operation |
// before | after); ids run 1, 2, 3 ... without gaps, and audit_head holds the last id and hash, so an altered,
// removed or re-ordered row breaks the chain at a point VerifyAuditChain names.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::audit {

// Who made a change: a user (none for the system itself), from which address, in which request.
struct Actor {
  std::optional<db::Id> user_id;
  std::string address;
  std::string request_id;
  std::optional<std::string> user_name;  // the user's name at the time

  static Actor System(std::string what) { return Actor{std::nullopt, "local", std::move(what), std::nullopt}; }
};

struct Change {
  std::string entity;     // e.g. "unit", "user", "action"
  std::string entity_id;  // the entity's id as text
  std::string operation;  // "create", "update", "archive", "login", ...
  std::optional<std::string> before_json;
  std::optional<std::string> after_json;
  std::optional<std::string> unit_path;  // the unit concerned ("/1/7/"); none for organisation-wide entries
};

struct Entry {
  db::Id id = 0;
  std::string at;
  std::optional<db::Id> user_id;
  std::optional<std::string> user_name;
  std::string address;
  std::string request_id;
  Change change;
  std::string prev_hash;
  std::string hash;
};

// REQUIRES: `session` is inside Database::Write on `db`. Returns the new entry's id.
db::Id Append(db::Database& db, soci::session& session, const Actor& actor, const Change& change);

struct VerifyReport {
  bool intact = true;
  long long entries_checked = 0;
  std::optional<db::Id> first_broken_id;  // the first entry whose link or content does not match
  std::string reason;
};
VerifyReport VerifyChain(db::Database& db);

struct Query {
  // Subtree roots whose entries may be returned; entries with no unit only when `organisation_wide`.
  std::vector<std::string> scope;
  bool organisation_wide = false;
  std::optional<std::string> entity;
  std::optional<std::string> entity_id;
  std::optional<db::Id> user_id;
  std::optional<std::string> from;  // timestamp, inclusive
  std::optional<std::string> to;    // timestamp, exclusive
  std::optional<db::Id> before_id;  // keyset cursor: entries older than this id
  int limit = 50;
};
// Newest first.
std::vector<Entry> List(db::Database& db, const Query& query);

std::string HashEntry(const Entry& entry);

}  // namespace eduims::audit
