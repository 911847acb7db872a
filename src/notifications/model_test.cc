#include "notifications/model.h"

#include <gtest/gtest.h>

namespace eduims::notifications {
namespace {

UserTask Task(std::string key, std::string kind, std::optional<std::string> due) {
  return {7, std::move(key), std::move(kind), "QT-07 — Kiểm soát tài liệu", std::move(due), "/documents/3"};
}

TEST(NotificationModel, DeliveryNamesRoundTripAndUnknownOnesAreRefused) {
  for (const std::string& name : DeliveryNames()) EXPECT_EQ(DeliveryName(*ParseDelivery(name)), name);
  EXPECT_FALSE(ParseDelivery("weekly"));
  EXPECT_FALSE(ParseDelivery(""));
  EXPECT_EQ(kDefaultDelivery, Delivery::kDailyDigest);
}

TEST(NotificationModel, TasksSortOverdueFirstThenByDueAndUndatedLast) {
  std::vector<UserTask> tasks = {Task("document_read:4", "document_read", std::nullopt),
                                 Task("action_due:9:2026-11-30", "action_due", "2026-11-30"),
                                 Task("action_due:8:2026-11-20", "action_due", "2026-11-20"),
                                 Task("audit_assigned:2", "audit_assigned", "2026-11-30")};
  SortTasks(tasks);
  ASSERT_EQ(tasks.size(), 4u);
  EXPECT_EQ(tasks[0].key, "action_due:8:2026-11-20");
  EXPECT_EQ(tasks[1].key, "action_due:9:2026-11-30");  // same day: by kind
  EXPECT_EQ(tasks[2].key, "audit_assigned:2");
  EXPECT_EQ(tasks[3].key, "document_read:4");
  EXPECT_TRUE(Overdue(tasks[0], "2026-11-23"));
  EXPECT_FALSE(Overdue(tasks[1], "2026-11-23"));
  EXPECT_FALSE(Overdue(tasks[3], "2026-11-23"));
  auto json = ToJson(tasks[0], "2026-11-23");
  EXPECT_EQ(json.at("overdue").as_bool(), true);
  EXPECT_EQ(json.at("due").as_string(), "2026-11-20");
  EXPECT_TRUE(ToJson(tasks[3], "2026-11-23").at("due").is_null());
}

TEST(NotificationModel, TheMailIsInThePersonsLanguageWithLinksAndTheOpenCount) {
  TaskNotice n{"gv@demo.eduims.vn", "Nguyễn Văn A", Language::kVietnamese,
               {Task("action_due:8:2026-11-20", "action_due", "2026-11-20")}, 3, true, "https://eduims.test",
               "2026-11-23"};
  auto vi = TaskMail(n);
  EXPECT_EQ(vi.to, "gv@demo.eduims.vn");
  EXPECT_NE(vi.subject.find("Việc cần làm ngày 23/11/2026: 1 việc mới"), std::string::npos) << vi.subject;
  EXPECT_NE(vi.body.find("Kính gửi Nguyễn Văn A"), std::string::npos);
  EXPECT_NE(vi.body.find("Hạn: 20/11/2026 (quá hạn)"), std::string::npos) << vi.body;
  EXPECT_NE(vi.body.find("https://eduims.test/documents/3"), std::string::npos);
  EXPECT_NE(vi.body.find("còn 3 việc"), std::string::npos);
  n.language = Language::kEnglish;
  n.digest = false;
  auto en = TaskMail(n);
  EXPECT_EQ(en.subject, "[EduIMS] Action due soon or overdue: QT-07 — Kiểm soát tài liệu");
  EXPECT_NE(en.body.find("Due: 2026-11-20 (overdue)"), std::string::npos) << en.body;
  EXPECT_NE(en.body.find("3 open tasks"), std::string::npos);
  EXPECT_EQ(KindLabel("revision_review", Language::kEnglish), "Review a document revision");
}

}  // namespace
}  // namespace eduims::notifications
