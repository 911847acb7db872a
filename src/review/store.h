// All SQL of the management reviews.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "review/model.h"

namespace eduims::review::store {

struct ReviewQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<db::Id> unit_id;
  std::optional<std::string> within_path;
  std::optional<ReviewStatus> status;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The review with the path of its unit.
std::optional<std::pair<Review, std::string>> Find(soci::session& s, db::Id id);
std::vector<Review> List(soci::session& s, const ReviewQuery& query);
void Insert(soci::session& s, Review& review);
// Writes every field if the version is still `expected_version`; false if stale.
bool Update(soci::session& s, const Review& review, long long expected_version);
// For each unit of the subtree at `within_path` that held one, the day of its latest approved review (one grouped
// query over the subtree).
std::map<db::Id, std::string> LastApproved(soci::session& s, const std::string& within_path);

// The live reviews still planned for a day in [from, to], by day.
std::vector<Review> PlannedBetween(soci::session& s, const std::string& from, const std::string& to);

}  // namespace eduims::review::store
