// All SQL of the risks register: risks, their rating history, the heat map's counts, the nonconformities a risk
// materialised in, and the organisation's matrix settings.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "planning/risk_model.h"

namespace eduims::planning::risk_store {

struct RiskQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<std::string> within_path;
  std::optional<db::Id> unit_id, process_id, owner_id, nonconformity_id;
  std::optional<Kind> kind;
  std::optional<Treatment> treatment;
  std::optional<SourceKind> source_kind;
  std::optional<db::Id> source_id;
  std::optional<std::pair<int, int>> score_range;  // current score, both included (a band of the matrix)
  std::optional<std::string> review_before;        // a next review date before this day
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The risk with the path of its unit.
std::optional<std::pair<Risk, std::string>> Find(soci::session& s, db::Id id);
std::vector<Risk> List(soci::session& s, const RiskQuery& query);
// The live entries of a process, risks and opportunities.
std::vector<Risk> LiveOfProcess(soci::session& s, db::Id process_id);
// Every process with a live entry.
std::vector<db::Id> ProcessesWithRisks(soci::session& s);
long long CountLive(soci::session& s);
void Insert(soci::session& s, Risk& risk);
// Writes every field if the version is still `expected_version`; false if stale.
bool Update(soci::session& s, const Risk& risk, long long expected_version);

void InsertRating(soci::session& s, db::Id risk_id, const RatingEntry& entry);
std::vector<RatingEntry> Ratings(soci::session& s, db::Id risk_id);

// Adds `delta` to the heat map cell (kind, current rating) of the unit at `unit_path` and of each of its ancestors.
void AdjustHeat(soci::session& s, const std::string& unit_path, Kind kind, const Rating& rating, int delta);
// Recounts every cell from the live entries and the units' paths as they are now.
void RebuildHeat(soci::session& s);
struct HeatCell {
  int likelihood = 0, impact = 0;
  long long entries = 0;
};
// The cells of the subtrees rooted at the units `roots` (disjoint subtrees), summed.
std::vector<HeatCell> Heat(soci::session& s, const std::vector<db::Id>& roots, Kind kind);

// False if the link existed.
bool LinkNonconformity(soci::session& s, db::Id risk_id, db::Id nonconformity_id);
std::vector<db::Id> NonconformitiesOf(soci::session& s, db::Id risk_id);

struct MatrixSettings {
  std::string matrix_code = "5x5";
  std::string overrides = "{}";
  long long version = 0;  // 0: never set, the shipped 5x5 as it is
};
MatrixSettings LoadMatrixSettings(soci::session& s);
// Writes the settings if their version is still `expected_version` (0 when never set); false if stale.
bool SaveMatrixSettings(soci::session& s, const MatrixSettings& settings, long long expected_version,
                        const std::string& now);

}  // namespace eduims::planning::risk_store
