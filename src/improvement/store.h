// All SQL of the improvement module: nonconformities, their clauses and workflow steps, the default due days, and
// the improvement register.
#pragma once
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "improvement/dashboard.h"
#include "improvement/model.h"

namespace eduims::improvement::store {

struct NcQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<db::Id> unit_id;
  std::optional<std::string> within_path;
  std::optional<NcStatus> status;
  std::optional<std::string> severity, source;
  std::optional<db::Id> clause_id, audit_id;
  std::optional<std::string> overdue_before;  // not closed with a due date before this date
  bool repeat_only = false;
  std::optional<db::Id> escalated_to;  // open and escalated to this user for their current due date
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The nonconformity, with its clauses, and the path of its unit.
std::optional<std::pair<Nonconformity, std::string>> FindNonconformity(soci::session& s, db::Id id);
std::vector<Nonconformity> ListNonconformities(soci::session& s, const NcQuery& query);
// Inserts the nonconformity and its clauses; sets its id.
void InsertNonconformity(soci::session& s, Nonconformity& nc);
// Writes every field if the version is still `expected_version`; false if stale.
bool UpdateNonconformity(soci::session& s, const Nonconformity& nc, long long expected_version);

// The clauses of the catalogue among `ids`, in the order of `ids`; a missing id is left out.
std::vector<ClauseRef> FindClauses(soci::session& s, const std::vector<db::Id>& ids);
// `ids` and every clause an "equal" correspondence links to one of them, in either direction.
std::vector<db::Id> WithEqualClauses(soci::session& s, const std::vector<db::Id>& ids);
// The latest live nonconformity of `unit_id` on any of `clause_ids` detected from `since` to `until` (dates).
std::optional<db::Id> LatestOnClauses(soci::session& s, db::Id unit_id, const std::vector<db::Id>& clause_ids,
                                      const std::string& since, const std::string& until);

// An open nonconformity past its due date, with what its escalation notice says.
struct OverdueNc {
  db::Id id = 0, unit_id = 0;
  std::string unit_path, unit_name, title, severity, due_date;
};
// Live, open nonconformities due before `today` not yet escalated for their current due date: in id order, at most
// `limit`.
std::vector<OverdueNc> OverdueNotEscalated(soci::session& s, const std::string& today, int limit);
// Records the escalation unless it is recorded already (by another server at the same time): true if this call did.
bool InsertEscalation(soci::session& s, db::Id nonconformity_id, const Escalation& escalation);

void InsertStep(soci::session& s, db::Id nonconformity_id, NcStepRecord& step);
std::vector<NcStepRecord> ListSteps(soci::session& s, db::Id nonconformity_id);

DueDays LoadDueDays(soci::session& s);
// Writes both severities' days if the version is still `expected_version`; false if stale.
bool SaveDueDays(soci::session& s, const DueDays& days, long long expected_version, const std::string& at);

// The nonconformities a dashboard counts: live ones in the caller's subtrees, optionally within one.
struct DashboardQuery {
  std::vector<std::string> scope;
  std::optional<std::string> within_path;
};
struct UnitCount {
  db::Id unit_id = 0;
  std::string code, name;
  long long count = 0;
};
struct ClauseCount {
  ClauseRef clause;
  long long count = 0;
};
// In one pass over the nonconformities_dashboard index: the open ones and those closed on or after `since` (a date).
std::vector<DashboardRow> DashboardRows(soci::session& s, const DashboardQuery& q, const std::string& since);
// The code and name of each of `ids` that exists, in no particular order.
std::vector<UnitCount> NameUnits(soci::session& s, const std::vector<db::Id>& ids);
// How many name each clause (each once per clause it names), from the clause ids kept on the rows.
std::vector<ClauseCount> CountByClause(soci::session& s, const DashboardQuery& q);
// Open (not closed) ones on each of their clauses, by clause then nonconformity.
std::vector<OpenOnClause> OpenOnClauses(soci::session& s, const DashboardQuery& q);
// Cause-category analyses: (the categories as a JSON array, how many have exactly those).
std::vector<std::pair<std::string, long long>> CategoryAnalyses(soci::session& s, const DashboardQuery& q);

struct ImprovementQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<db::Id> unit_id, owner_id;
  std::optional<std::string> within_path, source;
  std::optional<ImprovementStatus> status;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The improvement and the path of its unit.
std::optional<std::pair<Improvement, std::string>> FindImprovement(soci::session& s, db::Id id);
std::vector<Improvement> ListImprovements(soci::session& s, const ImprovementQuery& query);
void InsertImprovement(soci::session& s, Improvement& improvement);
// Writes every field if the version is still `expected_version`; false if stale.
bool UpdateImprovement(soci::session& s, const Improvement& improvement, long long expected_version);

}  // namespace eduims::improvement::store
