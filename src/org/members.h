// The people of a unit subtree as other modules count them (the competence matrix of issue 20): every enabled user
// whose home unit lies in the subtree, with that unit, and the roles they hold through grants in force. The SQL about
// units, users and grants stays in this module.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "platform/db/query.h"

namespace eduims::org {

struct Member {
  db::Id user_id = 0;
  std::string full_name;
  db::Id unit_id = 0;
  std::string unit_path, unit_name;
  std::set<std::string> roles;  // roles of grants in force on `today`, wherever they are
};

// In user id order, from the user after `after` (0: the first), at most `limit` (0: all).
std::vector<Member> MembersOf(soci::session& s, const std::string& subtree_path, const std::string& today,
                              db::Id after = 0, size_t limit = 0);

// A subquery, for other modules' statements, selecting the ids of the enabled users whose home unit lies in the
// subtree at `subtree_path`.
std::string MemberIdsSql(const std::string& subtree_path, db::Binds& binds, const std::string& prefix = "members");

// The same for the users `user_ids` (enabled or not), in id order.
std::vector<Member> MembersById(soci::session& s, const std::vector<db::Id>& user_ids, const std::string& today);

}  // namespace eduims::org
