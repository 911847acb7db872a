// The rules of the organisation module: who may see and change which units, users and role grants, and what a
// valid change is. Every change is one transaction with its audit entry. Failures are ProblemError.
//
// Visibility: a unit or user outside every subtree the caller may view is "not found" (404), never "forbidden",
// so ids reveal nothing. A visible record the caller may not change is 403.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "org/model.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/authority.h"
#include "platform/auth/session_store.h"
#include "platform/http/json_input.h"
#include "platform/problem.h"

namespace eduims::org {

struct UnitInput {
  std::optional<db::Id> parent_id;
  std::string code, name, type, region, address;
};

struct UnitPatch {
  std::optional<db::Id> parent_id;  // move under this unit
  std::optional<std::string> code, name, type, region, address;
  // present: name this user the unit's head (nullopt inside: none)
  std::optional<std::optional<db::Id>> head_user_id;
};

struct UnitFilter {
  std::optional<db::Id> parent_id;
  std::optional<db::Id> within;
  std::optional<std::string> text;
  std::optional<std::string> type;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

struct UserInput {
  db::Id unit_id = 0;
  std::string email, full_name;
  std::optional<std::string> password;
  std::string language = "vi";
  std::string time_zone = "Asia/Ho_Chi_Minh";
};

struct UserPatch {
  std::optional<db::Id> unit_id;
  std::optional<std::string> full_name, language, time_zone, password;
  std::optional<bool> disabled;
};

struct UserFilter {
  std::optional<db::Id> unit_id;
  std::optional<db::Id> within;
  std::optional<std::string> text;
  bool include_disabled = false;
  std::optional<db::Id> after;
  int limit = 50;
};

struct ImportedRow {
  int row = 0;
  db::Id id = 0;
  std::string key;  // the unit code or user e-mail
};

// Also the platform's auth::People: whom a record may name, with their grants as they are now.
class OrgService : public auth::People {
 public:
  OrgService(db::Database& db, auth::SessionStore& sessions) : db_(db), sessions_(sessions) {}

