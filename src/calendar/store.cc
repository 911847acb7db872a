#include "calendar/store.h"

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::calendar::store {
namespace {

const char* kColumns = "SELECT id, user_id, name, unit_id, created_at, revoked_at, last_used_at FROM calendar_feeds ";

struct FeedReader {
  FeedRecord f;
  db::Nullable<db::Id> unit;
  db::Nullable<std::string> revoked, used;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(f.id));
    st.exchange(soci::into(f.user_id));
    st.exchange(soci::into(f.name));
    st.exchange(soci::into(unit.value, unit.ind));
    st.exchange(soci::into(f.created_at));
    st.exchange(soci::into(revoked.value, revoked.ind));
    st.exchange(soci::into(used.value, used.ind));
  }
  FeedRecord Take() const {
    FeedRecord out = f;
    out.unit_id = unit.Get();
    out.revoked_at = revoked.Get();
    out.last_used_at = used.Get();
    return out;
  }
};

}  // namespace

std::vector<FeedRecord> OfUser(soci::session& s, db::Id user_id) {
  db::Binds b;
  return db::FetchAll<FeedReader>(s, std::string(kColumns) + "WHERE user_id = " + b.Id("user", user_id) +
                                         " ORDER BY id DESC", b);
}

int ActiveCount(soci::session& s, db::Id user_id) {
  int n = 0;
  s << "SELECT COUNT(*) FROM calendar_feeds WHERE user_id = :u AND revoked_at IS NULL", soci::use(user_id),
      soci::into(n);
  return n;
}

std::optional<FeedRecord> FindActive(soci::session& s, const std::string& token_hash) {
  db::Binds b;
  auto rows = db::FetchAll<FeedReader>(
      s, std::string(kColumns) + "WHERE token_hash = " + b.Text("hash", token_hash) + " AND revoked_at IS NULL", b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void Insert(soci::session& s, FeedRecord& f, const std::string& token_hash) {
  db::Nullable<db::Id> unit(f.unit_id);
  s << "INSERT INTO calendar_feeds (user_id, name, unit_id, token_hash, created_at) VALUES (:u, :n, :unit, :h, :c) "
       "RETURNING id",
      soci::use(f.user_id), soci::use(f.name), soci::use(unit.value, unit.ind), soci::use(token_hash),
      soci::use(f.created_at), soci::into(f.id);
}

bool Revoke(soci::session& s, db::Id user_id, db::Id feed_id, const std::string& at) {
  soci::statement st = (s.prepare << "UPDATE calendar_feeds SET revoked_at = :at WHERE id = :id AND user_id = :u AND "
                                     "revoked_at IS NULL",
                        soci::use(at), soci::use(feed_id), soci::use(user_id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void MarkUsed(soci::session& s, db::Id feed_id, const std::string& at) {
  s << "UPDATE calendar_feeds SET last_used_at = :at WHERE id = :id", soci::use(at), soci::use(feed_id);
}

}  // namespace eduims::calendar::store
