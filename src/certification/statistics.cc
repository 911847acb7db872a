#include "certification/statistics.h"

#include <algorithm>
#include <map>
#include <set>

namespace eduims::certification {
namespace {

namespace json = boost::json;

// [{key_name: key, "certificates": n}] from the distinct certificates behind each key.
json::array Counts(const std::map<std::string, std::set<db::Id>>& by_key, const char* key_name) {
  json::array out;
  for (const auto& [key, certificates] : by_key)
    out.push_back({{key_name, key}, {"certificates", static_cast<long long>(certificates.size())}});
  return out;
}

}  // namespace

const std::vector<std::string>& IntegratedStandards() {
  static const std::vector<std::string> codes = {"iso-21001", "iso-9001"};
  return codes;
}

json::object RegisterStatistics(const std::vector<CertifiedStandard>& rows) {
  std::set<db::Id> certificates;
  std::map<std::string, std::set<db::Id>> by_standard, by_type, by_region;
  std::map<db::Id, std::set<std::string>> held;  // holder -> codes
  for (const CertifiedStandard& r : rows) {
    certificates.insert(r.certificate_id);
    by_standard[r.code].insert(r.certificate_id);
    by_type[r.organisation_type].insert(r.certificate_id);
    by_region[r.region].insert(r.certificate_id);
    held[r.unit_id].insert(r.code);
  }
  long long integrated = std::count_if(held.begin(), held.end(), [](const auto& holder) {
    const auto& codes = IntegratedStandards();
    return std::all_of(codes.begin(), codes.end(), [&](const std::string& c) { return holder.second.count(c) > 0; });
  });
  return {{"valid_certificates", static_cast<long long>(certificates.size())},
          {"holders", static_cast<long long>(held.size())},
          {"by_standard", Counts(by_standard, "code")},
          {"by_organisation_type", Counts(by_type, "organisation_type")},
          {"by_region", Counts(by_region, "region")},
          {"integrated_standards", json::array(IntegratedStandards().begin(), IntegratedStandards().end())},
          {"holders_of_integrated_system", integrated}};
}

}  // namespace eduims::certification
