// All SQL of the org module: units, users and role grants. Every function runs on the caller's session, so a
// service can group several of them in one transaction (Database::Write).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "org/model.h"

namespace eduims::org::store {

struct UnitQuery {
  std::vector<std::string> scope;          // subtree roots (paths) the caller may see; empty = nothing
  std::optional<db::Id> parent_id;         // direct children of this unit
  std::optional<std::string> within_path;  // the subtree of this unit
  std::optional<std::string> text_folded;  // folded words to find in code or name
  std::optional<std::string> type;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

std::optional<Unit> FindUnit(soci::session& s, db::Id id);
std::optional<Unit> FindUnitByCode(soci::session& s, const std::string& code);
std::optional<Unit> FindRoot(soci::session& s);
std::vector<Unit> ListUnits(soci::session& s, const UnitQuery& query);
// Inserts `unit` (its parent must exist), setting its id and path.
void InsertUnit(soci::session& s, Unit& unit, const std::optional<std::string>& parent_path);
// Writes the unit's editable fields if its version is still `expected_version`; false if stale.
bool UpdateUnit(soci::session& s, const Unit& unit, long long expected_version);
// Rewrites the paths of the subtree at `old_path` to start with `new_path`.
void MoveSubtree(soci::session& s, const std::string& old_path, const std::string& new_path);
int CountActiveChildren(soci::session& s, db::Id unit_id);
int CountActiveUsersIn(soci::session& s, db::Id unit_id);
void SetUnitArchived(soci::session& s, db::Id unit_id, const std::string& at);

struct UserQuery {
  std::vector<std::string> scope;  // ignored when `holding` is set
  // Only users holding, on one of these units, a grant of one of these roles in force on this date; the people
  // who may act on a unit are those holding such a grant on the unit or on one of its ancestors.
  struct Holding {
    std::vector<db::Id> unit_ids;
    std::vector<std::string> roles;
    std::string today;
  };
  std::optional<Holding> holding;
  std::optional<db::Id> unit_id;
  std::optional<std::string> within_path;
  std::optional<std::string> text_folded;
  bool include_disabled = false;
  std::optional<db::Id> after;
  int limit = 50;
};

std::optional<User> FindUser(soci::session& s, db::Id id);
// The units and users among `ids` that exist, in id order.
std::vector<Unit> FindUnits(soci::session& s, const std::vector<db::Id>& ids);
std::vector<User> FindUsers(soci::session& s, const std::vector<db::Id>& ids);
// (user id, unit path) of every grant, revoked and expired ones too, of the users `user_ids`.
std::vector<std::pair<db::Id, std::string>> GrantPathsOf(soci::session& s, const std::vector<db::Id>& user_ids);
// The enabled heads of those of `unit_ids` that name one, with the unit's id.
std::vector<std::pair<db::Id, User>> EnabledHeads(soci::session& s, const std::vector<db::Id>& unit_ids);
std::optional<User> FindUserByEmail(soci::session& s, const std::string& email);
std::vector<User> ListUsers(soci::session& s, const UserQuery& query);
void InsertUser(soci::session& s, User& user, const std::optional<std::string>& password_hash);
bool UpdateUser(soci::session& s, const User& user, long long expected_version);
std::optional<std::string> PasswordHashOf(soci::session& s, db::Id user_id);
void SetPasswordHash(soci::session& s, db::Id user_id, const std::string& hash);

std::vector<GrantRecord> ListGrants(soci::session& s, db::Id user_id, bool include_revoked);
std::optional<GrantRecord> FindGrant(soci::session& s, db::Id grant_id);
void InsertGrant(soci::session& s, GrantRecord& grant);
void SetGrantRevoked(soci::session& s, db::Id grant_id, const std::string& at);
// An enabled user with their unit's path and their unrevoked grants on unarchived units (end dates not yet
// applied), in one query: this runs on every authenticated request.
std::optional<auth::Principal> EnabledPrincipal(soci::session& s, db::Id user_id);

// A query, for other modules' statements, selecting (user_id, unit_id) of the enabled users reached by targets:
// the rows of `targets_table` (aliased t, with columns unit_id and role) that meet `targets_condition` (which may
// refer to the caller's outer query). A target reaches the users whose unit lies in its unit's subtree who hold a
// grant in force on `today_sql` (a bind of the date) of one of `roles` (those with the permission the targets are
// for), of the target's role when it names one, on the target's unit, above it or within it: a role held on an
// unrelated unit is no reason, and revoked and expired grants count for nothing. `user_condition` (on alias p, the users table) narrows the users, or is "1 = 1". The SQL about
// units, users and grants stays in this module.
std::string ReachedUsersSql(const std::string& targets_table, const std::string& targets_condition,
                            const std::string& user_condition, const std::string& today_sql,
                            const std::vector<auth::Role>& roles);

}  // namespace eduims::org::store
