// Records: retained documented information (ISO 9001 / ISO 21001 clause 7.5.3) such as attendance sheets, audit
// reports and survey results, each kept until its retention period ends and never disposed of before, nor while a
// legal hold stands. Plain data and rules; no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::records {

// attendance, assessment, audit_report, management_review, meeting_minutes, survey_result, training, complaint,
// other
const std::vector<std::string>& Categories();

struct Record {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title, category, description;
  std::string recorded_on;  // YYYY-MM-DD
  int retention_months = 60;
  std::string retain_until;  // recorded_on + retention_months
  bool legal_hold = false;
  std::string legal_hold_reason;
  std::optional<db::Id> owner_id;
  std::vector<db::Id> clause_ids;  // sorted
  long long version = 0;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> disposed_at, disposal_reason;
};

// recorded_on plus the retention period, clamped to the month's last day (31 January + 1 month = 28/29 February).
std::string RetainUntil(const std::string& recorded_on, int retention_months);

// Why the record cannot be disposed of on `today`, as a problem code, or nullopt: already disposed, under legal
// hold, or still within its retention period.
std::optional<std::string> DisposalProblem(const Record& record, const std::string& today);

// Past its retention, not on hold and not disposed: due for the disposal review.
bool IsDueForDisposal(const Record& record, const std::string& today);

boost::json::object ToJson(const Record& record, const std::string& today);

}  // namespace eduims::records
