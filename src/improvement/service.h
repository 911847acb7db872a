// The rules of nonconformities: who may see, report and carry them through the corrective-action workflow (by unit
// subtree, and the named verifier), the guards on each step, repeats, due dates by severity, and the corrective
// actions, which are actions of the actions module raised by the nonconformity. Every change is one transaction
// with its audit entry. Failures are ProblemError.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "actions/service.h"
#include "improvement/linked_actions.h"
#include "improvement/model.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "platform/lru_cache.h"

namespace eduims::improvement {

struct NcInput {
  db::Id unit_id = 0;
  std::string title, description, source, severity;
  std::optional<std::string> detected_on;  // today when absent
  std::optional<std::string> due_date;     // by severity from the organisation's defaults when absent
  std::vector<db::Id> clause_ids;
  std::optional<db::Id> audit_id;  // set by the audits module when a finding raises it
};

struct NcPatch {
  std::optional<std::string> title, description, due_date;
};

struct NcFilter {
  std::optional<db::Id> unit_id, within, clause_id, audit_id;
  std::optional<db::Id> escalated_to;  // open ones escalated to this user
  std::optional<NcStatus> status;
  std::optional<std::string> severity, source;
  bool overdue = false, repeat_only = false, include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// One workflow step and what it records; which fields a step needs is the workflow table's business.
struct StepInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> comment, correction, root_cause_method, root_cause, effectiveness_criterion,
      verification_due;
  std::optional<std::vector<std::string>> whys, categories;
  std::optional<db::Id> verifier_id;
};

// Where a nonconformity stands, for the rules of a module that raised it (a certification decision waits for the
// nonconformities its audits raised).
struct NcStanding {
  db::Id id = 0;
  std::string severity;
  NcStatus status = NcStatus::kReported;
  std::optional<std::string> verification_due;  // the deadline of the action plan, while one stands
  std::optional<std::string> closed_on;         // the day it closed, in the organisation's calendar
};

struct EscalationRun {
  int escalated = 0;     // recorded by this call (and their notices queued)
  int without_head = 0;  // of those, the ones no unit up the tree names a head for
};

namespace store {
struct DashboardQuery;
}  // namespace store

// The source of actions raised by a nonconformity, as the actions module records it.
inline constexpr const char* kActionSource = "nonconformity";

class NonconformityService {
 public:
  // `dashboard_cache_bytes`: the memory for kept dashboards (Dashboard); 0 computes every one.
  NonconformityService(db::Database& db, org::OrgService& org, actions::ActionService& actions,
                       size_t dashboard_cache_bytes = 4u << 20)
      : db_(db), org_(org), actions_(actions), dashboards_(dashboard_cache_bytes) {
    actions.ReserveSourceType(kActionSource);
  }

  Nonconformity Get(const auth::Principal& who, db::Id id);
  std::vector<NcStepRecord> Steps(const auth::Principal& who, db::Id id);
  std::vector<Nonconformity> List(const auth::Principal& who, const NcFilter& filter);
  Nonconformity Create(const auth::Principal& who, const NcInput& input, const audit::Actor& actor);
  // Create inside the caller's transaction, so another module (an audit finding) raises a nonconformity and
  // records its own change atomically. REQUIRES: `s` is inside Database::Write on this service's database.
  Nonconformity CreateIn(soci::session& s, const auth::Principal& who, const NcInput& input,
                         const audit::Actor& actor);
  // For a record that names a nonconformity (the risk that materialised in it): 422 validation.reference_not_found
  // naming `field` unless `who` may see nonconformity `id`. REQUIRES: `s` is a session of this service's database.
  void CheckVisible(soci::session& s, const auth::Principal& who, db::Id id, const std::string& field);
  // True if the nonconformity exists and is closed. REQUIRES: `s` is a session of this service's database.
  bool IsClosed(soci::session& s, db::Id id);
  // How each of `ids` stands, in the order of `ids`; an id that does not exist is left out.
  // REQUIRES: `s` is a session of this service's database.
  std::vector<NcStanding> StandingOf(soci::session& s, const std::vector<db::Id>& ids);
  Nonconformity Update(const auth::Principal& who, db::Id id, long long version, const NcPatch& patch,
                       const audit::Actor& actor);
  // Only a nonconformity just reported (raised by mistake) or closed can be archived.
  Nonconformity Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  Nonconformity Step(const auth::Principal& who, db::Id id, const StepInput& input, const audit::Actor& actor);

  std::vector<actions::Action> CorrectiveActions(const auth::Principal& who, db::Id id);
  // Raises an action on the nonconformity's unit while its actions are being planned.
  actions::Action AddCorrectiveAction(const auth::Principal& who, db::Id id, const PlannedAction& input,
                                      const audit::Actor& actor);

  // Open nonconformities by severity, age and unit; overdue; mean days to close over the last 12 months; and the
  // Pareto of nonconformities by clause and by cause category: of those the caller may see, within `within`; as
  // the JSON body of the answer. Kept for the same database generation (audit/generation.h), day and subtrees, so
  // a repeated dashboard costs two small reads while any write on any server makes the next one fresh.
  std::string Dashboard(const auth::Principal& who, std::optional<db::Id> within);

  // The open nonconformities the caller may see within the subtree of `within`, on each of their clauses: what
  // readiness counts against a clause.
  std::vector<OpenOnClause> OpenOnClauses(const auth::Principal& who, db::Id within);

  // Escalates every live nonconformity still open after its due date (before `today`, the organisation's calendar)
  // and not yet escalated for that due date: records the escalation with its audit entry and queues a notice to
  // the head (improvement/escalation.h) linking to `link_base` + "/nonconformities/{id}". Safe to run on several
  // servers at once and to repeat: each escalation is recorded, and its notice queued, once.
  EscalationRun EscalateOverdue(const std::string& today, const std::string& link_base);

  DueDays GetDueDays();
  // REQUIRES: the caller manages improvement at the top of the organisation.
  DueDays SetDueDays(const auth::Principal& who, long long version, int major_days, int minor_days,
                     const audit::Actor& actor);

 private:
  std::pair<Nonconformity, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The checked new nonconformity and the path of its unit; Record completes it (clauses, due date, repeat) and
  // inserts it with its audit entry.
  std::pair<Nonconformity, std::string> Prepare(const auth::Principal& who, const NcInput& input);
  void Record(soci::session& s, Nonconformity& nc, const std::vector<db::Id>& clause_ids, const std::string& unit_path,
              const audit::Actor& actor);
  std::string ComputeDashboard(const store::DashboardQuery& q, std::chrono::year_month_day today);

  db::Database& db_;
  org::OrgService& org_;
  actions::ActionService& actions_;
  LruCache dashboards_;
};

}  // namespace eduims::improvement
