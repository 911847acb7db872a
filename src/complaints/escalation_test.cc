#include "complaints/escalation.h"

#include <gtest/gtest.h>

namespace eduims::complaints {
namespace {

TEST(ComplaintEscalation, EveryPassedDeadlineOfTheStatusCounts) {
  Complaint c;
  c.received_on = "2026-11-01";
  c.acknowledge_due = "2026-11-06";
  c.response_due = "2026-12-01";
  EXPECT_TRUE(PassedDeadlines(c, "2026-11-06").empty());
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(PassedDeadlines(c, "2026-11-07"), (Pairs{{"acknowledgement", "2026-11-06"}}));
  EXPECT_EQ(PassedDeadlines(c, "2026-12-02"), (Pairs{{"acknowledgement", "2026-11-06"}, {"response", "2026-12-01"}}));
  c.status = Status::kAcknowledged;
  EXPECT_EQ(PassedDeadlines(c, "2026-12-02"), (Pairs{{"response", "2026-12-01"}}));
  c.status = Status::kAnswered;
  EXPECT_TRUE(PassedDeadlines(c, "2027-12-02").empty());
  c.status = Status::kAppealed;
  c.appeal_due = "2027-01-05";
  EXPECT_EQ(PassedDeadlines(c, "2027-01-06"), (Pairs{{"appeal", "2027-01-05"}}));
}

TEST(ComplaintEscalation, TheNoticeNamesTheDeadlineButNeitherComplainantNorText) {
  OverdueNotice n{"ql@example.vn", "Trần Văn Bình", Language::kVietnamese, 42, "response", "2026-12-01", "fees",
                  "THPT Chuyên Sơn La", "https://eduims.example/complaint-register/42"};
  mail::Mail vi = EscalationMail(n);
  EXPECT_EQ(vi.to, "ql@example.vn");
  EXPECT_NE(vi.subject.find("#42"), std::string::npos);
  EXPECT_NE(vi.subject.find("quá hạn trả lời"), std::string::npos);
  EXPECT_NE(vi.body.find("Học phí"), std::string::npos);
  EXPECT_NE(vi.body.find("/complaint-register/42"), std::string::npos);
  n.language = Language::kEnglish;
  n.deadline = "acknowledgement";
  mail::Mail en = EscalationMail(n);
  EXPECT_EQ(en.subject, "[EduIMS] Complaint #42: acknowledgement overdue");
  EXPECT_NE(en.body.find("was due on 2026-12-01"), std::string::npos);
}

}  // namespace
}  // namespace eduims::complaints
