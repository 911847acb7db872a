#include "org/store.h"

#include "platform/crypto.h"
#include "platform/db/query.h"
#include "platform/nullable_column.h"
#include "platform/i18n/fold.h"

namespace eduims::org::store {
namespace {

const char* kUnitColumns =
    "u.id, u.parent_id, u.path, u.code, u.name, u.type, u.region, u.address, u.head_user_id, u.version, u.created_at, "
    "u.updated_at, "
    "u.archived_at, CASE WHEN EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id AND c.archived_at IS NULL) "
    "THEN 1 ELSE 0 END";

struct UnitReader {
  Unit u;
  db::Id parent = 0;
  std::string archived;
  int has_children = 0;
  db::Nullable<db::Id> head;
  soci::indicator parent_ind = soci::i_null, archived_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(u.id));
    st.exchange(soci::into(parent, parent_ind));
    st.exchange(soci::into(u.path));
    st.exchange(soci::into(u.code));
    st.exchange(soci::into(u.name));
    st.exchange(soci::into(u.type));
    st.exchange(soci::into(u.region));
    st.exchange(soci::into(u.address));
    st.exchange(soci::into(head.value, head.ind));
    st.exchange(soci::into(u.version));
    st.exchange(soci::into(u.created_at));
    st.exchange(soci::into(u.updated_at));
    st.exchange(soci::into(archived, archived_ind));
    st.exchange(soci::into(has_children));
  }
  Unit Take() const {
    Unit out = u;
    out.has_children = has_children != 0;
    out.head_user_id = head.Get();
    out.parent_id = parent_ind == soci::i_ok ? std::optional<db::Id>(parent) : std::nullopt;
    out.archived_at = archived_ind == soci::i_ok ? std::optional<std::string>(archived) : std::nullopt;
    return out;
  }
};

const char* kUserColumns =
    "p.id, p.unit_id, p.email, p.full_name, p.language, p.time_zone, p.version, p.created_at, p.updated_at, "
    "p.disabled_at, CASE WHEN p.password_hash IS NULL THEN 0 ELSE 1 END";

struct UserReader {
  User u;
  std::string disabled;
  int has_password = 0;
  soci::indicator disabled_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(u.id));
    st.exchange(soci::into(u.unit_id));
    st.exchange(soci::into(u.email));
    st.exchange(soci::into(u.full_name));
    st.exchange(soci::into(u.language));
    st.exchange(soci::into(u.time_zone));
    st.exchange(soci::into(u.version));
    st.exchange(soci::into(u.created_at));
    st.exchange(soci::into(u.updated_at));
    st.exchange(soci::into(disabled, disabled_ind));
    st.exchange(soci::into(has_password));
  }
  User Take() const {
    User out = u;
    out.disabled_at = disabled_ind == soci::i_ok ? std::optional<std::string>(disabled) : std::nullopt;
    out.has_password = has_password != 0;
    return out;
  }
};

std::optional<Unit> OneUnit(soci::session& s, const std::string& where, db::Binds& binds) {
  auto units = db::FetchAll<UnitReader>(s, std::string("SELECT ") + kUnitColumns + " FROM units u WHERE " + where, binds);
  if (units.empty()) return std::nullopt;
  return units.front();
}

std::optional<User> OneUser(soci::session& s, const std::string& where, db::Binds& binds) {
  auto users = db::FetchAll<UserReader>(s, std::string("SELECT ") + kUserColumns + " FROM users p WHERE " + where, binds);
  if (users.empty()) return std::nullopt;
  return users.front();
}

}  // namespace

std::optional<Unit> FindUnit(soci::session& s, db::Id id) {
  db::Binds b;
  std::string where = "u.id = " + b.Id("id", id);
  return OneUnit(s, where, b);
}

std::optional<Unit> FindUnitByCode(soci::session& s, const std::string& code) {
  db::Binds b;
  std::string where = "u.code = " + b.Text("code", code);
  return OneUnit(s, where, b);
}

std::optional<Unit> FindRoot(soci::session& s) {
  db::Binds b;
  return OneUnit(s, "u.parent_id IS NULL ORDER BY u.id LIMIT 1", b);
}

