#include "org/service.h"

#include <set>

#include "org/accounts.h"
#include "org/import_file.h"
#include "org/store.h"
#include "platform/auth/password.h"
#include "platform/clock.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::org {
namespace {

using auth::Permission;

std::string Json(const boost::json::object& o) { return boost::json::serialize(o); }

bool Allowed(const auth::Principal* who, Permission p, const std::string& path) { return !who || who->Can(p, path); }


void Check(std::optional<Problem> problem) {
  if (problem) Fail(*problem);
}

std::optional<Problem> CheckLanguage(const std::string& language) {
  if (!ParseLanguageCode(language)) return Problem::Make(422, "validation.invalid_value", "language");
  return std::nullopt;
}

std::optional<Problem> CheckTimeZone(const std::string& zone) {
  if (!ValidTimeZone(zone)) return Problem::Make(422, "validation.invalid_value", "time_zone");
  return std::nullopt;
}

Problem RowProblem(int row, Problem p) {
  p.params["row"] = std::to_string(row);
  return p;
}

[[noreturn]] void FailRows(std::vector<Problem> errors) {
  Problem p = Problem::Make(422, "import.invalid_rows").With("count", std::to_string(errors.size()));
  p.errors = std::move(errors);
  Fail(p);
}

}  // namespace

std::optional<Problem> CheckUnitCode(const std::string& code) {
  if (code.empty()) return Problem::Make(422, "validation.empty", "code");
  if (code.size() > 32) return Problem::Make(422, "validation.too_long", "code").With("max", "32");
  for (unsigned char c : code)
    if (!std::isalnum(c) && c != '-' && c != '_' && c != '.') return Problem::Make(422, "validation.invalid_value", "code");
  return std::nullopt;
}

std::optional<Problem> CheckUnitType(const std::string& type) {
  for (const auto& t : UnitTypes())
    if (t == type) return std::nullopt;
  return Problem::Make(422, "validation.invalid_value", "type");
}

Unit OrgService::VisibleUnit(soci::session& s, const auth::Principal* who, db::Id id, Permission permission) {
  auto unit = store::FindUnit(s, id);
  if (!unit || !Allowed(who, Permission::kViewOrganisation, unit->path)) FailNotFound("unit");
  if (!Allowed(who, permission, unit->path)) Fail(403, "auth.forbidden");
  return *unit;
}

Unit OrgService::GetUnit(const auth::Principal* who, db::Id id) {
  Unit out;
  db_.Read([&](soci::session& s) { out = VisibleUnit(s, who, id, Permission::kViewOrganisation); });
  return out;
}

std::optional<Unit> OrgService::FindUnitByCode(const std::string& code) {
  std::optional<Unit> out;
  db_.Read([&](soci::session& s) { out = store::FindUnitByCode(s, code); });
  return out;
}

std::vector<Unit> OrgService::ListUnits(const auth::Principal& who, const UnitFilter& f) {
  std::vector<Unit> out;
  db_.Read([&](soci::session& s) {
    store::UnitQuery q;
    q.scope = who.Scope(Permission::kViewOrganisation);
    q.parent_id = f.parent_id;
    if (f.within) q.within_path = VisibleUnit(s, &who, *f.within, Permission::kViewOrganisation).path;
    if (f.text) q.text_folded = FoldForSearch(*f.text);
    q.type = f.type;
    q.include_archived = f.include_archived;
    q.after = f.after;
    q.limit = f.limit;
    out = store::ListUnits(s, q);
  });
  return out;
}

