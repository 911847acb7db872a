// All SQL of the competence part of the people module.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "people/model.h"
#include "platform/db/query.h"

namespace eduims::people::store {

std::vector<Competence> AddedCompetences(soci::session& s);
bool AddedCodeExists(soci::session& s, const std::string& code);
void InsertCompetence(soci::session& s, Competence& c, std::optional<db::Id> created_by, const std::string& now);

// The requirements set on the units `unit_ids` or on a unit of the subtree at `subtree_path` (if given), in id
// order, each with its unit's path.
std::vector<Requirement> Requirements(soci::session& s, const std::vector<db::Id>& unit_ids,
                                      const std::optional<std::string>& subtree_path);
std::optional<Requirement> FindRequirement(soci::session& s, db::Id id);
bool RequirementExists(soci::session& s, db::Id unit_id, const std::string& code, const std::string& role);
void InsertRequirement(soci::session& s, Requirement& r);
void DeleteRequirement(soci::session& s, db::Id id);

std::vector<Holding> HoldingsOf(soci::session& s, db::Id user_id);
// The holdings of the users `user_ids_sql` selects (a subquery with its binds in `binds`).
std::vector<Holding> HoldingsOfUsers(soci::session& s, const std::string& user_ids_sql, db::Binds& binds);
std::optional<Holding> FindHolding(soci::session& s, db::Id id);
void InsertHolding(soci::session& s, Holding& h);
void DeleteHolding(soci::session& s, db::Id id);

// Holdings in force on `today` of the people of the subtree at `path`.
long long CountHoldingsInForce(soci::session& s, const std::string& path, const std::string& today);

Settings GetSettings(soci::session& s);
// False if the settings' version is no longer `expected_version`.
bool SaveSettings(soci::session& s, const Settings& settings, long long expected_version, const std::string& now);

}  // namespace eduims::people::store
