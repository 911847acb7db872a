#include "improvement/escalation.h"

#include "org/model.h"
#include "platform/i18n/dates.h"

namespace eduims::improvement {

std::optional<db::Id> EscalationUnit(const std::string& unit_path, const std::map<db::Id, db::Id>& head_by_unit,
                                     const std::function<bool(db::Id head)>& may_receive) {
  auto ids = org::UnitIdsOnPath(unit_path);
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
    auto head = head_by_unit.find(*it);
    if (head != head_by_unit.end() && may_receive(head->second)) return *it;
  }
  return std::nullopt;
}

mail::Mail EscalationMail(const OverdueNotice& n) {
  mail::Mail out;
  out.to = n.to;
  if (n.language == Language::kEnglish) {
    out.subject = "[EduIMS] Overdue nonconformity: " + n.title;
    out.body = "Dear " + n.head_name + ",\n\nThis nonconformity of " + n.unit_name +
               " is past its due date and has been escalated to you as head of the unit:\n\n  " + n.title +
               "\n  Severity: " + (n.severity == "major" ? "major" : "minor") + "\n  Due: " + n.due_date +
               "\n\nSee it and direct its correction: " + n.link + "\n\nThis message was sent by EduIMS.\n";
  } else {
    out.subject = "[EduIMS] Sự không phù hợp quá hạn: " + n.title;
    out.body = "Kính gửi " + n.head_name + ",\n\nSự không phù hợp sau của " + n.unit_name +
               " đã quá hạn xử lý và được chuyển lên Quý vị với tư cách người đứng đầu đơn vị:\n\n  " + n.title +
               "\n  Mức độ: " + (n.severity == "major" ? "nặng" : "nhẹ") + "\n  Hạn xử lý: " +
               DayText(n.due_date, Language::kVietnamese) + "\n\nXem và chỉ đạo khắc phục: " + n.link +
               "\n\nThư này được EduIMS gửi tự động.\n";
  }
  return out;
}

}  // namespace eduims::improvement