Unit OrgService::CreateUnit(const auth::Principal* who, const UnitInput& in, const audit::Actor& actor) {
  Check(CheckUnitCode(in.code));
  Check(TextProblem("name", in.name, 200, true));
  Check(CheckUnitType(in.type));
  Check(TextProblem("region", in.region, 100, false));
  Check(TextProblem("address", in.address, 500, false));
  Unit unit;
  db_.Write([&](soci::session& s) {
    std::optional<std::string> parent_path;
    if (in.parent_id) {
      auto parent = store::FindUnit(s, *in.parent_id);
      if (!parent || !Allowed(who, Permission::kViewOrganisation, parent->path))
        Fail(422, "validation.reference_not_found", "parent_id");
      if (!Allowed(who, Permission::kManageOrganisation, parent->path)) Fail(403, "auth.forbidden");
      if (parent->archived_at) Fail(409, "conflict.archived", "parent_id");
      parent_path = parent->path;
    } else if (who || store::FindRoot(s)) {
      Fail(422, "units.root_required", "parent_id");
    }
    if (store::FindUnitByCode(s, in.code)) Fail(409, "conflict.duplicate", "code");
    unit.parent_id = in.parent_id;
    unit.code = in.code;
    unit.name = in.name;
    unit.type = in.type;
    unit.region = in.region;
    unit.address = in.address;
    unit.created_at = unit.updated_at = NowTimestamp();
    store::InsertUnit(s, unit, parent_path);
    audit::Append(db_, s, actor, {"unit", std::to_string(unit.id), "create", std::nullopt, Json(ToJson(unit)), unit.path});
    for (const auto& hook : unit_created_) hook(s, unit, actor);
  });
  return unit;
}

Unit OrgService::UpdateUnit(const auth::Principal& who, db::Id id, long long version, const UnitPatch& patch,
                            const audit::Actor& actor) {
  if (patch.code) Check(CheckUnitCode(*patch.code));
  if (patch.name) Check(TextProblem("name", *patch.name, 200, true));
  if (patch.type) Check(CheckUnitType(*patch.type));
  if (patch.region) Check(TextProblem("region", *patch.region, 100, false));
  if (patch.address) Check(TextProblem("address", *patch.address, 500, false));
  if (patch.head_user_id && *patch.head_user_id) {
    // The head's grants are read on a connection of their own, so before the write; the unit's version, checked
    // in it, stops a move in between from leaving a head who cannot see the moved unit.
    std::string path = GetUnit(&who, id).path;
    if (patch.parent_id) {
      try {
        path = GetUnit(&who, *patch.parent_id).path + std::to_string(id) + "/";
      } catch (const ProblemError&) {
        // a parent the caller cannot use is refused by the write below, with the answer a move alone gets
      }
    }
    CheckHead(who, **patch.head_user_id, path);
  }
  Unit after;
  db_.Write([&](soci::session& s) {
    Unit before = VisibleUnit(s, &who, id, Permission::kManageOrganisation);
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.code && *patch.code != before.code) {
      if (store::FindUnitByCode(s, *patch.code)) Fail(409, "conflict.duplicate", "code");
      after.code = *patch.code;
    }
    if (patch.name) after.name = *patch.name;
    if (patch.type) after.type = *patch.type;
    if (patch.region) after.region = *patch.region;
    if (patch.address) after.address = *patch.address;
    if (patch.head_user_id) after.head_user_id = *patch.head_user_id;
    bool moved = false;
    if (patch.parent_id && patch.parent_id != before.parent_id) {
      if (!before.parent_id) Fail(422, "units.move_into_own_subtree", "parent_id");
      auto parent = store::FindUnit(s, *patch.parent_id);
      if (!parent || !who.Can(Permission::kViewOrganisation, parent->path))
        Fail(422, "validation.reference_not_found", "parent_id");
      if (!who.Can(Permission::kManageOrganisation, parent->path)) Fail(403, "auth.forbidden");
      if (parent->archived_at) Fail(409, "conflict.archived", "parent_id");
      if (parent->path.rfind(before.path, 0) == 0) Fail(422, "units.move_into_own_subtree", "parent_id");
      after.parent_id = parent->id;
      after.path = parent->path + std::to_string(before.id) + "/";
      moved = true;
    }
    after.updated_at = NowTimestamp();
    if (!store::UpdateUnit(s, after, version)) FailStale(before.version);
    if (moved) {
      store::MoveSubtree(s, before.path, after.path);
      for (const auto& listener : move_listeners_) listener(s);
    }
    after.version = before.version + 1;
    after.has_children = store::CountActiveChildren(s, id) > 0;
    audit::Append(db_, s, actor,
                  {"unit", std::to_string(id), moved ? "move" : "update", Json(ToJson(before)), Json(ToJson(after)),
                   after.path});
  });
  return after;
}

