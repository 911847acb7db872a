// The one rule of authorisation (issue 25), used by every module for every act on a record:
//
//   An act is authorised when it happens, against the actor's grants as they are then (revoked and expired grants
//   count for nothing), for the permission the act needs on the record's unit. A person named on a record
//   (reviewer, approver, verifier, owner, unit head, step responsible, auditor, addressee) is held to the same rule
//   when named and again when acting. Being named, or owning, is a reason to be offered an act, never a permission.
//   A person named in a request who may not be seen by the caller and may not do the act is refused as if they did
//   not exist, so ids reveal nobody.
//
// Services never ask "is this the named person?" alone: they ask PartOf() (named and holding the permission now)
// or Require(), and, to name someone, RequireNamed(). The caller's Principal carries only grants in force today;
// People::CurrentPrincipal loads anyone else the same way.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "platform/auth/roles.h"
#include "platform/problem.h"

namespace eduims::auth {

// The people a record may name, with their grants as they are now. The org module owns users and grants and
// implements this; the platform and the other modules depend only on the interface.
class People {
 public:
  virtual ~People() = default;
  // The enabled user `user_id` with only the grants in force today; nullopt if missing or disabled.
  virtual std::optional<Principal> CurrentPrincipal(db::Id user_id) = 0;
  // True if `viewer` may see user `user_id` in the user list (themselves, or a user of a unit where they view users).
  virtual bool CanSeeUser(const Principal& viewer, db::Id user_id) = 0;
};

// None if `person` holds `permission` on `unit_path` through a grant in force; else the refusal, 403
// auth.permission_missing with the permission named.
std::optional<Problem> ActRefusal(const Principal& person, Permission permission, std::string_view unit_path);
// Throws ActRefusal's problem, if any.
void RequireToAct(const Principal& person, Permission permission, std::string_view unit_path);
// Requires `permission` on `unit_path` of `who` for an act anyone with it may do: 403 auth.forbidden, or for
// someone the record names (`named`: its owner, say, who might think that enough) ActRefusal's problem.
void Require(const Principal& who, Permission permission, std::string_view unit_path, bool named);

// The part a caller plays as a person named on a record (reviewer, approver, verifier, owner): `plays` only if named
// and holding the act's permission now; `refusal` says which permission a named caller lacks.
struct NamedPart {
  bool plays = false;
  std::optional<Problem> refusal;
};
NamedPart PartOf(const Principal& who, bool named, Permission permission, std::string_view unit_path);
// What to answer when a workflow found no part the caller may play (`workflow_refusal`, workflow.not_permitted):
// the missing permission of a part they were named for, if any, else the workflow's own refusal.
Problem Explained(const Problem& workflow_refusal, std::initializer_list<NamedPart> parts);

// Checks `person_id`, named by `caller` in the request field `field` for acts needing `permission` on a record of
// `unit_path`, and returns them as they are now. A missing or disabled user, and one who lacks the permission whom
// the caller cannot see, are both 422 validation.reference_not_found; one the caller can see who lacks it is 422
// `refusal_code` (auth.named_without_permission unless a route documented its own) naming the permission.
Principal RequireNamed(People& people, const Principal& caller, db::Id person_id, Permission permission,
                       std::string_view unit_path, const std::string& field,
                       const std::string& refusal_code = "auth.named_without_permission");

}  // namespace eduims::auth
