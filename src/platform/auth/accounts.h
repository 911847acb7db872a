// What authentication needs to know of user accounts. The org module owns users and grants and implements this;
// the platform depends only on the interface.
#pragma once
#include <optional>
#include <string>

#include "platform/auth/roles.h"

namespace eduims::auth {

struct Credentials {
  db::Id user_id = 0;
  std::string password_hash;  // empty when no password is set
  bool disabled = false;
};

class AccountDirectory {
 public:
  virtual ~AccountDirectory() = default;
  // `email` is compared case-insensitively.
  virtual std::optional<Credentials> FindCredentials(const std::string& email) = 0;
  // The user with the grants in force today; nullopt if the user does not exist or is disabled.
  virtual std::optional<Principal> LoadPrincipal(db::Id user_id) = 0;
  // Replaces the stored hash (after a rehash at login), without an audit entry of its own.
  virtual void UpdatePasswordHash(db::Id user_id, const std::string& hash) = 0;
};

}  // namespace eduims::auth