Unit OrgService::ArchiveUnit(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Unit after;
  db_.Write([&](soci::session& s) {
    Unit before = VisibleUnit(s, &who, id, Permission::kManageOrganisation);
    if (before.archived_at) Fail(409, "conflict.archived");
    if (!before.parent_id) Fail(409, "units.has_active_children");
    if (store::CountActiveChildren(s, id) > 0 || store::CountActiveUsersIn(s, id) > 0)
      Fail(409, "units.has_active_children");
    std::string now = NowTimestamp();
    store::SetUnitArchived(s, id, now);
    after = before;
    after.archived_at = now;
    after.updated_at = now;
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"unit", std::to_string(id), "archive", Json(ToJson(before)), Json(ToJson(after)),
                                  after.path});
  });
  return after;
}

std::vector<ImportedRow> OrgService::ImportUnits(const auth::Principal& who, const std::string& csv,
                                                 const audit::Actor& actor) {
  ImportFile file = ReadImportFile(csv, {"code", "name", "type", "parent_code"}, {"region", "address"});
  const std::vector<int>& columns = file.columns;
  std::vector<ImportedRow> imported;
  db_.Write([&](soci::session& s) {
    std::vector<Problem> errors;
    std::map<std::string, size_t> in_file;  // code -> index of the row that creates it
    std::vector<UnitInput> inputs;
    std::vector<std::string> parent_codes;
    for (const CsvRecord& rec : file.rows) {
      int row = rec.line;
      UnitInput in;
      in.code = ImportCell(rec, columns[0]);
      in.name = ImportCell(rec, columns[1]);
      in.type = ImportCell(rec, columns[2]);
      std::string parent_code = ImportCell(rec, columns[3]);
      in.region = ImportCell(rec, columns[4]);
      in.address = ImportCell(rec, columns[5]);
      size_t before = errors.size();
      for (auto p : {CheckUnitCode(in.code), TextProblem("name", in.name, 200, true), CheckUnitType(in.type),
                     TextProblem("region", in.region, 100, false), TextProblem("address", in.address, 500, false)})
        if (p) errors.push_back(RowProblem(row, *p));
      if (errors.size() == before) {
        if (in_file.count(in.code) || store::FindUnitByCode(s, in.code))
          errors.push_back(RowProblem(row, Problem::Make(409, "conflict.duplicate", "code")));
      }
      if (parent_code.empty()) {
        errors.push_back(RowProblem(row, Problem::Make(422, "validation.missing_field", "parent_code")));
      } else if (!in_file.count(parent_code)) {
        auto parent = store::FindUnitByCode(s, parent_code);
        if (!parent || parent->archived_at || !who.Can(Permission::kViewOrganisation, parent->path))
          errors.push_back(RowProblem(row, Problem::Make(422, "validation.reference_not_found", "parent_code")));
        else if (!who.Can(Permission::kManageOrganisation, parent->path))
          errors.push_back(RowProblem(row, Problem::Make(403, "auth.forbidden", "parent_code")));
      }
      if (errors.size() == before) in_file[in.code] = inputs.size();
      inputs.push_back(in);
      parent_codes.push_back(parent_code);
    }
    if (!errors.empty()) FailRows(std::move(errors));
    std::map<std::string, Unit> created;
    for (size_t i = 0; i < inputs.size(); ++i) {
      Unit unit;
      const UnitInput& in = inputs[i];
      std::optional<Unit> parent;
      if (auto it = created.find(parent_codes[i]); it != created.end()) parent = it->second;
      else parent = store::FindUnitByCode(s, parent_codes[i]);
      unit.parent_id = parent->id;
      unit.code = in.code;
      unit.name = in.name;
      unit.type = in.type;
      unit.region = in.region;
      unit.address = in.address;
      unit.created_at = unit.updated_at = NowTimestamp();
      store::InsertUnit(s, unit, parent->path);
      audit::Append(db_, s, actor, {"unit", std::to_string(unit.id), "import", std::nullopt, Json(ToJson(unit)), unit.path});
      for (const auto& hook : unit_created_) hook(s, unit, actor);
      created[unit.code] = unit;
      imported.push_back({file.rows[i].line, unit.id, unit.code});
    }
  });
  return imported;
}

