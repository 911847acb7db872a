#include "certification/statistics.h"

#include <gtest/gtest.h>

namespace eduims::certification {
namespace {

long long CountOf(const boost::json::object& stats, const char* list, const char* key_name, const char* key,
                  const char* what = "certificates") {
  for (const auto& item : stats.at(list).as_array())
    if (item.at(key_name).as_string() == key) return item.at(what).as_int64();
  return 0;
}

long long EditionCount(const boost::json::object& stats, const char* label, const char* what) {
  for (const auto& item : stats.at("by_edition").as_array())
    if (item.at("label").as_string() == label) return item.at(what).as_int64();
  return 0;
}

TEST(RegisterStatistics, CountsValidCertificatesByStandardTypeAndRegionAndIntegratedHolders) {
  std::vector<CertifiedStandard> rows = {
      // An integrated certificate of a school: both standards on one certificate.
      {1, 10, "upper_secondary", "Sơn La", "iso-21001", "2018"},
      {1, 10, "upper_secondary", "Sơn La", "iso-9001", "2015"},
      // A department holding the two standards on two certificates.
      {2, 20, "department_of_education", "Sơn La", "iso-21001", "2018"},
      {3, 20, "department_of_education", "Sơn La", "iso-9001", "2015"},
      // A kindergarten with ISO 21001 only, elsewhere.
      {4, 30, "kindergarten", "Điện Biên", "iso-21001", "2018"},
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

// Registers count institutions ("32 hold ISO 21001, 27 hold both"): a unit with its two standards on two certificates
// is one holder in every bucket, and once among those holding both.
TEST(RegisterStatistics, CountsHoldersOnceInEachBucketByStandardAndEdition) {
  std::vector<CertifiedStandard> rows = {
      // A department holding ISO 21001 and ISO 9001 on two certificates.
      {1, 10, "department_of_education", "Sơn La", "iso-21001", "2018"},
      {2, 10, "department_of_education", "Sơn La", "iso-9001", "2015"},
      // A school with ISO 21001 in the newer edition.
      {3, 20, "upper_secondary", "Sơn La", "iso-21001", "2025"},
  };
  auto stats = RegisterStatistics(rows);
  EXPECT_EQ(stats.at("valid_certificates").as_int64(), 3);
  EXPECT_EQ(stats.at("holders").as_int64(), 2);
  EXPECT_EQ(stats.at("holders_of_integrated_system").as_int64(), 1);
  EXPECT_EQ(CountOf(stats, "by_standard", "code", "iso-21001", "holders"), 2);
  EXPECT_EQ(CountOf(stats, "by_standard", "code", "iso-9001", "holders"), 1);
  EXPECT_EQ(CountOf(stats, "by_region", "region", "Sơn La", "certificates"), 3);
  EXPECT_EQ(CountOf(stats, "by_region", "region", "Sơn La", "holders"), 2);
  EXPECT_EQ(CountOf(stats, "by_organisation_type", "organisation_type", "department_of_education", "certificates"), 2);
  EXPECT_EQ(CountOf(stats, "by_organisation_type", "organisation_type", "department_of_education", "holders"), 1);
  ASSERT_EQ(stats.at("by_edition").as_array().size(), 3u);
  EXPECT_EQ(EditionCount(stats, "ISO 21001:2018", "holders"), 1);
  EXPECT_EQ(EditionCount(stats, "ISO 21001:2025", "certificates"), 1);
  EXPECT_EQ(EditionCount(stats, "ISO 9001:2015", "holders"), 1);
  const auto& first = stats.at("by_edition").as_array()[0].as_object();
  EXPECT_EQ(first.at("code").as_string(), "iso-21001");
  EXPECT_EQ(first.at("edition").as_string(), "2018");
}

TEST(RegisterStatistics, AnEmptyRegisterCountsNothing) {
  auto stats = RegisterStatistics({});
  EXPECT_EQ(stats.at("valid_certificates").as_int64(), 0);
  EXPECT_TRUE(stats.at("by_standard").as_array().empty());
  EXPECT_EQ(stats.at("holders_of_integrated_system").as_int64(), 0);
}

}  // namespace
}  // namespace eduims::certification
