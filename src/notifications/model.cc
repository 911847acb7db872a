#include "notifications/model.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "platform/i18n/dates.h"

namespace eduims::notifications {

std::string DeliveryName(Delivery delivery) {
  switch (delivery) {
    case Delivery::kImmediate: return "immediate";
    case Delivery::kDailyDigest: return "daily_digest";
    case Delivery::kNone: return "none";
  }
  return "daily_digest";
}

std::optional<Delivery> ParseDelivery(const std::string& name) {
  for (Delivery d : {Delivery::kImmediate, Delivery::kDailyDigest, Delivery::kNone})
    if (DeliveryName(d) == name) return d;
  return std::nullopt;
}

std::vector<std::string> DeliveryNames() { return {"immediate", "daily_digest", "none"}; }

void SortTasks(std::vector<UserTask>& tasks) {
  // "~" sorts after every date, so tasks with no due date come last.
  auto order = [](const UserTask& t) {
    return std::tuple<std::string, const std::string&, const std::string&>(t.due.value_or("~"), t.kind, t.key);
  };
  std::sort(tasks.begin(), tasks.end(), [&](const UserTask& a, const UserTask& b) { return order(a) < order(b); });
}

bool Overdue(const UserTask& task, const std::string& today) { return task.due && *task.due < today; }

boost::json::object ToJson(const UserTask& task, const std::string& today) {
  boost::json::object o{{"key", task.key}, {"kind", task.kind}, {"title", task.title}, {"link", task.link},
                        {"overdue", Overdue(task, today)}};
  o["due"] = task.due ? boost::json::value(*task.due) : boost::json::value(nullptr);
  return o;
}

std::string KindLabel(const std::string& kind, Language language) {
  static const std::map<std::string, std::pair<std::string, std::string>> labels = {
      {"revision_review", {"Xem xét bản sửa đổi tài liệu", "Review a document revision"}},
      {"revision_approval", {"Phê duyệt bản sửa đổi tài liệu", "Approve a document revision"}},
      {"revision_publication", {"Ban hành bản sửa đổi đã phê duyệt", "Publish an approved revision"}},
      {"document_read", {"Đọc và xác nhận tài liệu", "Read and acknowledge a document"}},
      {"audit_assigned", {"Cuộc đánh giá được phân công", "Audit assigned to you"}},
      {"action_due", {"Hành động sắp đến hạn hoặc quá hạn", "Action due soon or overdue"}},
      {"certification_step", {"Bước chứng nhận đến hạn", "Certification step due"}},
      {"certificate_due", {"Đánh giá giám sát hoặc tái chứng nhận đến hạn", "Surveillance or recertification due"}},
      {"review_scheduled", {"Cuộc họp xem xét của lãnh đạo sắp diễn ra", "Management review coming up"}},
      {"directive_answer", {"Văn bản chỉ đạo cần báo cáo", "Directive to answer"}},
  };
  auto it = labels.find(kind);
  if (it == labels.end()) return kind;
  return language == Language::kEnglish ? it->second.second : it->second.first;
}

mail::Mail TaskMail(const TaskNotice& n) {
  bool en = n.language == Language::kEnglish;
  mail::Mail out;
  out.to = n.to;
  std::string count = std::to_string(n.tasks.size());
  if (n.digest)
    out.subject = en ? "[EduIMS] Your tasks for " + DayText(n.today, n.language) + ": " + count + " new"
                     : "[EduIMS] Việc cần làm ngày " + DayText(n.today, n.language) + ": " + count + " việc mới";
  else if (n.tasks.size() == 1)
    out.subject = "[EduIMS] " + KindLabel(n.tasks.front().kind, n.language) + ": " + n.tasks.front().title;
  else
    out.subject = en ? "[EduIMS] " + count + " new tasks for you" : "[EduIMS] " + count + " việc mới cần làm";
  std::string body = (en ? "Dear " : "Kính gửi ") + n.name + ",\n\n" +
                     (en ? "These tasks are waiting for you in EduIMS:\n" : "Các việc sau đang chờ Quý vị trên EduIMS:\n");
  for (const UserTask& t : n.tasks) {
    body += "\n- " + KindLabel(t.kind, n.language) + ": " + t.title + "\n";
    if (t.due)
      body += std::string(en ? "  Due: " : "  Hạn: ") + DayText(*t.due, n.language) +
              (Overdue(t, n.today) ? (en ? " (overdue)" : " (quá hạn)") : "") + "\n";
    body += "  " + n.public_url + t.link + "\n";
  }
  body += en ? "\nYou have " + std::to_string(n.still_open) + " open tasks in all: " + n.public_url + "/\n"
             : "\nTổng cộng Quý vị còn " + std::to_string(n.still_open) + " việc cần làm: " + n.public_url + "/\n";
  body += en ? "\nYou choose how these notices reach you (immediately, a daily digest or none) in your profile: " +
                   n.public_url + "/profile\n\nThis message was sent by EduIMS.\n"
             : "\nQuý vị chọn cách nhận thông báo (ngay, tổng hợp hằng ngày hoặc không nhận) trong trang cá nhân: " +
                   n.public_url + "/profile\n\nThư này được EduIMS gửi tự động.\n";
  out.body = body;
  return out;
}

}  // namespace eduims::notifications
