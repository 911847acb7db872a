#include "org/accounts.h"

#include "org/store.h"
#include "platform/clock.h"

namespace eduims::org {

std::optional<auth::Credentials> Accounts::FindCredentials(const std::string& email) {
  auto normalised = NormaliseEmail(email);
  if (!normalised) return std::nullopt;
  std::optional<auth::Credentials> out;
  db_.Read([&](soci::session& s) {
    auto user = store::FindUserByEmail(s, *normalised);
    if (!user) return;
    auth::Credentials c;
    c.user_id = user->id;
    c.disabled = user->disabled_at.has_value();
    c.password_hash = store::PasswordHashOf(s, user->id).value_or("");
    out = c;
  });
  return out;
}

std::optional<auth::Principal> Accounts::LoadPrincipal(db::Id user_id) { return org::LoadPrincipal(db_, user_id); }

std::optional<auth::Principal> LoadPrincipal(db::Database& db, db::Id user_id) {
  std::optional<auth::Principal> out;
  db.Read([&](soci::session& s) { out = store::EnabledPrincipal(s, user_id); });
  if (!out) return out;
  std::string today = FormatDate(TodayInVietnam());
  std::erase_if(out->grants, [&](const auth::Grant& g) { return !auth::GrantInForce(g, today); });
  return out;
}

void Accounts::UpdatePasswordHash(db::Id user_id, const std::string& hash) {
  db_.Write([&](soci::session& s) { store::SetPasswordHash(s, user_id, hash); });
}

}  // namespace eduims::org
