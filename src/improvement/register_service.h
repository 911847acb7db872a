// The rules of the improvement register: who may see, propose, decide and complete opportunities for improvement
// (by unit subtree, and the owner), and their actions, which are actions of the actions module raised by the
// improvement. Every change is one transaction with its audit entry. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "actions/service.h"
#include "improvement/linked_actions.h"
#include "improvement/model.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::improvement {

struct ImprovementInput {
  db::Id unit_id = 0;
  std::string title, description, source, expected_benefit;
  std::optional<db::Id> owner_id;
};

struct ImprovementPatch {
  std::optional<std::string> title, description, expected_benefit;
  std::optional<db::Id> owner_id;
};

struct ImprovementFilter {
  std::optional<db::Id> unit_id, within, owner_id;
  std::optional<ImprovementStatus> status;
  std::optional<std::string> source;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

struct ImprovementStepInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> comment, outcome;
};

// The source of actions raised by an improvement, as the actions module records it.
inline constexpr const char* kImprovementActionSource = "improvement";

class ImprovementService {
 public:
  ImprovementService(db::Database& db, org::OrgService& org, actions::ActionService& actions)
      : db_(db), org_(org), actions_(actions) {
    actions.ReserveSourceType(kImprovementActionSource);
  }

  Improvement Get(const auth::Principal& who, db::Id id);
  std::vector<Improvement> List(const auth::Principal& who, const ImprovementFilter& filter);
  Improvement Create(const auth::Principal& who, const ImprovementInput& input, const audit::Actor& actor);
  // Create inside the caller's transaction (an audit's opportunity for improvement). REQUIRES: `s` is inside
  // Database::Write on this service's database.
  Improvement CreateIn(soci::session& s, const auth::Principal& who, const ImprovementInput& input,
                       const audit::Actor& actor);
  // True if the improvement exists and was completed or rejected. REQUIRES: `s` is a session of this database.
  bool IsClosed(soci::session& s, db::Id id);
  Improvement Update(const auth::Principal& who, db::Id id, long long version, const ImprovementPatch& patch,
                     const audit::Actor& actor);
  // Not while it is accepted and being worked on.
  Improvement Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  Improvement Step(const auth::Principal& who, db::Id id, const ImprovementStepInput& input,
                   const audit::Actor& actor);

  std::vector<actions::Action> Actions(const auth::Principal& who, db::Id id);
  // Raises an action on the improvement's unit while it is accepted.
  actions::Action AddAction(const auth::Principal& who, db::Id id, const PlannedAction& input,
                            const audit::Actor& actor);

 private:
  std::pair<Improvement, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The owner a request names for an improvement of the unit at `unit_path`: an enabled user the caller may see
  // who may work on their own improvements there (auth.named_without_permission names the permission if not).
  void CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id, const std::string& unit_path);
  // The checked new improvement and the path of its unit; Record inserts it with its audit entry.
  std::pair<Improvement, std::string> Prepare(const auth::Principal& who, const ImprovementInput& input);
  void Record(soci::session& s, Improvement& improvement, const std::string& unit_path, const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
  actions::ActionService& actions_;
};

}  // namespace eduims::improvement
