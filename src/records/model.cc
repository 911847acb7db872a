#include "records/model.h"

#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::records {

const std::vector<std::string>& Categories() {
  static const std::vector<std::string> categories = {
      "attendance", "assessment", "audit_report", "management_review", "meeting_minutes",
      "survey_result", "training", "complaint", "other"};
  return categories;
}

std::string RetainUntil(const std::string& recorded_on, int retention_months) {
  auto date = ParseDate(recorded_on);
  if (!date) return recorded_on;
  return FormatDate(AddMonths(*date, retention_months));
}

std::optional<std::string> DisposalProblem(const Record& record, const std::string& today) {
  if (record.disposed_at) return "records.already_disposed";
  if (record.legal_hold) return "records.legal_hold";
  // Dates written YYYY-MM-DD compare as text.
  if (today < record.retain_until) return "records.retention_not_over";
  return std::nullopt;
}

bool IsDueForDisposal(const Record& record, const std::string& today) {
  return !DisposalProblem(record, today).has_value();
}

boost::json::object ToJson(const Record& r, const std::string& today) {
  auto text = [](const std::optional<std::string>& v) { return v ? boost::json::value(*v) : boost::json::value(); };
  return {{"id", r.id},
          {"unit_id", r.unit_id},
          {"title", r.title},
          {"category", r.category},
          {"description", r.description},
          {"recorded_on", r.recorded_on},
          {"retention_months", r.retention_months},
          {"retain_until", r.retain_until},
          {"legal_hold", r.legal_hold},
          {"legal_hold_reason", r.legal_hold_reason},
          {"due_for_disposal", IsDueForDisposal(r, today)},
          {"owner_id", r.owner_id ? boost::json::value(*r.owner_id) : boost::json::value()},
          {"clause_ids", boost::json::array(r.clause_ids.begin(), r.clause_ids.end())},
          {"version", r.version},
          {"created_by", r.created_by ? boost::json::value(*r.created_by) : boost::json::value()},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at},
          {"disposed_at", text(r.disposed_at)},
          {"disposal_reason", text(r.disposal_reason)}};
}

}  // namespace eduims::records
