#include "complaints/model.h"

#include <gtest/gtest.h>

#include <set>

#include "platform/crypto.h"

namespace eduims::complaints {
namespace {

TEST(ComplaintModel, CategoriesComeFromTheShippedDataInBothLanguages) {
  std::vector<std::string> expected = {"teaching", "assessment", "admission", "fees", "facilities",
                                       "safety_wellbeing", "discrimination", "data_protection", "other"};
  EXPECT_EQ(CategoryCodes(), expected);
  EXPECT_EQ(CategoryLabel("fees", Language::kEnglish), "Fees");
  EXPECT_EQ(CategoryLabel("fees", Language::kVietnamese), "Học phí và các khoản thu");
  for (const Category& c : Categories()) EXPECT_NE(c.vi, c.en) << c.code;
}

TEST(ComplaintModel, DeadlinesCountCalendarDaysFromReceipt) {
  EXPECT_EQ(DueAfter("2026-12-29", 5), "2027-01-03");
  EXPECT_EQ(DueAfter("2026-02-01", 30), "2026-03-03");
}

TEST(ComplaintModel, OverdueNamesThePassedDeadline) {
  Complaint c;
  c.received_on = "2026-11-01";
  c.acknowledge_due = "2026-11-06";
  c.response_due = "2026-12-01";
  EXPECT_FALSE(OverdueDeadline(c, "2026-11-06"));
  EXPECT_EQ(OverdueDeadline(c, "2026-11-07"), "acknowledgement");
  c.status = Status::kAcknowledged;
  EXPECT_FALSE(OverdueDeadline(c, "2026-11-07"));
  EXPECT_EQ(OverdueDeadline(c, "2026-12-02"), "response");
  c.status = Status::kAnswered;
  EXPECT_FALSE(OverdueDeadline(c, "2027-06-01"));
  c.status = Status::kAppealed;
  c.appeal_due = "2027-01-10";
  EXPECT_EQ(OverdueDeadline(c, "2027-01-11"), "appeal");
  c.status = Status::kClosed;
  EXPECT_FALSE(OverdueDeadline(c, "2030-01-01"));
}

TEST(ComplaintModel, TrackingCodesAreLongRandomAndForgivingToType) {
  InitCrypto();
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    std::string code = NewTrackingCode();
    ASSERT_EQ(code.size(), 23u) << code;
    EXPECT_EQ(code[5], '-');
    auto canonical = CanonicalCode(code);
    ASSERT_TRUE(canonical) << code;
    EXPECT_EQ(canonical->size(), 20u);
    seen.insert(*canonical);
  }
  EXPECT_EQ(seen.size(), 200u);
  EXPECT_EQ(CanonicalCode("abcde-fghjk-mnpqr-stvwx"), "ABCDEFGHJKMNPQRSTVWX");
  EXPECT_EQ(CanonicalCode("oOiIl 00000 00000 00000"), "00111000000000000000");
  EXPECT_FALSE(CanonicalCode("ABCDE-FGHJK-MNPQR"));         // too short
  EXPECT_FALSE(CanonicalCode("ABCDE-FGHJK-MNPQR-STVWU"));   // U is not in the alphabet
  EXPECT_FALSE(CanonicalCode("<script>alert(1)</script>"));
  EXPECT_NE(CodeHash("ABCDEFGHJKMNPQRSTVWX"), CodeHash("ABCDEFGHJKMNPQRSTVWY"));
  EXPECT_EQ(CodeHash("ABCDEFGHJKMNPQRSTVWX").size(), 64u);
}

TEST(ComplaintModel, IdentityIsShownOnlyWhenAskedAndNeverToTheAuditTrail) {
  Complaint c;
  c.complainant_name = "Nguyễn Thị Mai";
  c.complainant_contact = "0912 345 678";
  c.received_on = c.acknowledge_due = c.response_due = "2026-11-01";
  auto shown = ToJson(c, "2026-11-01", true);
  EXPECT_EQ(shown.at("complainant").at("name").as_string(), "Nguyễn Thị Mai");
  EXPECT_FALSE(shown.at("anonymous").as_bool());
  auto hidden = ToJson(c, "2026-11-01", false);
  EXPECT_TRUE(hidden.at("complainant").is_null());
  std::string audit = AuditJson(c);
  EXPECT_EQ(audit.find("Mai"), std::string::npos);
  EXPECT_EQ(audit.find("0912"), std::string::npos);
  EXPECT_EQ(audit.find("code_hash"), std::string::npos);
}

}  // namespace
}  // namespace eduims::complaints
