// All SQL of the audits module: programmes, audits with their team and clauses, and checklist lines.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audits/model.h"
#include "notifications/source.h"

namespace eduims::audits::store {

struct ProgrammeQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<db::Id> unit_id;
  std::optional<int> year;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The programme and the path of its unit.
std::optional<std::pair<Programme, std::string>> FindProgramme(soci::session& s, db::Id id);
std::vector<Programme> ListProgrammes(soci::session& s, const ProgrammeQuery& query);
bool ProgrammeExists(soci::session& s, db::Id unit_id, int year);
void InsertProgramme(soci::session& s, Programme& programme);
// Writes the programme's title, objectives, updated_at and archived_at if the version is still `expected_version`;
// false if stale.
bool UpdateProgramme(soci::session& s, const Programme& programme, long long expected_version);
// How many live audits of the programme are not closed yet.
int OpenAudits(soci::session& s, db::Id programme_id);

struct AuditQuery {
  std::vector<std::string> scope;
  std::optional<db::Id> programme_id, unit_id, lead_auditor_id;
  std::optional<AuditStatus> status;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// Live audits whose planned days overlap [from, to], without team, clauses or processes: what a calendar shows.
struct ScheduleQuery {
  std::vector<std::string> scope;  // subtrees the caller may see, already narrowed to any subtree asked for
  // only audits this user leads, is on the team of, is audited in, or whose unit is `own_unit`
  std::optional<db::Id> taking_part;
  std::optional<db::Id> own_unit;
  std::string from, to;  // dates
  int limit = 1000;
};
std::vector<Audit> ScheduledAudits(soci::session& s, const ScheduleQuery& query);

// The audit, with its team, auditees, clauses and processes, and the path of its unit.
std::optional<std::pair<Audit, std::string>> FindAudit(soci::session& s, db::Id id);
std::vector<Audit> ListAudits(soci::session& s, const AuditQuery& query);
// Inserts the audit with its team, auditees, processes and clauses (of `clause_ids`, which must exist); sets its id
// and clauses.
void InsertAudit(soci::session& s, Audit& audit, const std::vector<db::Id>& clause_ids);
// Writes the audit's own fields (not its people, clauses or processes) if the version is still `expected_version`;
// false if stale.
bool UpdateAudit(soci::session& s, const Audit& audit, long long expected_version);
// Replaces the audit's team, auditees and processes with those of `audit`, and its clauses with `clause_ids` (which
// must exist); sets its clauses.
void ReplaceAuditLinks(soci::session& s, Audit& audit, const std::vector<db::Id>& clause_ids);

// The clauses the programme's live audits cover.
std::set<db::Id> AuditedClauses(soci::session& s, db::Id programme_id);
// How many live audits of the programme cover each process (processes no audit covers are absent).
std::map<db::Id, int> AuditsPerProcess(soci::session& s, db::Id programme_id);
struct UnitRef {
  db::Id id = 0;
  std::string code, name;
};
// The live units of the subtree at `unit_path` that no live audit of the programme audits.
std::vector<UnitRef> UnauditedUnits(soci::session& s, db::Id programme_id, const std::string& unit_path);

// Inserts the line with its clauses; sets its id.
void InsertLine(soci::session& s, ChecklistLine& line, const std::vector<db::Id>& clause_ids);
std::vector<ChecklistLine> ListLines(soci::session& s, db::Id audit_id);
std::optional<ChecklistLine> FindLine(soci::session& s, db::Id line_id);
// Writes the line's answer if the version is still `expected_version`; false if stale.
bool UpdateLine(soci::session& s, const ChecklistLine& line, long long expected_version);
// Moves the line out of the way (to the negative of its position) while an edited plan renumbers its checklist.
void ParkLine(soci::session& s, db::Id line_id);
// Moves the line to `position` with the clauses `clause_ids`, as an edited plan regroups its checklist; its version
// goes up. REQUIRES: no other line of the audit holds `position`.
void PlaceLine(soci::session& s, ChecklistLine& line, int position, const std::vector<db::Id>& clause_ids);
// Deletes a line of a planned audit, which holds no answer, finding or file yet, with its clauses.
void DeleteLine(soci::session& s, db::Id line_id);

// The live audits planned or in progress as tasks (notifications/source.h) of their lead auditor and of each member
// of their team (`user` only, if given), due when they start (planned) or end (in progress).
std::vector<notifications::UserTask> AssignedTasks(soci::session& s, std::optional<db::Id> user);

}  // namespace eduims::audits::store
