#include "directives/answerers.h"

namespace eduims::directives {

std::vector<org::User> AnswerersOf(org::OrgService& org, db::Id unit_id) {
  auth::Principal organisation;
  organisation.grants.push_back({0, auth::Role::kAdministrator, 0, "/", std::nullopt});
  org::UserFilter f;
  f.limit = 200;
  std::vector<org::User> out;
  for (org::User& u : org.ListUsersWho(organisation, auth::Permission::kAnswerDirectives, unit_id, f))
    if (u.unit_id == unit_id) out.push_back(std::move(u));
  return out;
}

}  // namespace eduims::directives
