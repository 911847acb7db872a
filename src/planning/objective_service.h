// The rules of objectives: who may see (kViewPlanning on the unit's subtree) and keep them (kManagePlanning), and
// their plan's steps, which are actions of the actions module raised by the objective. Every change is one
// transaction with its audit entry. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "actions/service.h"
#include "org/service.h"
#include "planning/objective_model.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::planning {

struct ObjectiveInput {
  db::Id unit_id = 0;
  std::string title, policy_link, plan_what, resources, evaluation;
  std::optional<db::Id> responsible_id;
  std::optional<std::string> due_date;
};

struct ObjectivePatch {
  std::optional<std::string> title, policy_link, plan_what, resources, evaluation;
  bool responsible_present = false, due_present = false;
  std::optional<db::Id> responsible_id;
  std::optional<std::string> due_date;
};

struct ObjectiveFilter {
  std::optional<db::Id> unit_id, within;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// A step of the plan: an action owned by someone who may work on actions of the objective's unit.
struct PlanStep {
  std::string title, description;
  std::optional<db::Id> owner_id;
  std::optional<std::string> due_date;
};

class ObjectiveService {
 public:
  ObjectiveService(db::Database& db, org::OrgService& org, actions::ActionService& actions)
      : db_(db), org_(org), actions_(actions) {
    actions.ReserveSourceType(kObjectiveActionSource);
  }

  Objective Get(const auth::Principal& who, db::Id id);
  std::vector<Objective> List(const auth::Principal& who, const ObjectiveFilter& filter);
  Objective Create(const auth::Principal& who, const ObjectiveInput& input, const audit::Actor& actor);
  Objective Update(const auth::Principal& who, db::Id id, long long version, const ObjectivePatch& patch,
                   const audit::Actor& actor);
  Objective Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  std::vector<actions::Action> Steps(const auth::Principal& who, db::Id id);
  // Raises the step as an action on the objective's unit (kManagePlanning there, and the actions module's own
  // rules for the action); refused on an archived objective.
  actions::Action AddStep(const auth::Principal& who, db::Id id, const PlanStep& step, const audit::Actor& actor);
  // The objective with its unit's path, for the indicator rules. REQUIRES: `s` is a session of this database.
  std::pair<Objective, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);

 private:
  void CheckResponsible(const auth::Principal& who, const std::optional<db::Id>& id, const std::string& unit_path);

  db::Database& db_;
  org::OrgService& org_;
  actions::ActionService& actions_;
};

}  // namespace eduims::planning
