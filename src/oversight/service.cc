#include "oversight/service.h"

#include <cmath>

#include "actions/unit_summary.h"
#include "audits/unit_summary.h"
#include "certification/unit_summary.h"
#include "complaints/unit_summary.h"
#include "documents/unit_summary.h"
#include "improvement/unit_summary.h"
#include "planning/unit_summary.h"
#include "platform/clock.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"
#include "platform/xlsx/workbook.h"
#include "readiness/unit_summary.h"
#include "surveys/unit_summary.h"

namespace eduims::oversight {
namespace {

// Sums counts of units into their rows.
void AddCounts(const std::map<db::Id, db::UnitCounts>& counts, const std::map<db::Id, size_t>& row_of,
               std::vector<UnitRow>& rows, long long UnitRow::*first, long long UnitRow::*second) {
  for (const auto& [unit, c] : counts) {
    auto it = row_of.find(unit);
    if (it == row_of.end()) continue;
    rows[it->second].*first += c.first;
    if (second) rows[it->second].*second += c.second;
  }
}

// Keeps the latest day of the units of each row.
void AddLatest(const std::map<db::Id, std::string>& days, const std::map<db::Id, size_t>& row_of,
               std::vector<UnitRow>& rows, std::optional<std::string> UnitRow::*field) {
  for (const auto& [unit, day] : days) {
    auto it = row_of.find(unit);
    if (it == row_of.end()) continue;
    auto& slot = rows[it->second].*field;
    if (!slot || day > *slot) slot = day;
  }
}

}  // namespace

Table OversightService::Overview(const auth::Principal& who, db::Id within_id, const TableQuery& query) {
  Table table;
  table.within = org_.GetUnit(&who, within_id);
  if (!who.Can(auth::Permission::kViewOversight, table.within.path)) Fail(403, "auth.forbidden");
  table.today = FormatDate(TodayInVietnam());
  org::UnitFilter f;
  f.within = within_id;
  f.limit = 1000000;
  // Every unit of the subtree: each record's unit is folded into the row of the unit under `within` above it.
  std::vector<org::Unit> units = org_.ListUnits(who, f);
  std::vector<UnitRow> rows;
  std::map<db::Id, size_t> row_of;
  std::map<db::Id, std::string> folded;
  for (const auto& u : units) {
    if (u.id == within_id || u.path.size() <= table.within.path.size()) continue;
    // The path below `within` starts with the id of the row's unit: "/1/" + "7/42/" belongs to 7.
    std::string rest = u.path.substr(table.within.path.size());
    db::Id top = std::stoll(rest.substr(0, rest.find('/')));
    if (top == u.id) {
      UnitRow r;
      r.unit_id = u.id;
      r.code = u.code;
      r.name = u.name;
      r.type = u.type;
      rows.push_back(std::move(r));
      // Folding a name costs a transliteration: only a search by text needs it.
      if (query.text_folded) folded[u.id] = FoldForSearch(u.name);
    }
  }
  for (size_t i = 0; i < rows.size(); ++i) row_of[rows[i].unit_id] = i;
  for (const auto& u : units) {
    if (row_of.count(u.id) || u.path.size() <= table.within.path.size()) continue;
    std::string rest = u.path.substr(table.within.path.size());
    if (auto it = row_of.find(std::stoll(rest.substr(0, rest.find('/')))); it != row_of.end()) row_of[u.id] = it->second;
  }

  const std::string& path = table.within.path;
  const std::string& today = table.today;
  std::map<db::Id, certification::UnitCertification> certification;
  std::map<db::Id, std::string> audits;
  std::map<db::Id, surveys::GroupSatisfaction> satisfaction;
  std::map<db::Id, db::Id> group_of;  // each unit of the subtree -> its row's unit
  for (const auto& [unit, row] : row_of) group_of[unit] = rows[row].unit_id;
  db_.Read([&](soci::session& s) {
    AddCounts(improvement::OpenNonconformitiesByUnit(s, path, today), row_of, rows, &UnitRow::nonconformities_open,
              &UnitRow::nonconformities_overdue);
    AddCounts(actions::OverdueByUnit(s, path, today), row_of, rows, &UnitRow::actions_overdue, nullptr);
    AddCounts(documents::ReviewsOverdueByUnit(s, path, today), row_of, rows, &UnitRow::document_reviews_overdue,
              nullptr);
    AddCounts(planning::IndicatorsOffTargetByUnit(s, path, today), row_of, rows, &UnitRow::indicators_off_target,
              &UnitRow::indicators_past_warning);
    AddCounts(complaints::OpenComplaintsByUnit(s, path, today), row_of, rows, &UnitRow::complaints_open,
              &UnitRow::complaints_overdue);
    audits = audits::LastInternalAuditByUnit(s, path);
    certification = certification::CertificationByUnit(s, path, today);
    satisfaction = surveys::SatisfactionByGroup(s, path, group_of);
  });
  AddLatest(audits, row_of, rows, &UnitRow::last_internal_audit);
  AddLatest(reviews_.LastApproved(path), row_of, rows, &UnitRow::last_management_review);
  // Certification and readiness belong to the row's unit itself: a school is certified, not its departments.
  for (auto& r : rows) {
    if (auto it = certification.find(r.unit_id); it != certification.end()) {
      r.certification = it->second.status;
      r.certificate_id = it->second.certificate_id;
      r.project_id = it->second.project_id;
      r.certification_due = it->second.next_due;
    }
    if (auto it = satisfaction.find(r.unit_id); it != satisfaction.end()) {
      r.satisfaction_index = static_cast<int>(std::lround(it->second.index * 100));
      r.satisfaction_campaign_id = it->second.campaign_id;
      r.satisfaction_closed = it->second.closed;
    }
  }
  auto readiness = readiness::SelfAssessedByUnit(db_, path);
  for (const auto& s : readiness.standards) table.standards.push_back({s.id, s.code, s.edition});
  for (auto& r : rows)
    if (auto it = readiness.percent.find(r.unit_id); it != readiness.percent.end()) r.readiness = it->second;

  table.rows = Arrange(rows, table.standards, table.thresholds, today, query, folded);
  return table;
}

boost::json::object ToJson(const Table& t) {
  boost::json::array standards, items;
  for (const auto& s : t.standards)
    standards.push_back({{"id", s.id}, {"code", s.code}, {"edition", s.edition}, {"key", "readiness:" + std::to_string(s.id)}});
  for (const auto& r : t.rows) items.push_back(ToJson(r));
  return {{"within", {{"id", t.within.id}, {"code", t.within.code}, {"name", t.within.name}}},
          {"today", t.today},
          {"standards", std::move(standards)},
          {"thresholds", ToJson(t.thresholds)},
          {"items", std::move(items)}};
}

SpoolFile OversightService::Export(const Table& t, Language language) {
  bool en = language == Language::kEnglish;
  xlsx::Workbook book;
  book.title = (en ? "Oversight of units: " : "Theo dõi các đơn vị: ") + t.within.name;
  book.created = NowTimestamp();
  xlsx::Sheet sheet;
  sheet.name = en ? "Oversight" : "Theo dõi";
  sheet.header = {en ? "Code" : "Mã", en ? "Unit" : "Đơn vị"};
  for (const auto& s : t.standards) sheet.header.push_back((en ? "Readiness " : "Mức sẵn sàng ") + s.code + ":" + s.edition + " (%)");
  static const std::vector<std::string> kEn = {"Certification", "Next due", "Open nonconformities",
                                               "Overdue nonconformities", "Overdue actions", "Document reviews overdue",
                                               "Last internal audit", "Last management review",
                                               "Indicators off target", "Open complaints",
                                               "Satisfaction index (%)", "Attention"};
  static const std::vector<std::string> kVi = {"Chứng nhận", "Hạn tiếp theo", "Sự không phù hợp đang mở",
                                               "Sự không phù hợp quá hạn", "Hành động quá hạn",
                                               "Tài liệu quá hạn xem xét", "Đánh giá nội bộ gần nhất",
                                               "Xem xét của lãnh đạo gần nhất", "Chỉ số chưa đạt",
                                               "Khiếu nại đang mở", "Chỉ số hài lòng (%)", "Cần chú ý"};
  for (const std::string& h : en ? kEn : kVi) sheet.header.push_back(h);
  auto number = [](long long n) { return xlsx::Cell(double(n)); };
  auto text = [](const std::optional<std::string>& s) { return s ? xlsx::Cell(*s) : xlsx::Cell(); };
  for (const auto& r : t.rows) {
    const UnitRow& u = r.row;
    std::vector<xlsx::Cell> cells = {u.code, u.name};
    for (const auto& s : t.standards) {
      auto it = u.readiness.find(s.id);
      cells.push_back(it == u.readiness.end() ? xlsx::Cell() : xlsx::Cell(double(it->second)));
    }
    cells.push_back(u.certification);
    cells.push_back(text(u.certification_due));
    cells.push_back(number(u.nonconformities_open));
    cells.push_back(number(u.nonconformities_overdue));
    cells.push_back(number(u.actions_overdue));
    cells.push_back(number(u.document_reviews_overdue));
    cells.push_back(text(u.last_internal_audit));
    cells.push_back(text(u.last_management_review));
    cells.push_back(number(u.indicators_off_target));
    cells.push_back(number(u.complaints_open));
    cells.push_back(u.satisfaction_index ? xlsx::Cell(double(*u.satisfaction_index)) : xlsx::Cell());
    cells.push_back(LevelName(r.worst));
    sheet.rows.push_back(std::move(cells));
  }
  sheet.widths = {14, 40};
  sheet.landscape = sheet.fit_to_width = true;
  book.sheets.push_back(std::move(sheet));
  return xlsx::Write(book);
}

}  // namespace eduims::oversight