User OrgService::VisibleUser(soci::session& s, const auth::Principal* who, db::Id id, std::string* unit_path) {
  auto user = store::FindUser(s, id);
  if (!user) FailNotFound("user");
  auto unit = store::FindUnit(s, user->unit_id);
  bool self = who && who->user_id == id;
  if (!self && !Allowed(who, Permission::kViewUsers, unit->path)) FailNotFound("user");
  if (unit_path) *unit_path = unit->path;
  return *user;
}

Unit OrgService::UnitToWriteIn(const auth::Principal& who, db::Id unit_id, auth::Permission permission) {
  Unit unit;
  try {
    unit = GetUnit(&who, unit_id);
  } catch (const ProblemError&) {
    Fail(422, "validation.reference_not_found", "unit_id");
  }
  if (!who.Can(permission, unit.path)) Fail(403, "auth.forbidden");
  if (unit.archived_at) Fail(409, "conflict.archived", "unit_id");
  return unit;
}

void OrgService::CheckHead(const auth::Principal& who, db::Id head_id, const std::string& unit_path) {
  RequireActiveUser(who, head_id, "head_user_id");
  auth::RequireNamed(*this, who, head_id, Permission::kViewImprovement, unit_path, "head_user_id",
                     "units.head_without_access");
}

void OrgService::RequireActiveUser(const auth::Principal& who, db::Id user_id, const std::string& field) {
  std::optional<User> user;
  try {
    user = GetUser(&who, user_id);
  } catch (const ProblemError&) {
    Fail(422, "validation.reference_not_found", field);
  }
  if (user->disabled_at) Fail(422, "validation.reference_not_found", field);
}

std::map<db::Id, User> OrgService::HeadsOf(soci::session& s, const std::vector<db::Id>& unit_ids) {
  std::map<db::Id, User> out;
  for (auto& [unit, head] : store::EnabledHeads(s, unit_ids)) out[unit] = std::move(head);
  return out;
}

User OrgService::GetUser(const auth::Principal* who, db::Id id) {
  User out;
  db_.Read([&](soci::session& s) { out = VisibleUser(s, who, id, nullptr); });
  return out;
}

std::optional<User> OrgService::FindUserByEmail(const std::string& email) {
  auto normalised = NormaliseEmail(email);
  if (!normalised) return std::nullopt;
  std::optional<User> out;
  db_.Read([&](soci::session& s) { out = store::FindUserByEmail(s, *normalised); });
  return out;
}

std::optional<auth::Principal> OrgService::PrincipalOf(db::Id user_id) { return LoadPrincipal(db_, user_id); }

bool OrgService::CanSeeUser(const auth::Principal& viewer, db::Id user_id) {
  try {
    GetUser(&viewer, user_id);
    return true;
  } catch (const ProblemError&) {
    return false;
  }
}

std::vector<User> OrgService::ListUsers(const auth::Principal* who, const UserFilter& f) {
  std::vector<User> out;
  db_.Read([&](soci::session& s) {
    store::UserQuery q;
    if (who) {
      q.scope = who->Scope(Permission::kViewUsers);
    } else if (auto root = store::FindRoot(s)) {
      q.scope = {root->path};
    }
    q.unit_id = f.unit_id;
    if (f.within) q.within_path = VisibleUnit(s, who, *f.within, Permission::kViewOrganisation).path;
    if (f.text) q.text_folded = FoldForSearch(*f.text);
    q.include_disabled = f.include_disabled;
    q.after = f.after;
    q.limit = f.limit;
    out = store::ListUsers(s, q);
  });
  return out;
}

