#include "calendar/audit_events.h"

#include <map>

namespace eduims::calendar {
namespace {

bool English(const auth::Principal& p) { return p.language == Language::kEnglish; }

std::string StatusText(audits::AuditStatus status, bool english) {
  switch (status) {
    case audits::AuditStatus::kPlanned: return english ? "planned" : "đã lập kế hoạch";
    case audits::AuditStatus::kInProgress: return english ? "in progress" : "đang diễn ra";
    case audits::AuditStatus::kReported: return english ? "reported" : "đã báo cáo";
    case audits::AuditStatus::kClosed: return english ? "closed" : "đã kết thúc";
  }
  return "";
}

}  // namespace

std::vector<Event> AuditEvents::Events(const FeedQuery& query) {
  audits::ScheduleFilter filter;
  filter.within = query.unit_id;
  filter.mine = !query.unit_id;
  filter.from = query.from;
  filter.to = query.to;
  bool english = English(query.owner);
  // Names are looked up once per feed, not once per audit.
  std::map<db::Id, std::string> units, people;
  auto unit_name = [&](db::Id id) -> const std::string& {
    auto [it, added] = units.try_emplace(id);
    if (added) it->second = org_.GetUnit(&query.owner, id).name;
    return it->second;
  };
  auto person = [&](db::Id id) -> const std::string& {
    auto [it, added] = people.try_emplace(id);
    if (added) it->second = org_.GetUser(nullptr, id).full_name;
    return it->second;
  };
  std::vector<Event> out;
  for (const auto& a : audits_.Scheduled(query.owner, filter)) {
    Event e;
    e.uid = "audit-" + std::to_string(a.id) + "@eduims";
    std::string kind = a.type == "second_party" ? (english ? "Second-party audit" : "Đánh giá bên thứ hai")
                                                : (english ? "Internal audit" : "Đánh giá nội bộ");
    e.summary = kind + ": " + a.title + " — " + unit_name(a.unit_id);
    e.description = (english ? "Unit: " : "Đơn vị: ") + unit_name(a.unit_id) + "\n" +
                    (english ? "Lead auditor: " : "Trưởng đoàn: ") + person(a.lead_auditor_id) + "\n" +
                    (english ? "Status: " : "Trạng thái: ") + StatusText(a.status, english);
    if (!a.agenda.empty()) e.description += "\n\n" + a.agenda;
    e.location = unit_name(a.unit_id);
    e.categories = {english ? "Audit" : "Đánh giá"};
    e.start = a.planned_start;
    e.end = a.planned_end;
    e.changed_at = a.updated_at;
    e.sequence = a.version - 1;
    e.status = "CONFIRMED";
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace eduims::calendar
