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
  Action Create(const auth::Principal& who, const ActionInput& input, const audit::Actor& actor);
  Action Update(const auth::Principal& who, db::Id id, long long version, const ActionPatch& patch,
                const audit::Actor& actor);
  Action Transition(const auth::Principal& who, db::Id id, long long version, Status to,
                    const std::optional<std::string>& comment, const audit::Actor& actor);
  Action Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);

 private:
  std::pair<Action, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  void CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id);

  db::Database& db_;
  org::OrgService& org_;
};

}  // namespace eduims::actions
