#include "certification/model.h"

#include <gtest/gtest.h>

#include <set>

#include "platform/clock.h"

namespace eduims::certification {
namespace {

TEST(CertificationModel, CertificateNumbersAreSafeInAUrl) {
  EXPECT_TRUE(ValidCertificateNumber("VN-21001.2026_07"));
  EXPECT_FALSE(ValidCertificateNumber(""));
  EXPECT_FALSE(ValidCertificateNumber("VN/21001"));
  EXPECT_FALSE(ValidCertificateNumber("số 1"));
  EXPECT_FALSE(ValidCertificateNumber(std::string(65, 'A')));
  EXPECT_TRUE(ValidCertificateNumber(std::string(64, 'A')));
}

TEST(CertificationModel, StandardsReadAsOnTheCertificate) {
  EXPECT_EQ(StandardLabel("iso-21001", "2018"), "ISO 21001:2018");
  EXPECT_EQ(StandardLabel("iso-9001", "2015"), "ISO 9001:2015");
}

TEST(CertificationModel, ACertificatePastItsExpiryIsExpiredUnlessWithdrawn) {
  Certificate c;
  c.expiry_date = "2029-03-14";
  EXPECT_EQ(StatusOn(c, "2029-03-14"), CertificateStatus::kActive);
  EXPECT_EQ(StatusOn(c, "2029-03-15"), CertificateStatus::kExpired);
  c.status = CertificateStatus::kSuspended;
  EXPECT_EQ(StatusOn(c, "2029-03-15"), CertificateStatus::kExpired);
  c.status = CertificateStatus::kWithdrawn;
  EXPECT_EQ(StatusOn(c, "2029-03-15"), CertificateStatus::kWithdrawn);
}

TEST(CertificationModel, TheCycleCountsFromItsStartAndIsDecidedOnTheIssueDate) {
  Certificate renewed;
  renewed.issue_date = "2029-01-20";  // decided before the old expiry
  renewed.cycle_start = "2029-03-15";
  Cycle cycle = CycleOf(renewed);
  EXPECT_EQ(FormatDate(cycle.decision), "2029-01-20");
  EXPECT_EQ(FormatDate(cycle.expiry), "2032-03-14");
  EXPECT_EQ(FormatDate(cycle.windows.front().latest), "2030-03-15");
}

TEST(CertificationModel, ThePublicViewHoldsTheRegisterFieldsOnly) {
  Certificate c;
  c.id = 5;
  c.project_id = 9;
  c.number = "VN-1";
  c.entity_name = "Trường Mầm non Hoa Ban";
  c.standards = {{3, "iso-21001", "2018"}};
  c.sites = {{4, "Cơ sở 1", ""}};
  c.expiry_date = "2029-01-01";
  c.body = {"Tổ chức chứng nhận", "BoA", "VICAS 001"};
  auto json = PublicJson(c, "2026-01-01");
  std::set<std::string> keys;
  for (const auto& kv : json) keys.insert(std::string(kv.key()));
  EXPECT_EQ(keys, (std::set<std::string>{"number", "status", "holder", "certification_body", "scope", "standards",
                                         "sites", "original_issue_date", "issue_date", "expiry_date"}));
  // As public registers show it: who certified, and who accredits them.
  EXPECT_EQ(json.at("certification_body"),
            (boost::json::object{
                {"name", "Tổ chức chứng nhận"}, {"accreditation_body", "BoA"}, {"accreditation_number", "VICAS 001"}}));
  EXPECT_EQ(json.at("standards").as_array()[0].as_object().size(), 3u);  // code, edition, label
  EXPECT_FALSE(json.at("sites").as_array()[0].as_object().contains("unit_id"));
}

}  // namespace
}  // namespace eduims::certification
