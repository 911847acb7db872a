#include "certification/statistics.h"

#include <gtest/gtest.h>

namespace eduims::certification {
namespace {

long long CountOf(const boost::json::object& stats, const char* list, const char* key_name, const char* key) {
  for (const auto& item : stats.at(list).as_array())
    if (item.at(key_name).as_string() == key) return item.at("certificates").as_int64();
  return 0;
}

TEST(RegisterStatistics, CountsValidCertificatesByStandardTypeAndRegionAndIntegratedHolders) {
  std::vector<CertifiedStandard> rows = {
      // An integrated certificate of a school: both standards on one certificate.
      {1, 10, "upper_secondary", "Sơn La", "iso-21001"},
      {1, 10, "upper_secondary", "Sơn La", "iso-9001"},
      // A department holding the two standards on two certificates.
      {2, 20, "department_of_education", "Sơn La", "iso-21001"},
      {3, 20, "department_of_education", "Sơn La", "iso-9001"},
      // A kindergarten with ISO 21001 only, elsewhere.
      {4, 30, "kindergarten", "Điện Biên", "iso-21001"},
  };
  auto stats = RegisterStatistics(rows);
  EXPECT_EQ(stats.at("valid_certificates").as_int64(), 4);
  EXPECT_EQ(stats.at("holders").as_int64(), 3);
  EXPECT_EQ(CountOf(stats, "by_standard", "code", "iso-21001"), 3);
  EXPECT_EQ(CountOf(stats, "by_standard", "code", "iso-9001"), 2);
  EXPECT_EQ(CountOf(stats, "by_organisation_type", "organisation_type", "department_of_education"), 2);
  EXPECT_EQ(CountOf(stats, "by_organisation_type", "organisation_type", "upper_secondary"), 1);
  EXPECT_EQ(CountOf(stats, "by_region", "region", "Sơn La"), 3);
  EXPECT_EQ(CountOf(stats, "by_region", "region", "Điện Biên"), 1);
  EXPECT_EQ(stats.at("holders_of_integrated_system").as_int64(), 2);
  EXPECT_EQ(stats.at("integrated_standards").as_array().size(), 2u);
}

TEST(RegisterStatistics, AnEmptyRegisterCountsNothing) {
  auto stats = RegisterStatistics({});
  EXPECT_EQ(stats.at("valid_certificates").as_int64(), 0);
  EXPECT_TRUE(stats.at("by_standard").as_array().empty());
  EXPECT_EQ(stats.at("holders_of_integrated_system").as_int64(), 0);
}

}  // namespace
}  // namespace eduims::certification
