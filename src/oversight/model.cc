#include "oversight/model.h"

#include <algorithm>
#include <variant>

#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::oversight {
namespace {

std::string Id(db::Id id) { return std::to_string(id); }

Level Count(long long n, long long alert_at) {
  if (n >= alert_at) return Level::kAlert;
  return n > 0 ? Level::kWarning : Level::kOk;
}

// Days from `day` to `today` (negative for a day to come); none for a day that does not parse.
std::optional<long> DaysSince(const std::string& day, const std::string& today) {
  auto from = ParseDate(day), to = ParseDate(today);
  if (!from || !to) return std::nullopt;
  return DaysBetween(*from, *to);
}

Level Yearly(const std::optional<std::string>& day, const Thresholds& t, const std::string& today) {
  if (!day) return Level::kAlert;
  auto days = DaysSince(*day, today);
  if (!days || *days > t.yearly_alert_days) return Level::kAlert;
  return *days > t.yearly_warning_days ? Level::kWarning : Level::kOk;
}

boost::json::value Optional(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  return boost::json::value(*text);
}

int LowestReadiness(const UnitRow& row) {
  int lowest = 101;  // a unit without assessments sorts after every assessed one
  for (const auto& [standard, percent] : row.readiness) lowest = std::min(lowest, percent);
  return lowest;
}

// The value a row sorts by under `key`: a number or a text (empty dates sort first ascending).
std::variant<long long, std::string> SortValue(const TableRow& r, const std::string& key) {
  const UnitRow& u = r.row;
  if (key == "code") return u.code;
  if (key == "readiness") return static_cast<long long>(LowestReadiness(u));
  if (key == "certification_due") return u.certification_due.value_or("");
  if (key == "nonconformities_open") return u.nonconformities_open;
  if (key == "nonconformities_overdue") return u.nonconformities_overdue;
  if (key == "actions_overdue") return u.actions_overdue;
  if (key == "document_reviews_overdue") return u.document_reviews_overdue;
  if (key == "last_internal_audit") return u.last_internal_audit.value_or("");
  if (key == "last_management_review") return u.last_management_review.value_or("");
  if (key == "indicators_off_target") return u.indicators_off_target;
  if (key == "complaints_open") return u.complaints_open;
  if (key == "satisfaction_index") return static_cast<long long>(u.satisfaction_index.value_or(-1));
  if (key == "attention") return static_cast<long long>(r.worst);
  return std::string();  // "name": the tie-break below orders by name
}

}  // namespace

std::string LevelName(Level level) {
  switch (level) {
    case Level::kAlert: return "alert";
    case Level::kWarning: return "warning";
    default: return "ok";
  }
}

const std::vector<std::string>& SortKeys() {
  static const std::vector<std::string> keys = {
      "name", "code", "readiness", "certification_due", "nonconformities_open", "nonconformities_overdue",
      "actions_overdue", "document_reviews_overdue", "last_internal_audit", "last_management_review",
      "indicators_off_target", "complaints_open", "satisfaction_index", "attention"};
  return keys;
}

boost::json::object ToJson(const Thresholds& t) {
  return {{"readiness", {{"alert_below", t.readiness_alert_below}, {"warning_below", t.readiness_warning_below}}},
          {"nonconformities", {{"alert", "an overdue nonconformity"}, {"warning", "an open nonconformity"}}},
          {"actions_overdue", {{"alert_at", t.actions_alert_at}, {"warning_at", 1}}},
          {"document_reviews_overdue", {{"alert_at", t.document_reviews_alert_at}, {"warning_at", 1}}},
          {"certification_due", {{"alert", "past"}, {"warning_within_days", t.certification_warning_days}}},
          {"yearly", {{"alert_after_days", t.yearly_alert_days}, {"warning_after_days", t.yearly_warning_days}}},
          {"indicators", {{"alert", "past the warning threshold"}, {"warning", "off target"}}},
          {"complaints", {{"alert", "past the response deadline"}, {"warning", "open"}}},
          {"satisfaction_index",
           {{"alert_below", t.satisfaction_alert_below}, {"warning_below", t.satisfaction_warning_below}}}};
}

