// The organisation: a tree of units (the Department of Education and Training, its affiliated schools and centres,
// their departments) and the users who belong to them.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/auth/roles.h"
#include "platform/db/database.h"

namespace eduims::org {

const std::vector<std::string>& UnitTypes();

struct Unit {
  db::Id id = 0;
  std::optional<db::Id> parent_id;
  std::string path;  // "/1/7/42/"
  std::string code;
  std::string name;
  std::string type;
  std::string region;
  std::string address;
  // the unit's head (principal, director), to whom overdue nonconformities of the unit are escalated
  std::optional<db::Id> head_user_id;
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  std::optional<std::string> archived_at;
  bool has_children = false;  // has unarchived sub-units (derived)
};

struct User {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string email;
  std::string full_name;
  std::string language = "vi";
  std::string time_zone = "Asia/Ho_Chi_Minh";
  long long version = 1;
  std::string created_at;
  std::string updated_at;
  std::optional<std::string> disabled_at;
  bool has_password = false;
};

struct GrantRecord {
  db::Id id = 0;
  db::Id user_id = 0;
  std::string role;
  db::Id unit_id = 0;
  std::optional<std::string> valid_until;
  std::string created_at;
  std::optional<std::string> revoked_at;
};

// Depth of a unit from its path: the root is 0.
int DepthOf(const std::string& path);
// The ids on a unit's path, from the root down to the unit itself: "/1/7/42/" -> 1, 7, 42.
std::vector<db::Id> UnitIdsOnPath(const std::string& path);
// Lower-cased, trimmed; true if it looks like an address (one "@", a dot in the domain, no spaces), max 254.
std::optional<std::string> NormaliseEmail(const std::string& email);
// IANA-style zone name ("Asia/Ho_Chi_Minh", "UTC"): letters, digits, '/', '_', '-', '+'; checked against ICU.
bool ValidTimeZone(const std::string& zone);

boost::json::object ToJson(const Unit& unit);
boost::json::object ToJson(const User& user);
boost::json::object ToJson(const GrantRecord& grant);

}  // namespace eduims::org