std::vector<Unit> ListUnits(soci::session& s, const UnitQuery& q) {
  db::Binds b;
  std::string where = db::SubtreeClause(db::ScopeWithin(q.scope, q.within_path), "u.path", b);
  if (q.parent_id) where += " AND u.parent_id = " + b.Id("parent_id", *q.parent_id);
  if (q.text_folded) where += " AND " + db::ContainsWords({"u.name_folded", "lower(u.code)"}, *q.text_folded, b);
  if (q.type) where += " AND u.type = " + b.Text("type", *q.type);
  if (!q.include_archived) where += " AND u.archived_at IS NULL";
  if (q.after) where += " AND u.id > " + b.Id("after", *q.after);
  return db::FetchAll<UnitReader>(
      s, std::string("SELECT ") + kUnitColumns + " FROM units u WHERE " + where + " ORDER BY u.id LIMIT " +
             std::to_string(q.limit),
      b);
}

void InsertUnit(soci::session& s, Unit& u, const std::optional<std::string>& parent_path) {
  // The path holds the unit's own id, known only after the insert: insert under a unique placeholder, then set it.
  std::string placeholder = "#" + RandomToken(12);
  std::string folded = FoldForSearch(u.name);
  soci::indicator parent_ind = u.parent_id ? soci::i_ok : soci::i_null;
  db::Id parent = u.parent_id.value_or(0);
  db::Nullable<db::Id> head(u.head_user_id);
  s << "INSERT INTO units (parent_id, path, code, name, name_folded, type, region, address, head_user_id, version, "
       "created_at, updated_at) VALUES (:parent, :path, :code, :name, :folded, :type, :region, :address, :head, 1, "
       ":created, :updated) RETURNING id",
      soci::use(parent, parent_ind), soci::use(placeholder), soci::use(u.code), soci::use(u.name), soci::use(folded),
      soci::use(u.type), soci::use(u.region), soci::use(u.address), soci::use(head.value, head.ind),
      soci::use(u.created_at), soci::use(u.updated_at), soci::into(u.id);
  u.path = parent_path.value_or("/") + std::to_string(u.id) + "/";
  u.version = 1;
  s << "UPDATE units SET path = :path WHERE id = :id", soci::use(u.path), soci::use(u.id);
}

