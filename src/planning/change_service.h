// The rules of the planned changes register (6.3): who may see (kViewPlanning on the change's unit) and plan
// (kManagePlanning there) which changes, what a valid change is (texts within their limits, documents and
// processes the caller can see), and its decisions: only someone holding the top management role on the unit or
// above approves or rejects a proposed change (403 planning.top_management_only), and its content no longer changes
// once decided (409 planning.change_decided). Every change is one transaction with its audit entry. Failures are
// ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "documents/service.h"
#include "org/service.h"
#include "planning/change_model.h"
#include "platform/audit/audit_trail.h"
#include "processes/service.h"

namespace eduims::planning {

struct ChangeInput {
  db::Id unit_id = 0;
  std::string title, purpose, risks, resources, responsibilities;
  std::optional<std::string> planned_on;
  std::vector<db::Id> document_ids, process_ids;
};

struct ChangePatch {
  std::optional<std::string> title, purpose, risks, resources, responsibilities;
  bool planned_present = false;
  std::optional<std::string> planned_on;
  std::optional<std::vector<db::Id>> document_ids, process_ids;
};

struct ChangeFilter {
  std::optional<db::Id> unit_id, within;
  std::optional<std::string> status;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

class ChangeService {
 public:
  ChangeService(db::Database& db, org::OrgService& org, documents::DocumentService& documents,
                processes::ProcessService& processes)
      : db_(db), org_(org), documents_(documents), processes_(processes) {}

  PlannedChange Get(const auth::Principal& who, db::Id id);
  std::vector<PlannedChange> List(const auth::Principal& who, const ChangeFilter& filter);
  PlannedChange Create(const auth::Principal& who, const ChangeInput& input, const audit::Actor& actor);
  PlannedChange Update(const auth::Principal& who, db::Id id, long long version, const ChangePatch& patch,
                       const audit::Actor& actor);
  // `decision` is one of ChangeDecisions(); one that does not apply to the change's status is 409
  // planning.change_decided.
  PlannedChange Decide(const auth::Principal& who, db::Id id, long long version, const std::string& decision,
                       const std::string& note, const audit::Actor& actor);
  PlannedChange Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);

 private:
  std::pair<PlannedChange, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The links a request names, each visible to the caller (else 422 validation.reference_not_found).
  void CheckLinks(const auth::Principal& who, const std::vector<db::Id>& document_ids,
                  const std::vector<db::Id>& process_ids);

  db::Database& db_;
  org::OrgService& org_;
  documents::DocumentService& documents_;
  processes::ProcessService& processes_;
};

}  // namespace eduims::planning
