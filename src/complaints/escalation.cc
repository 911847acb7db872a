#include "complaints/escalation.h"

#include "platform/i18n/dates.h"

namespace eduims::complaints {

mail::Mail EscalationMail(const OverdueNotice& n) {
  mail::Mail out;
  out.to = n.to;
  std::string number = "#" + std::to_string(n.complaint_id);
  if (n.language == Language::kEnglish) {
    std::string what = n.deadline == "acknowledgement" ? "acknowledgement"
                       : n.deadline == "response"      ? "response"
                                                       : "appeal decision";
    out.subject = "[EduIMS] Complaint " + number + ": " + what + " overdue";
    out.body = "Dear " + n.name + ",\n\nThe " + what + " of complaint " + number + " (" +
               CategoryLabel(n.category, Language::kEnglish) + ", " + n.unit_name + ") was due on " + n.due_date +
               " and has not been given.\n\nSee it in the complaints register: " + n.link +
               "\n\nThis message was sent by EduIMS.\n";
  } else {
    std::string what = n.deadline == "acknowledgement" ? "xác nhận đã tiếp nhận"
                       : n.deadline == "response"      ? "trả lời"
                                                       : "quyết định giải quyết kháng nghị";
    out.subject = "[EduIMS] Khiếu nại " + number + ": quá hạn " + what;
    out.body = "Kính gửi " + n.name + ",\n\nHạn " + what + " khiếu nại " + number + " (" +
               CategoryLabel(n.category, Language::kVietnamese) + ", " + n.unit_name + ") là " +
               DayText(n.due_date, Language::kVietnamese) + " nhưng chưa được thực hiện.\n\nXem trong sổ khiếu nại: " +
               n.link + "\n\nThư này được EduIMS gửi tự động.\n";
  }
  return out;
}

}  // namespace eduims::complaints
