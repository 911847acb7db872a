// Storage of processes: every SQL statement of the module. Callers hold the transaction (db::Database::Write)
// and have checked permissions; these functions only read and write rows.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "processes/model.h"

namespace eduims::processes::store {

struct ProcessQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<std::string> within_path;
  std::optional<db::Id> unit_id, owner_id, clause_id;
  std::optional<Category> category;
  std::optional<std::string> text_folded;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The process and its unit's path, with clauses and feeds.
std::optional<std::pair<Process, std::string>> Find(soci::session& s, db::Id id);
std::vector<Process> List(soci::session& s, const ProcessQuery& q);
// Interactions into `process_id` from processes that are not archived.
std::vector<Feed> FedBy(soci::session& s, db::Id process_id);
// (clause id, process) for each live process in `scope` linked to one of `clause_ids`.
std::vector<std::pair<db::Id, Process>> LinkedToClauses(soci::session& s, const std::vector<std::string>& scope,
                                                        const std::vector<db::Id>& clause_ids);

bool CodeTaken(soci::session& s, db::Id unit_id, const std::string& code, db::Id except_id);
void Insert(soci::session& s, Process& p, const std::string& name_folded);
// False if the stored version is not `expected_version` (nothing written).
bool Update(soci::session& s, const Process& p, const std::string& name_folded, long long expected_version);
// Writes the risk level and where it comes from; false if the stored version is not `expected_version`.
bool SetRiskLevel(soci::session& s, const Process& p, long long expected_version);
void SetClauses(soci::session& s, db::Id process_id, const std::vector<db::Id>& clause_ids);
void SetFeeds(soci::session& s, db::Id process_id, const std::vector<Feed>& feeds);

}  // namespace eduims::processes::store
