// Sessions, personal API tokens and failed-login records, all in the database so that any number of servers
// share them. Only hashes of the secrets are stored.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_trail.h"
#include "platform/db/database.h"

namespace eduims::auth {

struct SessionInfo {
  db::Id session_id = 0;
  db::Id user_id = 0;
  std::string csrf_token;
  std::string expires_at;
};

struct NewSecret {
  db::Id id = 0;
  std::string secret;  // shown to the user once, never stored
};

struct ApiToken {
  db::Id id = 0;
  db::Id user_id = 0;
  std::string name;
  std::string created_at;
  std::string expires_at;
  std::optional<std::string> revoked_at;
  std::optional<std::string> last_used_at;
};

class SessionStore {
 public:
  explicit SessionStore(db::Database& db) : db_(db) {}

  // Creates a session valid for `ttl_seconds`; returns the cookie value. Audited as a login.
  NewSecret CreateSession(db::Id user_id, const std::string& csrf_token, long ttl_seconds, const audit::Actor& actor);
  std::optional<SessionInfo> FindSession(const std::string& token);
  void DeleteSession(const std::string& token, const audit::Actor& actor);
  // Ends every session of `user_id` (password change, account disabled).
  void DeleteSessionsOf(soci::session& s, db::Id user_id);

  NewSecret CreateToken(db::Id user_id, const std::string& name, const std::string& expires_at,
                        const audit::Actor& actor);
  // The token's owner if the token exists, is not revoked and not expired; records its use.
  std::optional<ApiToken> FindToken(const std::string& token);
  // Last use is kept to the minute, so a busy token does not write on every request: a use needs recording only
  // when this is false.
  static bool UsedInSameMinute(const std::optional<std::string>& last_used_at, const std::string& now);
  void RecordTokenUse(db::Id token_id, const std::string& now);
  std::vector<ApiToken> ListTokens(db::Id user_id);
  std::optional<ApiToken> GetToken(db::Id token_id);
  bool RevokeToken(db::Id user_id, db::Id token_id, const audit::Actor& actor);

  // Failed logins of `subject` since `since` (a timestamp).
  int CountFailures(const std::string& subject, const std::string& since);
  // The oldest failure of `subject` since `since`, for Retry-After.
  std::optional<std::string> OldestFailure(const std::string& subject, const std::string& since);
  // Records one failed login against each subject, audited with the e-mail address that was tried.
  void RecordFailures(const std::vector<std::string>& subjects, const std::string& email, const audit::Actor& actor);
  void ClearFailures(const std::string& subject);

 private:
  db::Database& db_;
};

}  // namespace eduims::auth