User OrgService::CreateUser(const auth::Principal* who, const UserInput& in, const audit::Actor& actor) {
  auto email = NormaliseEmail(in.email);
  if (!email) Fail(422, "validation.invalid_email", "email");
  Check(TextProblem("full_name", in.full_name, 200, true));
  Check(CheckLanguage(in.language));
  Check(CheckTimeZone(in.time_zone));
  std::optional<std::string> hash;
  if (in.password) {
    if (!auth::PasswordAcceptable(*in.password, *email)) Fail(422, "validation.weak_password", "password");
    hash = auth::HashPassword(*in.password);
  }
  User user;
  db_.Write([&](soci::session& s) {
    auto unit = store::FindUnit(s, in.unit_id);
    if (!unit || !Allowed(who, Permission::kViewOrganisation, unit->path))
      Fail(422, "validation.reference_not_found", "unit_id");
    if (!Allowed(who, Permission::kManageUsers, unit->path)) Fail(403, "auth.forbidden");
    if (unit->archived_at) Fail(409, "conflict.archived", "unit_id");
    if (store::FindUserByEmail(s, *email)) Fail(409, "conflict.duplicate", "email");
    user.unit_id = in.unit_id;
    user.email = *email;
    user.full_name = in.full_name;
    user.language = in.language;
    user.time_zone = in.time_zone;
    user.created_at = user.updated_at = NowTimestamp();
    store::InsertUser(s, user, hash);
    audit::Append(db_, s, actor, {"user", std::to_string(user.id), "create", std::nullopt, Json(ToJson(user)), unit->path});
  });
  return user;
}

User OrgService::ApplyUserPatch(soci::session& s, const auth::Principal* who, User before,
                                std::optional<long long> version, const UserPatch& patch, const audit::Actor& actor) {
  if (version && before.version != *version) FailStale(before.version);
  User after = before;
  if (patch.full_name) {
    Check(TextProblem("full_name", *patch.full_name, 200, true));
    after.full_name = *patch.full_name;
  }
  if (patch.language) {
    Check(CheckLanguage(*patch.language));
    after.language = *patch.language;
  }
  if (patch.time_zone) {
    Check(CheckTimeZone(*patch.time_zone));
    after.time_zone = *patch.time_zone;
  }
  if (patch.unit_id && *patch.unit_id != before.unit_id) {
    auto unit = store::FindUnit(s, *patch.unit_id);
    if (!unit || !Allowed(who, Permission::kViewOrganisation, unit->path))
      Fail(422, "validation.reference_not_found", "unit_id");
    if (!Allowed(who, Permission::kManageUsers, unit->path)) Fail(403, "auth.forbidden");
    if (unit->archived_at) Fail(409, "conflict.archived", "unit_id");
    after.unit_id = unit->id;
  }
  bool end_sessions = false;
  if (patch.disabled) {
    if (*patch.disabled && who && who->user_id == before.id) Fail(422, "users.cannot_disable_self", "disabled");
    if (*patch.disabled && !before.disabled_at) {
      after.disabled_at = NowTimestamp();
      end_sessions = true;
    } else if (!*patch.disabled) {
      after.disabled_at.reset();
    }
  }
  if (patch.password) {
    if (!auth::PasswordAcceptable(*patch.password, before.email)) Fail(422, "validation.weak_password", "password");
    store::SetPasswordHash(s, before.id, auth::HashPassword(*patch.password));
    after.has_password = true;
    end_sessions = true;
  }
  after.updated_at = NowTimestamp();
  if (!store::UpdateUser(s, after, before.version)) FailStale(before.version);
  after.version = before.version + 1;
  if (end_sessions) sessions_.DeleteSessionsOf(s, before.id);
  boost::json::object after_json = ToJson(after);
  if (patch.password) after_json["password_changed"] = true;
  std::string operation = patch.disabled && *patch.disabled && !before.disabled_at ? "disable" : "update";
  auto unit = store::FindUnit(s, after.unit_id);
  audit::Append(db_, s, actor,
                {"user", std::to_string(before.id), operation, Json(ToJson(before)), Json(after_json), unit->path});
  return after;
}

void OrgService::RequireManagerOfEveryGrant(soci::session& s, const auth::Principal* who, db::Id user_id) {
  for (const GrantRecord& grant : store::ListGrants(s, user_id, false)) {
    auto unit = store::FindUnit(s, grant.unit_id);
    if (!unit || !Allowed(who, Permission::kManageUsers, unit->path)) Fail(403, "auth.forbidden");
  }
}

User OrgService::UpdateUser(const auth::Principal* who, db::Id id, std::optional<long long> version,
                            const UserPatch& patch, const audit::Actor& actor) {
  User out;
  db_.Write([&](soci::session& s) {
    std::string path;
    User before = VisibleUser(s, who, id, &path);
    if (!Allowed(who, Permission::kManageUsers, path)) Fail(403, "auth.forbidden");
    // Whoever may change an account (its password above all) may act as its holder: only someone who manages users
    // wherever the holder holds a role may, or a school's administrator could take over a department-wide role.
    RequireManagerOfEveryGrant(s, who, id);
    out = ApplyUserPatch(s, who, before, version, patch, actor);
  });
  return out;
}

