#include "platform/auth/session_store.h"

#include <boost/json.hpp>

#include <chrono>

#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/db/query.h"

namespace eduims::auth {
namespace {

std::string In(long seconds) {
  return FormatTimestamp(Now() + std::chrono::seconds(seconds));
}

const char* kSelectToken =
    "SELECT id, user_id, name, created_at, expires_at, revoked_at, last_used_at FROM api_tokens ";

struct TokenReader {
  ApiToken t;
  std::string revoked, used;
  soci::indicator revoked_ind = soci::i_null, used_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(t.id));
    st.exchange(soci::into(t.user_id));
    st.exchange(soci::into(t.name));
    st.exchange(soci::into(t.created_at));
    st.exchange(soci::into(t.expires_at));
    st.exchange(soci::into(revoked, revoked_ind));
    st.exchange(soci::into(used, used_ind));
  }
  ApiToken Take() {
    ApiToken out = t;
    if (revoked_ind == soci::i_ok) out.revoked_at = revoked;
    if (used_ind == soci::i_ok) out.last_used_at = used;
    return out;
  }
};

std::vector<ApiToken> QueryTokens(soci::session& s, const std::string& where, db::Id value) {
  db::Binds binds;
  binds.Id("v", value);
  return db::FetchAll<TokenReader>(s, std::string(kSelectToken) + where, binds);
}

}  // namespace

NewSecret SessionStore::CreateSession(db::Id user_id, const std::string& csrf_token, long ttl_seconds,
                                      const audit::Actor& actor) {
  NewSecret result;
  result.secret = RandomToken(32);
  std::string hash = Sha256Hex(result.secret), now = NowTimestamp(), expires = In(ttl_seconds);
  db_.Write([&](soci::session& s) {
    s << "INSERT INTO sessions (token_hash, user_id, csrf_token, address, created_at, expires_at) "
         "VALUES (:h, :u, :c, :a, :n, :e) RETURNING id",
        soci::use(hash), soci::use(user_id), soci::use(csrf_token), soci::use(actor.address), soci::use(now),
        soci::use(expires), soci::into(result.id);
    // Expired sessions are removed as new ones are made, so the table stays the size of the active user base.
    s << "DELETE FROM sessions WHERE expires_at < :n", soci::use(now);
    boost::json::object after{{"user_id", user_id}, {"expires_at", expires}};
    audit::Append(db_, s, actor, {"session", std::to_string(result.id), "login", std::nullopt,
                                  boost::json::serialize(after)});
  });
  return result;
}

std::optional<SessionInfo> SessionStore::FindSession(const std::string& token) {
  std::optional<SessionInfo> found;
  std::string hash = Sha256Hex(token), now = NowTimestamp();
  db_.Read([&](soci::session& s) {
    SessionInfo info;
    s << "SELECT id, user_id, csrf_token, expires_at FROM sessions WHERE token_hash = :h AND expires_at > :n",
        soci::use(hash), soci::use(now), soci::into(info.session_id), soci::into(info.user_id),
        soci::into(info.csrf_token), soci::into(info.expires_at);
    if (s.got_data()) found = info;
  });
  return found;
}

void SessionStore::DeleteSession(const std::string& token, const audit::Actor& actor) {
  std::string hash = Sha256Hex(token);
  db_.Write([&](soci::session& s) {
    db::Id id = 0;
    s << "SELECT id FROM sessions WHERE token_hash = :h", soci::use(hash), soci::into(id);
    if (!s.got_data()) return;
    s << "DELETE FROM sessions WHERE id = :id", soci::use(id);
    audit::Append(db_, s, actor, {"session", std::to_string(id), "logout", std::nullopt, std::nullopt});
  });
}

void SessionStore::DeleteSessionsOf(soci::session& s, db::Id user_id) {
  s << "DELETE FROM sessions WHERE user_id = :u", soci::use(user_id);
}

NewSecret SessionStore::CreateToken(db::Id user_id, const std::string& name, const std::string& expires_at,
                                    const audit::Actor& actor) {
  NewSecret result;
  result.secret = "eduims_" + RandomToken(32);
  std::string hash = Sha256Hex(result.secret), now = NowTimestamp();
  db_.Write([&](soci::session& s) {
    s << "INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at) VALUES (:u, :n, :h, :c, :e) "
         "RETURNING id",
        soci::use(user_id), soci::use(name), soci::use(hash), soci::use(now), soci::use(expires_at),
        soci::into(result.id);
    boost::json::object after{{"user_id", user_id}, {"name", name}, {"expires_at", expires_at}};
    audit::Append(db_, s, actor, {"api_token", std::to_string(result.id), "create", std::nullopt,
                                  boost::json::serialize(after)});
  });
  return result;
}

