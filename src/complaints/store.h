// All SQL of the complaints module.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "complaints/model.h"

namespace eduims::complaints::store {

struct Query {
  std::vector<std::string> manage_scope;  // subtrees where the caller sees every complaint
  std::vector<std::string> handle_scope;  // subtrees where complaints naming the caller handler or decider are seen
  std::optional<db::Id> user_id;          // the caller, for the complaints naming them
  std::optional<std::string> within_path;
  std::optional<db::Id> unit_id;
  std::optional<Status> status;
  std::optional<std::string> category, kind;
  std::optional<db::Id> handler_id, nonconformity_id;
  std::optional<std::string> overdue_on;  // a deadline passed before this date
  std::optional<db::Id> after;
  int limit = 50;
};

// The complaint with the path of its unit.
std::optional<std::pair<Complaint, std::string>> Find(soci::session& s, db::Id id);
std::optional<std::pair<Complaint, std::string>> FindByCode(soci::session& s, const std::string& code_hash);
std::vector<std::pair<Complaint, std::string>> List(soci::session& s, const Query& query);
void Insert(soci::session& s, Complaint& complaint);
// Writes every field if the version is still `expected_version`; false if stale.
bool Update(soci::session& s, const Complaint& complaint, long long expected_version);

void InsertNote(soci::session& s, Note& note);
std::vector<Note> Notes(soci::session& s, db::Id complaint_id);

Deadlines GetDeadlines(soci::session& s);
// False if the settings' version is no longer `expected_version`.
bool SaveDeadlines(soci::session& s, const Deadlines& deadlines, long long expected_version, const std::string& now);

// One complaint as the statistics count it: no text, no identity.
struct StatRow {
  db::Id unit_id = 0;
  std::string unit_name, category, received_on;
  Status status = Status::kReceived;
  std::optional<std::string> outcome, appeal_outcome, closed_at;
};
std::vector<StatRow> StatRows(soci::session& s, const std::vector<std::string>& roots, const std::string& from,
                              const std::string& to);

// Unfinished complaints one of whose deadlines passed before `today`, with the path and name of their unit.
struct Overdue {
  Complaint complaint;
  std::string unit_path, unit_name;
};
std::vector<Overdue> OverdueCandidates(soci::session& s, const std::string& today, std::optional<db::Id> after,
                                       int limit);
// Records the escalation of `deadline` due on `due_date`; false (nothing written) if it was recorded before.
bool InsertEscalation(soci::session& s, db::Id complaint_id, const std::string& deadline, const std::string& due_date,
                      const std::string& now);

// Complaints received since `since` in the subtree at `path`, and the unfinished ones past a deadline on `today`.
std::pair<long long, long long> RegisterCounts(soci::session& s, const std::string& path, const std::string& since,
                                               const std::string& today);

// The live units a complainant may choose on the public form: id, name and depth below the root.
struct PublicUnit {
  db::Id id = 0;
  std::string name, path;
};
std::vector<PublicUnit> PublicUnits(soci::session& s);

}  // namespace eduims::complaints::store