User OrgService::UpdateProfile(const auth::Principal& who, long long version, const UserPatch& patch,
                               const audit::Actor& actor) {
  UserPatch allowed;
  allowed.full_name = patch.full_name;
  allowed.language = patch.language;
  allowed.time_zone = patch.time_zone;
  User out;
  db_.Write([&](soci::session& s) {
    auto before = store::FindUser(s, who.user_id);
    if (!before) FailNotFound("user");
    out = ApplyUserPatch(s, &who, *before, version, allowed, actor);
  });
  return out;
}

void OrgService::ChangePassword(const auth::Principal& who, const std::string& current, const std::string& next,
                                const audit::Actor& actor) {
  db_.Write([&](soci::session& s) {
    auto hash = store::PasswordHashOf(s, who.user_id);
    if (!hash || !auth::VerifyPassword(*hash, current)) Fail(422, "auth.wrong_password", "current_password");
    auto before = store::FindUser(s, who.user_id);
    // Checked here too so that the refusal names the field the caller sent.
    if (!auth::PasswordAcceptable(next, before->email)) Fail(422, "validation.weak_password", "new_password");
    UserPatch patch;
    patch.password = next;
    ApplyUserPatch(s, &who, *before, std::nullopt, patch, actor);
  });
}

std::vector<ImportedRow> OrgService::ImportUsers(const auth::Principal& who, const std::string& csv,
                                                 const audit::Actor& actor) {
  ImportFile file = ReadImportFile(csv, {"email", "full_name", "unit_code"}, {"role", "language"});
  const std::vector<int>& columns = file.columns;
  std::vector<ImportedRow> imported;
  db_.Write([&](soci::session& s) {
    std::vector<Problem> errors;
    std::set<std::string> emails;
    struct Row {
      User user;
      std::optional<std::string> role;
      std::string unit_path;
    };
    std::vector<Row> rows;
    for (const CsvRecord& rec : file.rows) {
      int line = rec.line;
      size_t before = errors.size();
      Row row;
      auto email = NormaliseEmail(ImportCell(rec, columns[0]));
      if (!email) {
        errors.push_back(RowProblem(line, Problem::Make(422, "validation.invalid_email", "email")));
      } else if (emails.count(*email) || store::FindUserByEmail(s, *email)) {
        errors.push_back(RowProblem(line, Problem::Make(409, "conflict.duplicate", "email")));
      } else {
        emails.insert(*email);
        row.user.email = *email;
      }
      row.user.full_name = ImportCell(rec, columns[1]);
      if (auto p = TextProblem("full_name", row.user.full_name, 200, true)) errors.push_back(RowProblem(line, *p));
      auto unit = store::FindUnitByCode(s, ImportCell(rec, columns[2]));
      if (!unit || unit->archived_at || !who.Can(Permission::kViewOrganisation, unit->path)) {
        errors.push_back(RowProblem(line, Problem::Make(422, "validation.reference_not_found", "unit_code")));
      } else if (!who.Can(Permission::kManageUsers, unit->path)) {
        errors.push_back(RowProblem(line, Problem::Make(403, "auth.forbidden", "unit_code")));
      } else {
        row.user.unit_id = unit->id;
        row.unit_path = unit->path;
      }
      std::string role = ImportCell(rec, columns[3]);
      if (!role.empty()) {
        if (!auth::ParseRole(role) || role == "external_auditor")
          errors.push_back(RowProblem(line, Problem::Make(422, "validation.invalid_value", "role")));
        else
          row.role = role;
      }
      std::string language = ImportCell(rec, columns[4]);
      row.user.language = language.empty() ? "vi" : language;
      if (auto p = CheckLanguage(row.user.language)) errors.push_back(RowProblem(line, *p));
      if (errors.size() == before) rows.push_back(row);
    }
    if (!errors.empty()) FailRows(std::move(errors));
    for (size_t i = 0; i < rows.size(); ++i) {
      User& user = rows[i].user;
      user.created_at = user.updated_at = NowTimestamp();
      store::InsertUser(s, user, std::nullopt);
      audit::Append(db_, s, actor, {"user", std::to_string(user.id), "import", std::nullopt, Json(ToJson(user)),
                                    rows[i].unit_path});
      if (rows[i].role) {
        GrantRecord g;
        g.user_id = user.id;
        g.role = *rows[i].role;
        g.unit_id = user.unit_id;
        g.created_at = user.created_at;
        store::InsertGrant(s, g);
        audit::Append(db_, s, actor, {"role_grant", std::to_string(g.id), "create", std::nullopt, Json(ToJson(g)),
                                      rows[i].unit_path});
      }
      imported.push_back({file.rows[i].line, user.id, user.email});
    }
  });
  return imported;
}

