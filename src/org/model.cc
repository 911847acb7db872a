#include "org/model.h"

#include <unicode/timezone.h>

#include <memory>

namespace eduims::org {

const std::vector<std::string>& UnitTypes() {
  static const std::vector<std::string> types = {
      "department_of_education", "university",          "college",
      "upper_secondary",         "lower_secondary",     "primary",
      "kindergarten",            "continuing_education_centre", "vocational_centre",
      "corporate_training_unit", "department",          "other"};
  return types;
}

std::vector<db::Id> UnitIdsOnPath(const std::string& path) {
  std::vector<db::Id> out;
  db::Id id = 0;
  bool digits = false;
  for (char c : path) {
    if (c >= '0' && c <= '9') {
      id = id * 10 + (c - '0');
      digits = true;
    } else {
      if (digits) out.push_back(id);
      id = 0;
      digits = false;
    }
  }
  if (digits) out.push_back(id);
  return out;
}

int DepthOf(const std::string& path) {
  int slashes = 0;
  for (char c : path) slashes += c == '/';
  return slashes - 2;
}

std::optional<std::string> NormaliseEmail(const std::string& email) {
  std::string e;
  size_t b = email.find_first_not_of(" \t"), end = email.find_last_not_of(" \t");
  if (b == std::string::npos) return std::nullopt;
  e = email.substr(b, end - b + 1);
  for (char& c : e) c = char(std::tolower(static_cast<unsigned char>(c)));
  size_t at = e.find('@');
  if (e.size() > 254 || at == std::string::npos || at == 0 || e.find('@', at + 1) != std::string::npos)
    return std::nullopt;
  std::string domain = e.substr(at + 1);
  if (domain.find('.') == std::string::npos || domain.front() == '.' || domain.back() == '.') return std::nullopt;
  for (unsigned char c : e)
    if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == ',' || c == ';' || c == '\\' || c >= 0x80)
      return std::nullopt;
  return e;
}

bool ValidTimeZone(const std::string& zone) {
  if (zone.empty() || zone.size() > 64) return false;
  for (unsigned char c : zone)
    if (!std::isalnum(c) && c != '/' && c != '_' && c != '-' && c != '+') return false;
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone)));
  icu::UnicodeString id;
  tz->getID(id);
  return id != icu::UnicodeString("Etc/Unknown");
}

namespace {
boost::json::value Nullable(const std::optional<std::string>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}
}  // namespace

boost::json::object ToJson(const Unit& u) {
  return {{"id", u.id},
          {"parent_id", u.parent_id ? boost::json::value(*u.parent_id) : boost::json::value(nullptr)},
          {"code", u.code},
          {"name", u.name},
          {"type", u.type},
          {"region", u.region},
          {"address", u.address},
          {"head_user_id", u.head_user_id ? boost::json::value(*u.head_user_id) : boost::json::value(nullptr)},
          {"depth", DepthOf(u.path)},
          {"has_children", u.has_children},
          {"path", u.path},
          {"version", u.version},
          {"created_at", u.created_at},
          {"updated_at", u.updated_at},
          {"archived_at", Nullable(u.archived_at)}};
}

boost::json::object ToJson(const User& u) {
  return {{"id", u.id},
          {"unit_id", u.unit_id},
          {"email", u.email},
          {"full_name", u.full_name},
          {"language", u.language},
          {"time_zone", u.time_zone},
          {"has_password", u.has_password},
          {"version", u.version},
          {"created_at", u.created_at},
          {"updated_at", u.updated_at},
          {"disabled_at", Nullable(u.disabled_at)}};
}

boost::json::object ToJson(const GrantRecord& g) {
  return {{"id", g.id},
          {"user_id", g.user_id},
          {"role", g.role},
          {"unit_id", g.unit_id},
          {"valid_until", Nullable(g.valid_until)},
          {"created_at", g.created_at},
          {"revoked_at", Nullable(g.revoked_at)}};
}

}  // namespace eduims::org
