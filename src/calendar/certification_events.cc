#include "calendar/certification_events.h"

#include "platform/clock.h"
#include "platform/i18n/dates.h"

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

// The seven steps as the web application names them.
std::string StepLabel(certification::ProjectStep step, bool english) {
  static const char* const kVietnamese[] = {"1. Đăng ký", "2. Hợp đồng", "3. Khảo sát, đánh giá",
                                            "4. Hoàn thiện hồ sơ", "5. Thẩm xét, cấp giấy chứng nhận", "6. Giám sát",
                                            "7. Chứng nhận lại"};
  static const char* const kEnglish[] = {"1. Registration", "2. Contract", "3. Surveys and assessment",
                                         "4. Documentation completed", "5. Review and certificate", "6. Surveillance",
                                         "7. Recertification"};
  size_t i = size_t(certification::StepNumber(step) - 1);
  return english ? kEnglish[i] : kVietnamese[i];
}

std::string AuditLabel(const std::string& type, bool english) {
  static const std::pair<const char*, std::pair<const char*, const char*>> kTypes[] = {
      {"stage1", {"Stage 1 audit", "Đánh giá giai đoạn 1"}},
      {"stage2", {"Stage 2 audit", "Đánh giá giai đoạn 2"}},
      {"surveillance", {"Surveillance audit", "Đánh giá giám sát"}},
      {"recertification", {"Recertification audit", "Đánh giá chứng nhận lại"}},
      {"special", {"Special audit", "Đánh giá đột xuất"}},
      {"transition", {"Transition audit", "Đánh giá chuyển đổi"}}};
  for (const auto& [name, text] : kTypes)
    if (type == name) return english ? text.first : text.second;
  return type;
}

}  // namespace

void CertificationEvents::AddProjectEvents(const FeedQuery& query, std::vector<Event>& out) {
  bool english = query.owner.language == Language::kEnglish;
  certification::ScheduleFilter filter;
  filter.within = query.unit_id;
  if (!query.unit_id) filter.responsible = query.owner.user_id;
  filter.from = query.from;
  filter.to = query.to;
  std::string category = english ? "Certification" : "Chứng nhận";
  for (const auto& item : projects_.Schedule(query.owner, filter)) {
    const auto& p = item.project;
    std::string project = std::to_string(p.id);
    for (const auto& step : item.steps) {
      Event e;
      e.uid = "certification-step-" + project + "-" + std::to_string(p.cycle) + "-" +
              certification::StepName(step.step) + "@eduims";
      e.summary = (english ? "Step " : "Bước ") + StepLabel(step.step, english) + " — " + p.title;
      e.description = (english ? "Certification project: " : "Dự án chứng nhận: ") + p.title + "\n" +
                      (english ? "Certification body: " : "Tổ chức chứng nhận: ") + p.body.name;
      if (!step.note.empty()) e.description += "\n\n" + step.note;
      e.categories = {category};
      e.start = e.end = *step.planned_on;
      e.changed_at = p.updated_at;
      e.sequence = p.version - 1;
      out.push_back(std::move(e));
    }
    for (const auto& a : item.audits) {
      Event e;
      e.uid = "certification-audit-" + std::to_string(a.id) + "@eduims";
      e.summary = AuditLabel(a.type, english) + " — " + p.title;
      std::string team;
      for (const auto& member : a.team) team += (team.empty() ? "" : ", ") + member.name;
      e.description = (english ? "Certification body: " : "Tổ chức chứng nhận: ") + p.body.name + "\n" +
                      (english ? "Audit team: " : "Đoàn đánh giá: ") + team;
      if (!a.notes.empty()) e.description += "\n\n" + a.notes;
      e.categories = {category};
      e.start = a.start_date;
      e.end = a.end_date;
      e.changed_at = a.updated_at;
      e.sequence = a.version - 1;
      e.status = "CONFIRMED";
      out.push_back(std::move(e));
    }
  }
}

std::vector<Event> CertificationEvents::Events(const FeedQuery& query) {
  bool english = query.owner.language == Language::kEnglish;
  auto to = ParseDate(query.to);
  if (!to) return {};
  int days = int((std::chrono::sys_days(*to) - std::chrono::sys_days(TodayInVietnam())).count());
  std::vector<Event> out;
  AddProjectEvents(query, out);
  if (days < 0) return out;
  // A window is two one-day events, its first and its last day (a surveillance window spans months, a certificate's
  // validity years: one all-day event across it would cover every day of the calendar); the expiry is its own day.
  for (const auto& entry : certificates_.Due(query.owner, days, query.unit_id)) {
    const auto& item = entry.item;
    std::string start = FormatDate(item.window.earliest), end = FormatDate(item.window.latest);
    std::string base = "certificate-" + std::to_string(entry.certificate.id) + "-" + item.milestone + "-" +
                       std::to_string(item.sequence) + (item.standard ? "-" + *item.standard : "");
    std::string about = (english ? "Certificate " : "Giấy chứng nhận ") + entry.certificate.number + ", " +
                        entry.certificate.entity_name;
    auto add = [&](const std::string& day, const std::string& suffix, const std::string& what) {
      if (day < query.from || day > query.to) return;
      Event e;
      e.uid = base + suffix + "@eduims";
      e.summary = Label(item, english) + what + " — " + entry.certificate.number;
      e.description = about;
      if (item.milestone != "expiry")
        e.description += "\n" + std::string(english ? "Window: " : "Thời hạn: ") + DayText(start, query.owner.language) +
                         " – " + DayText(end, query.owner.language) + "; " +
                         (english ? "plan for " : "ngày dự kiến ") +
                         DayText(FormatDate(item.window.nominal), query.owner.language);
      e.categories = {english ? "Certification" : "Chứng nhận"};
      e.start = e.end = day;
      e.changed_at = entry.certificate.updated_at;
      e.sequence = entry.certificate.version - 1;
      out.push_back(std::move(e));
    };
    if (item.milestone == "expiry" || start == end) {
      add(end, "", "");
      continue;
    }
    add(start, "-opens", english ? ": window opens" : ": bắt đầu thời hạn");
    add(end, "-closes", english ? ": last day" : ": hạn cuối");
  }
  return out;
}

}  // namespace eduims::calendar
