// All SQL of the notifications module: preferences, and what has been mailed (deliveries and digests).
#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "notifications/model.h"
#include "platform/db/database.h"

namespace eduims::notifications::store {

std::optional<Delivery> FindPreference(soci::session& s, db::Id user_id);
// The users who chose something else than the default, with their choice.
std::map<db::Id, Delivery> Preferences(soci::session& s);
void SetPreference(soci::session& s, db::Id user_id, Delivery delivery, const std::string& now);

// The keys of the tasks already mailed to `user_id`.
std::set<std::string> Delivered(soci::session& s, db::Id user_id);
// Records that `task_key` is mailed to `user_id`; false when it was already (by this or another server).
// REQUIRES: inside Database::Write, in the transaction that queues the mail.
bool InsertDelivery(soci::session& s, db::Id user_id, const std::string& task_key, const std::string& now);
// The users who have had `day`'s digest.
std::set<db::Id> DigestedOn(soci::session& s, const std::string& day);
// Records `day`'s digest of `user_id`; false when it was already sent. REQUIRES: as InsertDelivery.
bool InsertDigest(soci::session& s, db::Id user_id, const std::string& day, const std::string& now);
// Takes back a digest inserted in this transaction that turned out to have nothing to say.
void RemoveDigest(soci::session& s, db::Id user_id, const std::string& day);

}  // namespace eduims::notifications::store
