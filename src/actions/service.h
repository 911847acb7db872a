// The rules of actions: who may see, create, edit and move which actions (by unit subtree and ownership), and
// the workflow. Every change is one transaction with its audit entry. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "actions/model.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::actions {

struct ActionInput {
  std::string title, description;
  std::optional<db::Id> owner_id;
  db::Id unit_id = 0;
  std::optional<std::string> due_date;
  std::optional<std::string> source_type, source_id;
};

struct ActionPatch {
  std::optional<std::string> title, description;
  bool owner_present = false;
  std::optional<db::Id> owner_id;
  std::optional<db::Id> unit_id;
  bool due_present = false;
  std::optional<std::string> due_date;
};

struct ActionFilter {
  std::optional<db::Id> unit_id, within, owner_id;
  std::optional<Status> status;
  bool overdue = false;
  std::optional<std::string> source_type, source_id;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

class ActionService {
 public:
  ActionService(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}

  Action Get(const auth::Principal& who, db::Id id);
  std::vector<Action> List(const auth::Principal& who, const ActionFilter& filter);
  // A `source_type` another module reserved is refused (422 actions.source_reserved): only that module's own
  // routes link an action to one of its records, with their checks.
  Action Create(const auth::Principal& who, const ActionInput& input, const audit::Actor& actor);
  // Makes `source_type` the reserve of the module that calls it (at start-up): its records' actions are raised
  // through CreateIn only.
  void ReserveSourceType(std::string source_type) { reserved_sources_.push_back(std::move(source_type)); }
  // Create inside the caller's transaction, so another module raises an action and records its own change
  // atomically. REQUIRES: `s` is inside Database::Write on this service's database.
  Action CreateIn(soci::session& s, const auth::Principal& who, const ActionInput& input, const audit::Actor& actor);
  // Every unarchived action raised by (`source_type`, `source_id`), whoever may see them: what another module's
  // rules count (open actions, their owners). REQUIRES: `s` is a session of this service's database.
  std::vector<Action> LinkedTo(soci::session& s, const std::string& source_type, const std::string& source_id);
  Action Update(const auth::Principal& who, db::Id id, long long version, const ActionPatch& patch,
                const audit::Actor& actor);
  Action Transition(const auth::Principal& who, db::Id id, long long version, Status to,
                    const std::optional<std::string>& comment, const audit::Actor& actor);
  Action Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);

 private:
  std::pair<Action, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The checked new action and the path of its unit; Record inserts it with its audit entry.
  std::pair<Action, std::string> Prepare(const auth::Principal& who, const ActionInput& input);
  void Record(soci::session& s, Action& action, const std::string& unit_path, const audit::Actor& actor);
  // The owner a request names (`owner_id`, none allowed) for an action of the unit at `unit_path`: an active user
  // the caller may see (else 422 validation.reference_not_found), who may work on it there (else 422
  // actions.owner_without_access).
  void CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id, const std::string& unit_path);
  // The action's owner, kept while its unit changes to the one at `unit_path`, may still work on it there (else 422
  // actions.owner_without_access).
  void CheckOwnerMayAct(const auth::Principal& who, db::Id owner_id, const std::string& unit_path);

  db::Database& db_;
  org::OrgService& org_;
  std::vector<std::string> reserved_sources_;
};

}  // namespace eduims::actions