std::map<std::string, Cell> CellsOf(const UnitRow& u, const std::vector<StandardColumn>& standards,
                                    const Thresholds& t, const std::string& today) {
  std::map<std::string, Cell> out;
  std::string unit = Id(u.unit_id);
  for (const auto& s : standards) {
    Cell c;
    c.link = "/readiness?unit_id=" + unit + "&standard=" + Id(s.id);
    if (auto it = u.readiness.find(s.id); it != u.readiness.end()) {
      c.value = it->second;
      c.level = it->second < t.readiness_alert_below     ? Level::kAlert
                : it->second < t.readiness_warning_below ? Level::kWarning
                                                         : Level::kOk;
    } else {
      c.value = nullptr;
      c.level = Level::kAlert;  // nothing assessed yet
    }
    out["readiness:" + Id(s.id)] = std::move(c);
  }
  {
    Cell c;
    c.value = u.certification.empty() ? boost::json::value(nullptr) : boost::json::value(u.certification);
    if (u.certificate_id)
      c.link = "/certificates/" + Id(*u.certificate_id);
    else if (u.project_id)
      c.link = "/certifications/" + Id(*u.project_id);
    else
      c.link = "/certifications";
    if (u.certification == "certificate_suspended" || u.certification == "certificate_withdrawn" ||
        u.certification == "certificate_expired")
      c.level = Level::kAlert;
    out["certification"] = std::move(c);
    Cell due;
    due.value = Optional(u.certification_due);
    due.link = out["certification"].link;
    if (u.certification_due)
      if (auto days = DaysSince(*u.certification_due, today))
        due.level = *days > 0 ? Level::kAlert : -*days <= t.certification_warning_days ? Level::kWarning : Level::kOk;
    out["certification_due"] = std::move(due);
  }
  out["nonconformities_open"] = {u.nonconformities_open, u.nonconformities_open ? Level::kWarning : Level::kOk,
                                 "/nonconformities?within=" + unit};
  out["nonconformities_overdue"] = {u.nonconformities_overdue,
                                    u.nonconformities_overdue ? Level::kAlert : Level::kOk,
                                    "/nonconformities?within=" + unit + "&overdue=true"};
  out["actions_overdue"] = {u.actions_overdue, Count(u.actions_overdue, t.actions_alert_at),
                            "/actions?within=" + unit + "&overdue=true"};
  out["document_reviews_overdue"] = {u.document_reviews_overdue,
                                     Count(u.document_reviews_overdue, t.document_reviews_alert_at),
                                     "/documents?within=" + unit + "&review_overdue=true"};
  out["last_internal_audit"] = {Optional(u.last_internal_audit), Yearly(u.last_internal_audit, t, today),
                                "/audits?within=" + unit};
  out["last_management_review"] = {Optional(u.last_management_review), Yearly(u.last_management_review, t, today),
                                   "/management-reviews?within=" + unit + "&status=approved"};
  out["indicators_off_target"] = {u.indicators_off_target,
                                  u.indicators_past_warning  ? Level::kAlert
                                  : u.indicators_off_target ? Level::kWarning
                                                            : Level::kOk,
                                  "/indicators?within=" + unit};
  out["complaints_open"] = {u.complaints_open,
                            u.complaints_overdue ? Level::kAlert
                            : u.complaints_open  ? Level::kWarning
                                                 : Level::kOk,
                            "/complaint-register?within=" + unit};
  {
    // No campaign with results to show is no alarm: a unit may not have surveyed yet this year.
    Cell c;
    c.value = u.satisfaction_index ? boost::json::value(*u.satisfaction_index) : boost::json::value(nullptr);
    if (u.satisfaction_index)
      c.level = *u.satisfaction_index < t.satisfaction_alert_below     ? Level::kAlert
                : *u.satisfaction_index < t.satisfaction_warning_below ? Level::kWarning
                                                                       : Level::kOk;
    c.link = u.satisfaction_campaign_id ? "/surveys/" + Id(*u.satisfaction_campaign_id) : "/surveys?within=" + unit;
    out["satisfaction_index"] = std::move(c);
  }
  return out;
}

Level Worst(const std::map<std::string, Cell>& cells) {
  Level worst = Level::kOk;
  for (const auto& [key, cell] : cells) worst = std::max(worst, cell.level);
  return worst;
}

std::vector<TableRow> Arrange(const std::vector<UnitRow>& rows, const std::vector<StandardColumn>& standards,
                              const Thresholds& t, const std::string& today, const TableQuery& q,
                              const std::map<db::Id, std::string>& folded_names) {
  std::vector<TableRow> out;
  for (const UnitRow& row : rows) {
    if (q.type && row.type != *q.type) continue;
    if (q.text_folded) {
      auto name = folded_names.find(row.unit_id);
      std::string code = row.code;
      std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return std::tolower(c); });
      bool in_name = name != folded_names.end() && name->second.find(*q.text_folded) != std::string::npos;
      if (!in_name && code.find(*q.text_folded) == std::string::npos) continue;
    }
    TableRow r{row, CellsOf(row, standards, t, today), Level::kOk};
    r.worst = Worst(r.cells);
    if (q.at_least && r.worst < *q.at_least) continue;
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(), [&](const TableRow& a, const TableRow& b) {
    auto va = SortValue(a, q.sort), vb = SortValue(b, q.sort);
    if (va != vb) return q.descending ? vb < va : va < vb;
    if (a.row.name != b.row.name) return a.row.name < b.row.name;
    return a.row.unit_id < b.row.unit_id;
  });
  return out;
}

boost::json::object ToJson(const TableRow& r) {
  boost::json::object cells;
  for (const auto& [key, c] : r.cells)
    cells[key] = boost::json::object{{"value", c.value}, {"level", LevelName(c.level)}, {"link", c.link}};
  return {{"unit_id", r.row.unit_id}, {"code", r.row.code},   {"name", r.row.name},
          {"type", r.row.type},       {"worst", LevelName(r.worst)}, {"cells", std::move(cells)}};
}

}  // namespace eduims::oversight
