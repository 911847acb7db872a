#include "org/members.h"

#include <map>

#include "platform/db/query.h"

namespace eduims::org {
namespace {

struct MemberReader {
  Member m;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(m.user_id));
    st.exchange(soci::into(m.full_name));
    st.exchange(soci::into(m.unit_id));
    st.exchange(soci::into(m.unit_path));
    st.exchange(soci::into(m.unit_name));
  }
  Member Take() const { return m; }
};

// The roles of grants in force on `today` of the users `condition` (on alias p, the users) selects.
void AddRoles(soci::session& s, std::vector<Member>& members, const std::string& condition, db::Binds& binds,
              const std::string& today) {
  if (members.empty()) return;
  std::map<db::Id, Member*> by_id;
  for (Member& m : members) by_id[m.user_id] = &m;
  std::string sql = "SELECT g.user_id, g.role FROM users p JOIN role_grants g ON g.user_id = p.id JOIN units gu ON "
                    "gu.id = g.unit_id WHERE " + condition +
                    " AND g.revoked_at IS NULL AND gu.archived_at IS NULL AND (g.valid_until IS NULL OR "
                    "g.valid_until >= " + binds.Text("today", today) + ")";
  for (auto& [user_id, role] : db::FetchAll<db::IdTextReader>(s, sql, binds)) {
    auto it = by_id.find(user_id);
    if (it != by_id.end()) it->second->roles.insert(role);
  }
}

const char* kSelect =
    "SELECT p.id, p.full_name, p.unit_id, u.path, u.name FROM units u JOIN users p ON p.unit_id = u.id WHERE ";

}  // namespace

std::vector<Member> MembersOf(soci::session& s, const std::string& subtree_path, const std::string& today,
                              db::Id after, size_t limit) {
  auto [lo, hi] = db::SubtreeRange(subtree_path);
  db::Binds binds;
  std::string in_subtree = "u.path >= " + binds.Text("lo", lo) + " AND u.path < " + binds.Text("hi", hi) +
                           " AND p.disabled_at IS NULL";
  std::string sql = kSelect + in_subtree + " AND p.id > " + binds.Id("after", after) + " ORDER BY p.id";
  if (limit) sql += " LIMIT " + std::to_string(limit);
  auto members = db::FetchAll<MemberReader>(s, sql, binds);
  if (members.empty()) return members;
  db::Binds role_binds;
  std::string condition = "p.unit_id IN (SELECT u.id FROM units u WHERE u.path >= " + role_binds.Text("lo", lo) +
                          " AND u.path < " + role_binds.Text("hi", hi) + ") AND p.disabled_at IS NULL AND p.id >= " +
                          role_binds.Id("first", members.front().user_id) + " AND p.id <= " +
                          role_binds.Id("last", members.back().user_id);
  AddRoles(s, members, condition, role_binds, today);
  return members;
}

std::string MemberIdsSql(const std::string& subtree_path, db::Binds& binds, const std::string& prefix) {
  auto [lo, hi] = db::SubtreeRange(subtree_path);
  return "SELECT p.id FROM units u JOIN users p ON p.unit_id = u.id WHERE u.path >= " + binds.Text(prefix + "_lo", lo) +
         " AND u.path < " + binds.Text(prefix + "_hi", hi) + " AND p.disabled_at IS NULL";
}

std::vector<Member> MembersById(soci::session& s, const std::vector<db::Id>& user_ids, const std::string& today) {
  std::vector<Member> out;
  for (const auto& slice : db::IdSlices(user_ids)) {
    db::Binds binds;
    auto members = db::FetchAll<MemberReader>(s, kSelect + ("p.id IN " + db::IdList(slice, "id", binds)) +
                                                     " ORDER BY p.id", binds);
    db::Binds role_binds;
    AddRoles(s, members, "p.id IN " + db::IdList(slice, "id", role_binds), role_binds, today);
    out.insert(out.end(), members.begin(), members.end());
  }
  return out;
}

}  // namespace eduims::org