std::vector<GrantRecord> OrgService::ListGrants(const auth::Principal& who, db::Id user_id, bool include_revoked) {
  std::vector<GrantRecord> out;
  db_.Read([&](soci::session& s) {
    VisibleUser(s, &who, user_id, nullptr);
    // Only the grants on units the caller may see people of: the others would tell of units beyond their reach.
    for (GrantRecord& grant : store::ListGrants(s, user_id, include_revoked)) {
      auto unit = store::FindUnit(s, grant.unit_id);
      if (unit && (who.user_id == user_id || who.Can(Permission::kViewUsers, unit->path)))
        out.push_back(std::move(grant));
    }
  });
  return out;
}

GrantRecord OrgService::AddGrant(const auth::Principal* who, db::Id user_id, const std::string& role, db::Id unit_id,
                                 const std::optional<std::string>& valid_until, const audit::Actor& actor) {
  auto parsed_role = auth::ParseRole(role);
  if (!parsed_role) Fail(422, "validation.invalid_value", "role");
  if (*parsed_role == auth::Role::kExternalAuditor && !valid_until) Fail(422, "grants.end_date_required", "valid_until");
  if (valid_until && *valid_until < FormatDate(TodayInVietnam())) Fail(422, "validation.invalid_value", "valid_until");
  GrantRecord grant;
  db_.Write([&](soci::session& s) {
    std::string user_path;
    VisibleUser(s, who, user_id, &user_path);
    if (!Allowed(who, Permission::kManageUsers, user_path)) Fail(403, "auth.forbidden");
    auto unit = store::FindUnit(s, unit_id);
    if (!unit || !Allowed(who, Permission::kViewOrganisation, unit->path))
      Fail(422, "validation.reference_not_found", "unit_id");
    if (!Allowed(who, Permission::kManageUsers, unit->path)) Fail(403, "auth.forbidden");
    if (unit->archived_at) Fail(409, "conflict.archived", "unit_id");
    grant.user_id = user_id;
    grant.role = role;
    grant.unit_id = unit_id;
    grant.valid_until = valid_until;
    grant.created_at = NowTimestamp();
    store::InsertGrant(s, grant);
    audit::Append(db_, s, actor, {"role_grant", std::to_string(grant.id), "create", std::nullopt, Json(ToJson(grant)),
                                  unit->path});
  });
  return grant;
}

GrantRecord OrgService::RevokeGrant(const auth::Principal& who, db::Id user_id, db::Id grant_id,
                                    const audit::Actor& actor) {
  GrantRecord after;
  db_.Write([&](soci::session& s) {
    std::string user_path;
    VisibleUser(s, &who, user_id, &user_path);
    auto grant = store::FindGrant(s, grant_id);
    if (!grant || grant->user_id != user_id) FailNotFound("role_grant");
    auto unit = store::FindUnit(s, grant->unit_id);
    if (!who.Can(Permission::kManageUsers, user_path) || !who.Can(Permission::kManageUsers, unit->path))
      Fail(403, "auth.forbidden");
    if (grant->revoked_at) Fail(409, "conflict.archived");
    after = *grant;
    after.revoked_at = NowTimestamp();
    store::SetGrantRevoked(s, grant_id, *after.revoked_at);
    audit::Append(db_, s, actor,
                  {"role_grant", std::to_string(grant_id), "revoke", Json(ToJson(*grant)), Json(ToJson(after)), unit->path});
  });
  return after;
}

}  // namespace eduims::org
