// Storage of records: every SQL statement of the module. Callers hold the transaction and have checked permissions.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "records/model.h"

namespace eduims::records::store {

struct RecordQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<std::string> within_path;
  std::optional<db::Id> unit_id, clause_id;
  std::optional<std::string> category, text_folded;
  std::optional<std::string> due_on;  // only records due for disposal on this date
  bool include_disposed = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The record and its unit's path, with its clauses.
std::optional<std::pair<Record, std::string>> Find(soci::session& s, db::Id id);
std::vector<Record> List(soci::session& s, const RecordQuery& q);
// (clause id, record) for each record kept (not disposed) in `scope` linked to one of `clause_ids`.
std::vector<std::pair<db::Id, Record>> LinkedToClauses(soci::session& s, const std::vector<std::string>& scope,
                                                       const std::vector<db::Id>& clause_ids);
void Insert(soci::session& s, Record& r, const std::string& title_folded);
// False if the stored version is not `expected_version` (nothing written).
bool Update(soci::session& s, const Record& r, const std::string& title_folded, long long expected_version);
void SetClauses(soci::session& s, db::Id record_id, const std::vector<db::Id>& clause_ids);

}  // namespace eduims::records::store
