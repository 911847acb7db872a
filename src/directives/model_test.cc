#include "directives/model.h"

#include <gtest/gtest.h>

namespace eduims::directives {
namespace {

TEST(DirectiveModel, TheSubmissionRateCountsSubmittedAndAcceptedAnswers) {
  Progress p = ProgressOf({{"accepted", 1}, {"submitted", 1}, {"returned", 1}, {"not_started", 3}});
  EXPECT_EQ(p.total, 6);
  EXPECT_EQ(p.submitted, 2);
  EXPECT_EQ(p.rate, 33);
  EXPECT_EQ(p.by_status.at("in_progress"), 0);
  EXPECT_EQ(ProgressOf({}).rate, 0);
}

TEST(DirectiveModel, TargetsRoundTrip) {
  Targets t;
  t.kind = "units";
  t.unit_ids = {4, 9};
  Targets back = TargetsFrom(boost::json::serialize(ToJson(t)));
  EXPECT_EQ(back.kind, "units");
  EXPECT_EQ(back.unit_ids, (std::vector<db::Id>{4, 9}));
  t = {};
  t.kind = "unit_type";
  t.unit_type = "primary";
  EXPECT_EQ(TargetsFrom(boost::json::serialize(ToJson(t))).unit_type, "primary");
}

TEST(DirectiveModel, NoticesAreInTheRecipientsLanguage) {
  Notice n{"reminder", "a@b.vn", "Nguyễn Văn A", Language::kVietnamese, "123/SGDĐT-KTKĐ", "Báo cáo giữa kỳ",
           "2026-11-26", "Trường THPT Tô Hiệu", "in_progress", "http://x/directive-answers/5"};
  mail::Mail vi = NoticeMail(n);
  EXPECT_NE(vi.subject.find("Nhắc hạn"), std::string::npos);
  EXPECT_NE(vi.body.find("Trường THPT Tô Hiệu"), std::string::npos);
  EXPECT_NE(vi.body.find("http://x/directive-answers/5"), std::string::npos);
  n.language = Language::kEnglish;
  n.kind = "escalation";
  mail::Mail en = NoticeMail(n);
  EXPECT_NE(en.subject.find("Overdue"), std::string::npos);
  EXPECT_NE(en.body.find("In progress"), std::string::npos);
}

}  // namespace
}  // namespace eduims::directives
