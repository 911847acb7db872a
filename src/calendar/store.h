// All SQL of the calendar module: the feeds. Callers hold the transaction and have checked permissions.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::calendar {

struct FeedRecord {
  db::Id id = 0;
  db::Id user_id = 0;
  std::string name;
  std::optional<db::Id> unit_id;  // an organisation feed's unit
  std::string created_at;
  std::optional<std::string> revoked_at, last_used_at;
};

}  // namespace eduims::calendar

namespace eduims::calendar::store {

// The user's feeds, newest first.
std::vector<FeedRecord> OfUser(soci::session& s, db::Id user_id);
int ActiveCount(soci::session& s, db::Id user_id);
// The feed whose token hashes to `token_hash`, if it is not revoked.
std::optional<FeedRecord> FindActive(soci::session& s, const std::string& token_hash);
void Insert(soci::session& s, FeedRecord& feed, const std::string& token_hash);
// False if the feed is not the user's or is already revoked.
bool Revoke(soci::session& s, db::Id user_id, db::Id feed_id, const std::string& at);
void MarkUsed(soci::session& s, db::Id feed_id, const std::string& at);

}  // namespace eduims::calendar::store
