#include "documents/distribution.h"

#include <algorithm>

#include "platform/auth/roles.h"

namespace eduims::documents {

std::optional<std::string> TargetsProblem(const std::vector<DistributionTarget>& targets) {
  for (size_t i = 0; i < targets.size(); ++i) {
    if (!targets[i].role.empty() && !auth::ParseRole(targets[i].role)) return "validation.invalid_value";
    for (size_t j = 0; j < i; ++j)
      if (targets[i] == targets[j]) return "validation.invalid_value";
  }
  return std::nullopt;
}

int PercentOf(long long part, long long whole) { return whole <= 0 ? 0 : int(part * 100 / whole); }

boost::json::object ReadershipJson(std::optional<db::Id> revision_id, const std::vector<DistributionTarget>& targets,
                                   const std::vector<UnitReadership>& units) {
  boost::json::array target_items;
  for (const auto& t : targets)
    target_items.push_back({{"unit_id", t.unit_id}, {"role", t.role.empty() ? boost::json::value(nullptr)
                                                                             : boost::json::value(t.role)}});
  long long addressees = 0, acknowledged = 0;
  boost::json::array unit_items;
  for (const auto& u : units) {
    addressees += u.addressees;
    acknowledged += u.acknowledged;
    unit_items.push_back({{"unit_id", u.unit_id},
                          {"unit_name", u.unit_name},
                          {"addressees", u.addressees},
                          {"acknowledged", u.acknowledged},
                          {"percent", PercentOf(u.acknowledged, u.addressees)}});
  }
  return {{"revision_id", revision_id ? boost::json::value(*revision_id) : boost::json::value(nullptr)},
          {"targets", std::move(target_items)},
          {"addressees", addressees},
          {"acknowledged", acknowledged},
          {"percent", PercentOf(acknowledged, addressees)},
          {"units", std::move(unit_items)}};
}

}  // namespace eduims::documents
