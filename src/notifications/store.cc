#include "notifications/store.h"

#include "platform/db/query.h"

namespace eduims::notifications::store {
namespace {

bool Inserted(soci::statement& st) {
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace

std::optional<Delivery> FindPreference(soci::session& s, db::Id user_id) {
  std::string delivery;
  soci::indicator ind = soci::i_null;
  s << "SELECT delivery FROM notification_preferences WHERE user_id = :u", soci::use(user_id),
      soci::into(delivery, ind);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  return ParseDelivery(delivery);
}

std::map<db::Id, Delivery> Preferences(soci::session& s) {
  db::Binds b;
  std::map<db::Id, Delivery> out;
  for (const auto& [user, name] :
       db::FetchAll<db::IdTextReader>(s, "SELECT user_id, delivery FROM notification_preferences", b))
    if (auto d = ParseDelivery(name)) out[user] = *d;
  return out;
}

void SetPreference(soci::session& s, db::Id user_id, Delivery delivery, const std::string& now) {
  std::string name = DeliveryName(delivery);
  s << "INSERT INTO notification_preferences (user_id, delivery, updated_at) VALUES (:u, :d, :at) "
       "ON CONFLICT (user_id) DO UPDATE SET delivery = excluded.delivery, updated_at = excluded.updated_at",
      soci::use(user_id), soci::use(name), soci::use(now);
}

std::set<std::string> Delivered(soci::session& s, db::Id user_id) {
  db::Binds b;
  std::set<std::string> out;
  std::string sql = "SELECT user_id, task_key FROM notification_deliveries WHERE user_id = " + b.Id("u", user_id);
  for (auto& [user, key] : db::FetchAll<db::IdTextReader>(s, sql, b)) out.insert(std::move(key));
  return out;
}

bool InsertDelivery(soci::session& s, db::Id user_id, const std::string& task_key, const std::string& now) {
  soci::statement st = (s.prepare << "INSERT INTO notification_deliveries (user_id, task_key, mailed_at) VALUES (:u, "
                                     ":k, :at) ON CONFLICT (user_id, task_key) DO NOTHING",
                        soci::use(user_id), soci::use(task_key), soci::use(now));
  return Inserted(st);
}

std::set<db::Id> DigestedOn(soci::session& s, const std::string& day) {
  db::Binds b;
  auto ids = db::FetchIds(s, "SELECT user_id FROM notification_digests WHERE day = " + b.Text("day", day), b);
  return {ids.begin(), ids.end()};
}

bool InsertDigest(soci::session& s, db::Id user_id, const std::string& day, const std::string& now) {
  soci::statement st = (s.prepare << "INSERT INTO notification_digests (user_id, day, mailed_at) VALUES (:u, :d, :at) "
                                     "ON CONFLICT (user_id, day) DO NOTHING",
                        soci::use(user_id), soci::use(day), soci::use(now));
  return Inserted(st);
}

void RemoveDigest(soci::session& s, db::Id user_id, const std::string& day) {
  s << "DELETE FROM notification_digests WHERE user_id = :u AND day = :d", soci::use(user_id), soci::use(day);
}

}  // namespace eduims::notifications::store