std::optional<ApiToken> SessionStore::FindToken(const std::string& token) {
  std::optional<ApiToken> found;
  std::string hash = Sha256Hex(token), now = NowTimestamp();
  db_.Read([&](soci::session& s) {
    db::Binds binds;
    std::string where = "WHERE token_hash = " + binds.Text("h", hash) + " AND revoked_at IS NULL AND expires_at > " +
                        binds.Text("n", now);
    auto rows = db::FetchAll<TokenReader>(s, kSelectToken + where, binds);
    if (!rows.empty()) found = rows.front();
  });
  if (found && !UsedInSameMinute(found->last_used_at, now)) {
    RecordTokenUse(found->id, now);
    found->last_used_at = now;
  }
  return found;
}

bool SessionStore::UsedInSameMinute(const std::optional<std::string>& last_used_at, const std::string& now) {
  return last_used_at && last_used_at->substr(0, 16) == now.substr(0, 16);
}

void SessionStore::RecordTokenUse(db::Id token_id, const std::string& now) {
  db_.Read([&](soci::session& s) {
    s << "UPDATE api_tokens SET last_used_at = :n WHERE id = :id", soci::use(now), soci::use(token_id);
  });
}

std::vector<ApiToken> SessionStore::ListTokens(db::Id user_id) {
  std::vector<ApiToken> out;
  db_.Read([&](soci::session& s) { out = QueryTokens(s, "WHERE user_id = :v ORDER BY id DESC", user_id); });
  return out;
}

std::optional<ApiToken> SessionStore::GetToken(db::Id token_id) {
  std::vector<ApiToken> out;
  db_.Read([&](soci::session& s) { out = QueryTokens(s, "WHERE id = :v", token_id); });
  if (out.empty()) return std::nullopt;
  return out.front();
}

bool SessionStore::RevokeToken(db::Id user_id, db::Id token_id, const audit::Actor& actor) {
  bool revoked = false;
  std::string now = NowTimestamp();
  db_.Write([&](soci::session& s) {
    soci::statement st = (s.prepare << "UPDATE api_tokens SET revoked_at = :n WHERE id = :id AND user_id = :u AND "
                                       "revoked_at IS NULL",
                          soci::use(now), soci::use(token_id), soci::use(user_id));
    st.execute(true);
    revoked = st.get_affected_rows() == 1;
    if (revoked)
      audit::Append(db_, s, actor, {"api_token", std::to_string(token_id), "revoke", std::nullopt, std::nullopt});
  });
  return revoked;
}

int SessionStore::CountFailures(const std::string& subject, const std::string& since) {
  int count = 0;
  db_.Read([&](soci::session& s) {
    s << "SELECT COUNT(*) FROM login_failures WHERE subject = :s AND at >= :t", soci::use(subject), soci::use(since),
        soci::into(count);
  });
  return count;
}

std::optional<std::string> SessionStore::OldestFailure(const std::string& subject, const std::string& since) {
  std::optional<std::string> out;
  db_.Read([&](soci::session& s) {
    std::string at;
    soci::indicator ind;
    s << "SELECT MIN(at) FROM login_failures WHERE subject = :s AND at >= :t", soci::use(subject), soci::use(since),
        soci::into(at, ind);
    if (ind == soci::i_ok) out = at;
  });
  return out;
}

void SessionStore::RecordFailures(const std::vector<std::string>& subjects, const std::string& email,
                                  const audit::Actor& actor) {
  std::string now = NowTimestamp();
  std::string old = FormatTimestamp(Now() - std::chrono::hours(24));
  db_.Write([&](soci::session& s) {
    for (const std::string& subject : subjects)
      s << "INSERT INTO login_failures (subject, at) VALUES (:s, :a)", soci::use(subject), soci::use(now);
    s << "DELETE FROM login_failures WHERE at < :old", soci::use(old);
    boost::json::object after{{"email", email}};
    audit::Append(db_, s, actor, {"session", "-", "login_failed", std::nullopt, boost::json::serialize(after)});
  });
}

void SessionStore::ClearFailures(const std::string& subject) {
  db_.Write([&](soci::session& s) { s << "DELETE FROM login_failures WHERE subject = :s", soci::use(subject); });
}

}  // namespace eduims::auth
