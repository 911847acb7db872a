// The org module's answer to the platform's AccountDirectory: credentials and principals from users and grants.
#pragma once
#include "platform/auth/accounts.h"

namespace eduims::org {

// An enabled user with the role grants in force today; nullopt if the user is missing or disabled.
std::optional<auth::Principal> LoadPrincipal(db::Database& db, db::Id user_id);

class Accounts : public auth::AccountDirectory {
 public:
  explicit Accounts(db::Database& db) : db_(db) {}
  std::optional<auth::Credentials> FindCredentials(const std::string& email) override;
  std::optional<auth::Principal> LoadPrincipal(db::Id user_id) override;
  void UpdatePasswordHash(db::Id user_id, const std::string& hash) override;

 private:
  db::Database& db_;
};

}  // namespace eduims::org
