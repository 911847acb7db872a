#include "certification/statistics.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "certification/model.h"

namespace eduims::certification {
namespace {

namespace json = boost::json;

// The certificates and the holders that fall in one bucket.
struct Bucket {
  std::set<db::Id> certificates, holders;
  void Add(const CertifiedStandard& r) {
    certificates.insert(r.certificate_id);
    holders.insert(r.unit_id);
  }
  void CountInto(json::object& out) const {
    out["certificates"] = static_cast<long long>(certificates.size());
    out["holders"] = static_cast<long long>(holders.size());
  }
};

// [{key_name: key, "certificates": n, "holders": m}].
json::array Counts(const std::map<std::string, Bucket>& by_key, const char* key_name) {
  json::array out;
  for (const auto& [key, bucket] : by_key) {
    json::object item{{key_name, key}};
    bucket.CountInto(item);
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

const std::vector<std::string>& IntegratedStandards() {
  static const std::vector<std::string> codes = {"iso-21001", "iso-9001"};
  return codes;
}

json::object RegisterStatistics(const std::vector<CertifiedStandard>& rows) {
  Bucket all;
  std::map<std::string, Bucket> by_standard, by_type, by_region;
  std::map<std::pair<std::string, std::string>, Bucket> by_edition;
  std::map<db::Id, std::set<std::string>> held;  // holder -> codes
  for (const CertifiedStandard& r : rows) {
    all.Add(r);
    by_standard[r.code].Add(r);
    by_edition[{r.code, r.edition}].Add(r);
    by_type[r.organisation_type].Add(r);
    by_region[r.region].Add(r);
    held[r.unit_id].insert(r.code);
  }
  json::array editions;
  for (const auto& [key, bucket] : by_edition) {
    json::object item{{"code", key.first}, {"edition", key.second}, {"label", StandardLabel(key.first, key.second)}};
    bucket.CountInto(item);
    editions.push_back(std::move(item));
  }
  long long integrated = std::count_if(held.begin(), held.end(), [](const auto& holder) {
    const auto& codes = IntegratedStandards();
    return std::all_of(codes.begin(), codes.end(), [&](const std::string& c) { return holder.second.count(c) > 0; });
  });
  return {{"valid_certificates", static_cast<long long>(all.certificates.size())},
          {"holders", static_cast<long long>(all.holders.size())},
          {"by_standard", Counts(by_standard, "code")},
          {"by_edition", std::move(editions)},
          {"by_organisation_type", Counts(by_type, "organisation_type")},
          {"by_region", Counts(by_region, "region")},
          {"integrated_standards", json::array(IntegratedStandards().begin(), IntegratedStandards().end())},
          {"holders_of_integrated_system", integrated}};
}

}  // namespace eduims::certification