  // `who` is null for the system itself (init, CLI), which is not subject to grants.
  Unit GetUnit(const auth::Principal* who, db::Id id);
  // The unit with `code`, archived or not, for the system itself (the command line); nullopt if there is none.
  std::optional<Unit> FindUnitByCode(const std::string& code);
  std::vector<Unit> ListUnits(const auth::Principal& who, const UnitFilter& filter);
  Unit CreateUnit(const auth::Principal* who, const UnitInput& input, const audit::Actor& actor);
  Unit UpdateUnit(const auth::Principal& who, db::Id id, long long version, const UnitPatch& patch,
                  const audit::Actor& actor);
  Unit ArchiveUnit(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  // All rows or none: a ProblemError "import.invalid_rows" lists every bad row, column and reason.
  std::vector<ImportedRow> ImportUnits(const auth::Principal& who, const std::string& csv, const audit::Actor& actor);
  // Work another module does in the transaction that creates a unit (CreateUnit, ImportUnits), after the unit's
  // audit entry: what every new unit starts with. Registered at start-up, before any request.
  using UnitCreatedHook = std::function<void(soci::session&, const Unit&, const audit::Actor&)>;
  void OnUnitCreated(UnitCreatedHook hook) { unit_created_.push_back(std::move(hook)); }

  // The unit a request names (in "unit_id") to create something in: 422 if the caller cannot see it, 403 without
  // `permission` on it, 409 if it is archived.
  Unit UnitToWriteIn(const auth::Principal& who, db::Id unit_id, auth::Permission permission);

  // The user a request names (in `field`) as someone's owner, approver, ...: 422 validation.reference_not_found
  // unless the caller can see them and they are enabled.
  void RequireActiveUser(const auth::Principal& who, db::Id user_id, const std::string& field);

  User GetUser(const auth::Principal* who, db::Id id);
  // The enabled heads of those of `unit_ids` that name one, by unit id: whom another module's notices go to.
  // REQUIRES: `s` is a session of this service's database.
  std::map<db::Id, User> HeadsOf(soci::session& s, const std::vector<db::Id>& unit_ids);
  std::optional<User> FindUserByEmail(const std::string& email);
  // The user as a principal (grants in force today), to check what someone named in a record may do.
  std::optional<auth::Principal> PrincipalOf(db::Id user_id);
  std::optional<auth::Principal> CurrentPrincipal(db::Id user_id) override { return PrincipalOf(user_id); }
  bool CanSeeUser(const auth::Principal& viewer, db::Id user_id) override;
  std::vector<User> ListUsers(const auth::Principal* who, const UserFilter& filter);
  // The enabled users who may use `permission` on the unit `unit_id` today (a grant in force on it or above it),
  // whatever of users the caller may view: whom a picker offers as reviewer, approver, ... there. The unit must be
  // visible to the caller (else 422 validation.reference_not_found on "unit_id"). Filter fields other than the
  // text, the page and include_disabled (ignored) apply as in ListUsers. See directory.cc.
  std::vector<User> ListUsersWho(const auth::Principal& who, auth::Permission permission, db::Id unit_id,
                                 const UserFilter& filter);
  // The names of those of `user_ids` and `unit_ids` the caller may know of: people and units on the path from the
  // root to the caller's units and in their subtrees (home unit and units of grants in force), and people homed in
  // or ever granted a role on such a unit. Any other id is left out, as an unknown one is, so ids reveal nothing.
  // {"users": [{id, full_name}], "units": [{id, code, name, path: [{id, code, name} from the root]}]}.
  boost::json::object Names(const auth::Principal& who, const std::vector<db::Id>& user_ids,
                            const std::vector<db::Id>& unit_ids);
  User CreateUser(const auth::Principal* who, const UserInput& input, const audit::Actor& actor);
  User UpdateUser(const auth::Principal* who, db::Id id, std::optional<long long> version, const UserPatch& patch,
                  const audit::Actor& actor);
  std::vector<ImportedRow> ImportUsers(const auth::Principal& who, const std::string& csv, const audit::Actor& actor);

  // Self-service: the caller's own name, language and time zone; and password change with the current password.
  User UpdateProfile(const auth::Principal& who, long long version, const UserPatch& patch,
                     const audit::Actor& actor);
  void ChangePassword(const auth::Principal& who, const std::string& current, const std::string& next,
                      const audit::Actor& actor);

  std::vector<GrantRecord> ListGrants(const auth::Principal& who, db::Id user_id, bool include_revoked);
  GrantRecord AddGrant(const auth::Principal* who, db::Id user_id, const std::string& role, db::Id unit_id,
                       const std::optional<std::string>& valid_until, const audit::Actor& actor);
  GrantRecord RevokeGrant(const auth::Principal& who, db::Id user_id, db::Id grant_id, const audit::Actor& actor);

  // Another module that keeps figures per subtree (the risks heat map) hears of every move of a unit, in the move's
  // transaction, after the subtree's paths changed. Call before serving.
  void OnSubtreeMoved(std::function<void(soci::session&)> listener) { move_listeners_.push_back(std::move(listener)); }

 private:
  Unit VisibleUnit(soci::session& s, const auth::Principal* who, db::Id id, auth::Permission permission);
  // A head must be an enabled user the caller can see who may see the unit's nonconformities.
  void CheckHead(const auth::Principal& who, db::Id head_id, const std::string& unit_path);
  User VisibleUser(soci::session& s, const auth::Principal* who, db::Id id, std::string* unit_path);
  // Fails 403 unless `who` may manage users on the unit of every grant `user_id` holds (revoked ones aside).
  void RequireManagerOfEveryGrant(soci::session& s, const auth::Principal* who, db::Id user_id);
  User ApplyUserPatch(soci::session& s, const auth::Principal* who, User user, std::optional<long long> version,
                      const UserPatch& patch, const audit::Actor& actor);

  db::Database& db_;
  auth::SessionStore& sessions_;
  std::vector<std::function<void(soci::session&)>> move_listeners_;
  std::vector<UnitCreatedHook> unit_created_;
};

// Shared checks of a unit's fields, used by the API and the CSV import. Each returns the Problem, or nullopt.
std::optional<Problem> CheckUnitCode(const std::string& code);
std::optional<Problem> CheckUnitType(const std::string& type);

}  // namespace eduims::org
