#include "platform/auth/authority.h"

namespace eduims::auth {

std::optional<Problem> ActRefusal(const Principal& person, Permission permission, std::string_view unit_path) {
  if (person.Can(permission, unit_path)) return std::nullopt;
  return Problem::Make(403, "auth.permission_missing").With("permission", std::string(PermissionName(permission)));
}

void RequireToAct(const Principal& person, Permission permission, std::string_view unit_path) {
  if (auto refusal = ActRefusal(person, permission, unit_path)) Fail(*refusal);
}

void Require(const Principal& who, Permission permission, std::string_view unit_path, bool named) {
  if (named) RequireToAct(who, permission, unit_path);
  if (!who.Can(permission, unit_path)) Fail(403, "auth.forbidden");
}

NamedPart PartOf(const Principal& who, bool named, Permission permission, std::string_view unit_path) {
  if (!named) return {};
  auto refusal = ActRefusal(who, permission, unit_path);
  return {!refusal, refusal};
}

Problem Explained(const Problem& workflow_refusal, std::initializer_list<NamedPart> parts) {
  if (workflow_refusal.code != "workflow.not_permitted") return workflow_refusal;
  for (const NamedPart& part : parts)
    if (part.refusal) return *part.refusal;
  return workflow_refusal;
}

Principal RequireNamed(People& people, const Principal& caller, db::Id person_id, Permission permission,
                       std::string_view unit_path, const std::string& field, const std::string& refusal_code) {
  auto person = person_id == caller.user_id ? std::optional<Principal>(caller) : people.CurrentPrincipal(person_id);
  if (!person) Fail(422, "validation.reference_not_found", field);
  if (person->Can(permission, unit_path)) return *person;
  // Whoever may do the act may be named by anyone who may name people for it, wherever they sit (a department
  // head approving a school's procedure); telling apart the others is only for those the caller may see.
  if (!people.CanSeeUser(caller, person_id)) Fail(422, "validation.reference_not_found", field);
  Fail(Problem::Make(422, refusal_code, field)
           .With("permission", std::string(PermissionName(permission))));
}

}  // namespace eduims::auth
