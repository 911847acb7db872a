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

std::optional<auth::Principal> Accounts::LoadPrincipal(db::Id user_id) {
  std::optional<auth::Principal> out;
  db_.Read([&](soci::session& s) {
    auto user = store::FindUser(s, user_id);
    if (!user || user->disabled_at) return;
    auto unit = store::FindUnit(s, user->unit_id);
    auth::Principal p;
    p.user_id = user->id;
    p.email = user->email;
    p.full_name = user->full_name;
    p.unit_id = user->unit_id;
    p.unit_path = unit ? unit->path : "";
    p.language = ParseLanguageCode(user->language).value_or(Language::kVietnamese);
    p.time_zone = user->time_zone;
    std::string today = FormatDate(TodayInVietnam());
    for (auth::Grant& g : store::ActiveGrants(s, user_id))
      if (auth::GrantInForce(g, today)) p.grants.push_back(std::move(g));
    out = std::move(p);
  });
  return out;
}

void Accounts::UpdatePasswordHash(db::Id user_id, const std::string& hash) {
  db_.Write([&](soci::session& s) { store::SetPasswordHash(s, user_id, hash); });
}

}  // namespace eduims::org
