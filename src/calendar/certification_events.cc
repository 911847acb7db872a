#include "calendar/certification_events.h"

#include "platform/clock.h"

namespace eduims::calendar {
namespace {

std::string Label(const certification::DueItem& item, bool english) {
  std::string n = item.sequence > 0 ? " " + std::to_string(item.sequence) : "";
  if (item.milestone == "surveillance") return (english ? "Surveillance audit" : "Đánh giá giám sát lần") + n;
  if (item.milestone == "recertification_audit") return english ? "Recertification audit" : "Đánh giá chứng nhận lại";
  if (item.milestone == "recertification_decision")
    return english ? "Recertification decision" : "Quyết định chứng nhận lại";
  if (item.milestone == "expiry") return english ? "Certificate expires" : "Giấy chứng nhận hết hạn";
  if (item.milestone == "transition_audit") return english ? "Transition audit" : "Đánh giá chuyển đổi";
  return item.milestone;
}

}  // namespace

std::vector<Event> CertificationEvents::Events(const FeedQuery& query) {
  bool english = query.owner.language == Language::kEnglish;
  auto to = ParseDate(query.to);
  if (!to) return {};
  int days = int((std::chrono::sys_days(*to) - std::chrono::sys_days(TodayInVietnam())).count());
  std::vector<Event> out;
  if (days < 0) return out;
  for (const auto& entry : certificates_.Due(query.owner, days, query.unit_id)) {
    std::string start = FormatDate(entry.item.window.earliest), end = FormatDate(entry.item.window.latest);
    if (end < query.from || start > query.to) continue;
    Event e;
    e.uid = "certificate-" + std::to_string(entry.certificate.id) + "-" + entry.item.milestone + "-" +
            std::to_string(entry.item.sequence) + (entry.item.standard ? "-" + *entry.item.standard : "") + "@eduims";
    e.summary = Label(entry.item, english) + " — " + entry.certificate.number;
    e.description = (english ? "Certificate " : "Giấy chứng nhận ") + entry.certificate.number + ", " +
                    entry.certificate.entity_name + "\n" + (english ? "Plan for " : "Ngày dự kiến ") +
                    FormatDate(entry.item.window.nominal) + "; " + (english ? "latest " : "muộn nhất ") + end;
    e.categories = {english ? "Certification" : "Chứng nhận"};
    e.start = start;
    e.end = end;
    e.changed_at = entry.certificate.updated_at;
    e.sequence = entry.certificate.version - 1;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace eduims::calendar
