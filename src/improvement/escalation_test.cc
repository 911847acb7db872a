#include "improvement/escalation.h"

#include <gtest/gtest.h>

namespace eduims::improvement {
namespace {

TEST(Escalation, GoesToTheHeadOfTheUnitOrOfTheNearestUnitAboveThatNamesOne) {
  std::map<db::Id, db::Id> heads{{1, 100}, {7, 700}};
  auto anyone = [](db::Id) { return true; };
  EXPECT_EQ(EscalationUnit("/1/7/", heads, anyone), 7);
  EXPECT_EQ(EscalationUnit("/1/7/42/", heads, anyone), 7);  // a school's department without a head: the school's
  EXPECT_EQ(EscalationUnit("/1/8/", heads, anyone), 1);     // a school without one: the department of education's
  EXPECT_EQ(EscalationUnit("/2/9/", heads, anyone), std::nullopt);
  EXPECT_EQ(EscalationUnit("/1/7/", {}, anyone), std::nullopt);
}

// A head who may not see the nonconformity now (their grant ended, or the unit moved out of their reach) is passed
// over for the next head up.
TEST(Escalation, PassesOverAHeadWhoMayNotReceiveIt) {
  std::map<db::Id, db::Id> heads{{1, 100}, {7, 700}};
  EXPECT_EQ(EscalationUnit("/1/7/42/", heads, [](db::Id head) { return head != 700; }), 1);
  EXPECT_EQ(EscalationUnit("/1/7/", heads, [](db::Id) { return false; }), std::nullopt);
}

TEST(Escalation, TheNoticeIsInTheHeadsLanguage) {
  OverdueNotice n{"hieutruong@example.vn", "Đinh Công Sơn", Language::kVietnamese, "Hồ sơ tuyển sinh thiếu minh chứng",
                  "major", "2026-11-20", "Trường THPT Tô Hiệu", "http://127.0.0.1:8080/nonconformities/12"};
  auto vi = EscalationMail(n);
  EXPECT_EQ(vi.to, "hieutruong@example.vn");
  EXPECT_EQ(vi.subject, "[EduIMS] Sự không phù hợp quá hạn: Hồ sơ tuyển sinh thiếu minh chứng");
  EXPECT_NE(vi.body.find("Kính gửi Đinh Công Sơn"), std::string::npos);
  EXPECT_NE(vi.body.find("Hạn xử lý: 20/11/2026"), std::string::npos);
  EXPECT_NE(vi.body.find("Mức độ: nặng"), std::string::npos);
  EXPECT_NE(vi.body.find("http://127.0.0.1:8080/nonconformities/12"), std::string::npos);
  n.language = Language::kEnglish;
  n.severity = "minor";
  auto en = EscalationMail(n);
  EXPECT_EQ(en.subject, "[EduIMS] Overdue nonconformity: Hồ sơ tuyển sinh thiếu minh chứng");
  EXPECT_NE(en.body.find("Due: 2026-11-20"), std::string::npos);
  EXPECT_NE(en.body.find("Severity: minor"), std::string::npos);
}

}  // namespace
}  // namespace eduims::improvement