bool UpdateUnit(soci::session& s, const Unit& u, long long expected_version) {
  std::string folded = FoldForSearch(u.name);
  soci::indicator parent_ind = u.parent_id ? soci::i_ok : soci::i_null;
  db::Id parent = u.parent_id.value_or(0);
  db::Nullable<db::Id> head(u.head_user_id);
  soci::statement st =
      (s.prepare << "UPDATE units SET parent_id = :parent, path = :path, code = :code, name = :name, "
                    "name_folded = :folded, type = :type, region = :region, address = :address, "
                    "head_user_id = :head, version = version + 1, updated_at = :updated "
                    "WHERE id = :id AND version = :expected",
       soci::use(parent, parent_ind), soci::use(u.path), soci::use(u.code), soci::use(u.name), soci::use(folded),
       soci::use(u.type), soci::use(u.region), soci::use(u.address), soci::use(head.value, head.ind),
       soci::use(u.updated_at), soci::use(u.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void MoveSubtree(soci::session& s, const std::string& old_path, const std::string& new_path) {
  auto [low, high] = db::SubtreeRange(old_path);
  int old_length = int(old_path.size());
  s << "UPDATE units SET path = :new_path || substr(path, :start) WHERE path > :low AND path < :high",
      soci::use(new_path), soci::use(old_length + 1), soci::use(low), soci::use(high);
}

int CountActiveChildren(soci::session& s, db::Id unit_id) {
  int n = 0;
  s << "SELECT COUNT(*) FROM units WHERE parent_id = :id AND archived_at IS NULL", soci::use(unit_id), soci::into(n);
  return n;
}

int CountActiveUsersIn(soci::session& s, db::Id unit_id) {
  int n = 0;
  s << "SELECT COUNT(*) FROM users WHERE unit_id = :id AND disabled_at IS NULL", soci::use(unit_id), soci::into(n);
  return n;
}

void SetUnitArchived(soci::session& s, db::Id unit_id, const std::string& at) {
  s << "UPDATE units SET archived_at = :at, updated_at = :at2, version = version + 1 WHERE id = :id", soci::use(at),
      soci::use(at), soci::use(unit_id);
}

std::optional<User> FindUser(soci::session& s, db::Id id) {
  db::Binds b;
  std::string where = "p.id = " + b.Id("id", id);
  return OneUser(s, where, b);
}

std::vector<std::pair<db::Id, User>> EnabledHeads(soci::session& s, const std::vector<db::Id>& unit_ids) {
  if (unit_ids.empty()) return {};
  db::Binds b;
  return db::FetchAll<db::KeyedReader<UserReader>>(
      s,
      std::string("SELECT u.id, ") + kUserColumns + " FROM units u JOIN users p ON p.id = u.head_user_id WHERE u.id IN " +
          db::IdList(unit_ids, "u", b) + " AND p.disabled_at IS NULL",
      b);
}

std::vector<Unit> FindUnits(soci::session& s, const std::vector<db::Id>& ids) {
  db::Binds b;
  return db::FetchAll<UnitReader>(s, std::string("SELECT ") + kUnitColumns + " FROM units u WHERE u.id IN " +
                                         db::IdList(ids, "id", b) + " ORDER BY u.id", b);
}

std::vector<User> FindUsers(soci::session& s, const std::vector<db::Id>& ids) {
  db::Binds b;
  return db::FetchAll<UserReader>(s, std::string("SELECT ") + kUserColumns + " FROM users p WHERE p.id IN " +
                                         db::IdList(ids, "id", b) + " ORDER BY p.id", b);
}

std::vector<std::pair<db::Id, std::string>> GrantPathsOf(soci::session& s, const std::vector<db::Id>& user_ids) {
  db::Binds b;
  return db::FetchAll<db::IdTextReader>(s, "SELECT g.user_id, gu.path FROM role_grants g JOIN units gu ON gu.id = "
                                       "g.unit_id WHERE g.user_id IN " + db::IdList(user_ids, "user", b), b);
}

std::optional<User> FindUserByEmail(soci::session& s, const std::string& email) {
  db::Binds b;
  std::string where = "p.email = " + b.Text("email", email);
  return OneUser(s, where, b);
}

std::vector<User> ListUsers(soci::session& s, const UserQuery& q) {
  db::Binds b;
  std::string where;
  if (q.holding) {
    where = "EXISTS (SELECT 1 FROM role_grants g JOIN units gu ON gu.id = g.unit_id WHERE g.user_id = p.id AND "
            "g.revoked_at IS NULL AND gu.archived_at IS NULL AND (g.valid_until IS NULL OR g.valid_until >= " +
            b.Text("today", q.holding->today) + ") AND g.unit_id IN " + db::IdList(q.holding->unit_ids, "on", b) +
            " AND g.role IN (";
    for (size_t i = 0; i < q.holding->roles.size(); ++i)
      where += (i ? ", " : "") + b.Text("role" + std::to_string(i), q.holding->roles[i]);
    where += q.holding->roles.empty() ? "NULL))" : "))";
    if (q.within_path) where += " AND " + db::SubtreeClause({*q.within_path}, "u.path", b);
  } else {
    where = db::SubtreeClause(db::ScopeWithin(q.scope, q.within_path), "u.path", b);
  }
  if (q.unit_id) where += " AND p.unit_id = " + b.Id("unit_id", *q.unit_id);
  if (q.text_folded) where += " AND " + db::ContainsWords({"p.name_folded", "p.email"}, *q.text_folded, b);
  if (!q.include_disabled) where += " AND p.disabled_at IS NULL";
  if (q.after) where += " AND p.id > " + b.Id("after", *q.after);
  return db::FetchAll<UserReader>(s,
                              std::string("SELECT ") + kUserColumns +
                                  " FROM users p JOIN units u ON u.id = p.unit_id WHERE " + where +
                                  " ORDER BY p.id LIMIT " + std::to_string(q.limit),
                              b);
}

void InsertUser(soci::session& s, User& u, const std::optional<std::string>& password_hash) {
  std::string folded = FoldForSearch(u.full_name);
  std::string hash = password_hash.value_or("");
  soci::indicator hash_ind = password_hash ? soci::i_ok : soci::i_null;
  s << "INSERT INTO users (unit_id, email, full_name, name_folded, password_hash, language, time_zone, version, "
       "created_at, updated_at) VALUES (:unit, :email, :name, :folded, :hash, :language, :zone, 1, :created, "
       ":updated) RETURNING id",
      soci::use(u.unit_id), soci::use(u.email), soci::use(u.full_name), soci::use(folded), soci::use(hash, hash_ind),
      soci::use(u.language), soci::use(u.time_zone), soci::use(u.created_at), soci::use(u.updated_at),
      soci::into(u.id);
  u.version = 1;
  u.has_password = password_hash.has_value();
}

bool UpdateUser(soci::session& s, const User& u, long long expected_version) {
  std::string folded = FoldForSearch(u.full_name);
  std::string disabled = u.disabled_at.value_or("");
  soci::indicator disabled_ind = u.disabled_at ? soci::i_ok : soci::i_null;
  soci::statement st =
      (s.prepare << "UPDATE users SET unit_id = :unit, full_name = :name, name_folded = :folded, language = :language, "
                    "time_zone = :zone, disabled_at = :disabled, version = version + 1, updated_at = :updated "
                    "WHERE id = :id AND version = :expected",
       soci::use(u.unit_id), soci::use(u.full_name), soci::use(folded), soci::use(u.language), soci::use(u.time_zone),
       soci::use(disabled, disabled_ind), soci::use(u.updated_at), soci::use(u.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<std::string> PasswordHashOf(soci::session& s, db::Id user_id) {
  std::string hash;
  soci::indicator ind = soci::i_null;
  s << "SELECT password_hash FROM users WHERE id = :id", soci::use(user_id), soci::into(hash, ind);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  return hash;
}

void SetPasswordHash(soci::session& s, db::Id user_id, const std::string& hash) {
  s << "UPDATE users SET password_hash = :h WHERE id = :id", soci::use(hash), soci::use(user_id);
}

namespace {

struct GrantReader {
  GrantRecord g;
  std::string until, revoked;
  soci::indicator until_ind = soci::i_null, revoked_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(g.id));
    st.exchange(soci::into(g.user_id));
    st.exchange(soci::into(g.role));
    st.exchange(soci::into(g.unit_id));
    st.exchange(soci::into(until, until_ind));
    st.exchange(soci::into(g.created_at));
    st.exchange(soci::into(revoked, revoked_ind));
  }
  GrantRecord Take() const {
    GrantRecord out = g;
    out.valid_until = until_ind == soci::i_ok ? std::optional<std::string>(until) : std::nullopt;
    out.revoked_at = revoked_ind == soci::i_ok ? std::optional<std::string>(revoked) : std::nullopt;
    return out;
  }
};

const char* kGrantSelect = "SELECT id, user_id, role, unit_id, valid_until, created_at, revoked_at FROM role_grants ";

}  // namespace

std::vector<GrantRecord> ListGrants(soci::session& s, db::Id user_id, bool include_revoked) {
  db::Binds b;
  std::string where = "WHERE user_id = " + b.Id("user_id", user_id);
  if (!include_revoked) where += " AND revoked_at IS NULL";
  return db::FetchAll<GrantReader>(s, kGrantSelect + where + " ORDER BY id", b);
}

std::optional<GrantRecord> FindGrant(soci::session& s, db::Id grant_id) {
  db::Binds b;
  std::string where = "WHERE id = " + b.Id("id", grant_id);
  auto grants = db::FetchAll<GrantReader>(s, kGrantSelect + where, b);
  if (grants.empty()) return std::nullopt;
  return grants.front();
}

void InsertGrant(soci::session& s, GrantRecord& g) {
  std::string until = g.valid_until.value_or("");
  soci::indicator until_ind = g.valid_until ? soci::i_ok : soci::i_null;
  s << "INSERT INTO role_grants (user_id, role, unit_id, valid_until, created_at) VALUES (:u, :r, :unit, :until, "
       ":created) RETURNING id",
      soci::use(g.user_id), soci::use(g.role), soci::use(g.unit_id), soci::use(until, until_ind),
      soci::use(g.created_at), soci::into(g.id);
}

void SetGrantRevoked(soci::session& s, db::Id grant_id, const std::string& at) {
  s << "UPDATE role_grants SET revoked_at = :at WHERE id = :id", soci::use(at), soci::use(grant_id);
}

namespace {

// One row per live grant of the user (or one row with no grant): the user's own columns repeat on each.
struct PrincipalRowReader {
  auth::Principal p;
  std::string language, role, until, grant_path;
  db::Id grant_id = 0, grant_unit = 0;
  soci::indicator grant_ind = soci::i_null, role_ind = soci::i_null, unit_ind = soci::i_null,
                  until_ind = soci::i_null, path_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(p.user_id));
    st.exchange(soci::into(p.email));
    st.exchange(soci::into(p.full_name));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.unit_path));
    st.exchange(soci::into(language));
    st.exchange(soci::into(p.time_zone));
    st.exchange(soci::into(p.version));
    st.exchange(soci::into(grant_id, grant_ind));
    st.exchange(soci::into(role, role_ind));
    st.exchange(soci::into(grant_unit, unit_ind));
    st.exchange(soci::into(until, until_ind));
    st.exchange(soci::into(grant_path, path_ind));
  }
  std::pair<auth::Principal, std::optional<auth::Grant>> Take() const {
    auth::Principal user = p;
    user.language = ParseLanguageCode(language).value_or(Language::kVietnamese);
    auto parsed = role_ind == soci::i_ok ? auth::ParseRole(role) : std::nullopt;
    if (grant_ind != soci::i_ok || path_ind != soci::i_ok || unit_ind != soci::i_ok || !parsed)
      return {std::move(user), std::nullopt};
    return {std::move(user), auth::Grant{grant_id, *parsed, grant_unit, grant_path,
                                         until_ind == soci::i_ok ? std::optional<std::string>(until) : std::nullopt}};
  }
};

}  // namespace

