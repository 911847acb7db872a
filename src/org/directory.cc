// What anyone may know of the organisation beyond what they may manage: the names of the people and units their
// records mention, and who may act on a unit (the people a picker offers).
#include <algorithm>
#include <map>
#include <set>

#include "org/service.h"
#include "org/store.h"
#include "platform/clock.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"

namespace eduims::org {
namespace {

// The units a caller's records may name: their home unit and those of their grants, with everything above and
// below them. A sibling school, or another school's people, stays unknown.
class Reach {
 public:
  explicit Reach(const auth::Principal& who) {
    anchors_.push_back(who.unit_path);
    for (const auto& g : who.grants) anchors_.push_back(g.unit_path);
  }
  bool Covers(const std::string& path) const {
    return std::any_of(anchors_.begin(), anchors_.end(), [&](const std::string& a) {
      return a.starts_with(path) || path.starts_with(a);
    });
  }

 private:
  std::vector<std::string> anchors_;
};

std::vector<std::string> RolesWith(auth::Permission permission) {
  std::vector<std::string> roles;
  for (auth::Role r : auth::AllRoles())
    if (auth::RoleHasPermission(r, permission)) roles.emplace_back(auth::RoleName(r));
  return roles;
}

}  // namespace

std::vector<User> OrgService::ListUsersWho(const auth::Principal& who, auth::Permission permission, db::Id unit_id,
                                           const UserFilter& f) {
  std::vector<User> out;
  db_.Read([&](soci::session& s) {
    auto unit = store::FindUnit(s, unit_id);
    if (!unit || !who.Can(auth::Permission::kViewOrganisation, unit->path))
      Fail(422, "validation.reference_not_found", "unit_id");
    store::UserQuery q;
    q.holding = store::UserQuery::Holding{UnitIdsOnPath(unit->path), RolesWith(permission),
                                          FormatDate(TodayInVietnam())};
    if (f.within) q.within_path = VisibleUnit(s, &who, *f.within, auth::Permission::kViewOrganisation).path;
    if (f.text) q.text_folded = FoldForSearch(*f.text);
    q.after = f.after;
    q.limit = f.limit;
    out = store::ListUsers(s, q);
  });
  return out;
}

boost::json::object OrgService::Names(const auth::Principal& who, const std::vector<db::Id>& user_ids,
                                      const std::vector<db::Id>& unit_ids) {
  Reach reach(who);
  boost::json::array users, units;
  db_.Read([&](soci::session& s) {
    auto people = store::FindUsers(s, user_ids);
    std::vector<db::Id> homes;
    for (const auto& p : people) homes.push_back(p.unit_id);
    std::map<db::Id, std::string> home_paths;
    for (const auto& u : store::FindUnits(s, homes)) home_paths[u.id] = u.path;
    std::set<db::Id> known;
    for (const auto& p : people)
      if (reach.Covers(home_paths[p.unit_id])) known.insert(p.id);
    for (const auto& [user, path] : store::GrantPathsOf(s, user_ids))
      if (reach.Covers(path)) known.insert(user);
    for (const auto& p : people)
      if (known.count(p.id)) users.push_back(boost::json::object{{"id", p.id}, {"full_name", p.full_name}});

    std::vector<Unit> found;
    std::vector<db::Id> on_paths;
    for (const auto& u : store::FindUnits(s, unit_ids)) {
      if (!reach.Covers(u.path)) continue;
      found.push_back(u);
      for (db::Id id : UnitIdsOnPath(u.path)) on_paths.push_back(id);
    }
    std::sort(on_paths.begin(), on_paths.end());
    on_paths.erase(std::unique(on_paths.begin(), on_paths.end()), on_paths.end());
    std::map<db::Id, Unit> by_id;
    for (auto& u : store::FindUnits(s, on_paths)) by_id[u.id] = u;
    for (const auto& u : found) {
      boost::json::array path;
      for (db::Id id : UnitIdsOnPath(u.path))
        path.push_back(boost::json::object{{"id", id}, {"code", by_id[id].code}, {"name", by_id[id].name}});
      units.push_back(boost::json::object{{"id", u.id}, {"code", u.code}, {"name", u.name}, {"path", std::move(path)}});
    }
  });
  return {{"users", std::move(users)}, {"units", std::move(units)}};
}

}  // namespace eduims::org
