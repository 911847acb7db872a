// All SQL of the context issues register. Callers hold the transaction and have checked permissions.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "planning/context_model.h"

namespace eduims::planning::context_store {

struct IssueQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<std::string> within_path;
  std::optional<db::Id> unit_id;
  std::optional<std::string> category, kind, effect;
  std::optional<std::string> folded_text;  // every word in the folded title or description
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The issue with the path of its unit.
std::optional<std::pair<ContextIssue, std::string>> Find(soci::session& s, db::Id id);
std::vector<ContextIssue> List(soci::session& s, const IssueQuery& query);
// Inserts with version 1 and sets the id.
void Insert(soci::session& s, ContextIssue& issue);
// Writes every field if the version is still `expected_version`; false if stale.
bool Update(soci::session& s, const ContextIssue& issue, long long expected_version);

struct IssueVersion {
  long long version = 0;
  std::string snapshot;  // the issue's JSON as it was
  std::optional<db::Id> replaced_by;
  std::string replaced_at;
};
void InsertVersion(soci::session& s, db::Id issue_id, const IssueVersion& version);
// Earlier versions, newest first.
std::vector<IssueVersion> Versions(soci::session& s, db::Id issue_id);

}  // namespace eduims::planning::context_store