std::optional<auth::Principal> EnabledPrincipal(soci::session& s, db::Id user_id) {
  db::Binds binds;
  std::string sql =
      "SELECT p.id, p.email, p.full_name, p.unit_id, pu.path, p.language, p.time_zone, p.version, g.id, g.role, "
      "g.unit_id, g.valid_until, gu.path FROM users p JOIN units pu ON pu.id = p.unit_id "
      "LEFT JOIN role_grants g ON g.user_id = p.id AND g.revoked_at IS NULL "
      "LEFT JOIN units gu ON gu.id = g.unit_id AND gu.archived_at IS NULL "
      "WHERE p.id = " + binds.Id("id", user_id) + " AND p.disabled_at IS NULL ORDER BY g.id";
  auto rows = db::FetchAll<PrincipalRowReader>(s, sql, binds);
  if (rows.empty()) return std::nullopt;
  std::optional<auth::Principal> out = std::move(rows.front().first);
  for (auto& [user, grant] : rows)
    if (grant) out->grants.push_back(std::move(*grant));
  return out;
}

std::string ReachedUsersSql(const std::string& targets_table, const std::string& targets_condition,
                            const std::string& user_condition, const std::string& today_sql,
                            const std::vector<auth::Role>& roles) {
  std::string role_list;
  for (auth::Role role : roles)
    role_list += std::string(role_list.empty() ? "'" : ", '") + std::string(auth::RoleName(role)) + "'";
  if (role_list.empty()) return "SELECT p.id AS user_id, p.unit_id AS unit_id FROM users p WHERE 1 = 0";
  return "SELECT p.id AS user_id, p.unit_id AS unit_id FROM users p JOIN units pu ON pu.id = p.unit_id "
         "WHERE p.disabled_at IS NULL AND (" +
         user_condition + ") AND EXISTS (SELECT 1 FROM " + targets_table +
         " t JOIN units tu ON tu.id = t.unit_id WHERE (" + targets_condition +
         ") AND substr(pu.path, 1, length(tu.path)) = tu.path AND EXISTS (SELECT 1 FROM role_grants g JOIN units gu "
         "ON gu.id = g.unit_id WHERE g.user_id = p.id AND g.revoked_at IS NULL AND (g.valid_until IS NULL OR "
         "g.valid_until >= " +
         today_sql + ") AND g.role IN (" + role_list +
         ") AND (t.role = '' OR g.role = t.role) AND (substr(tu.path, 1, length(gu.path)) = gu.path OR "
         "substr(gu.path, 1, length(tu.path)) = tu.path)))";
}

}  // namespace eduims::org::store
