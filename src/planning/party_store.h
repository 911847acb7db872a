// All SQL of the interested parties register and its classification. Callers hold the transaction and have checked
// permissions.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "planning/party_model.h"

namespace eduims::planning::party_store {

std::vector<PartyClass> Classes(soci::session& s);

struct PartyQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<std::string> within_path;
  std::optional<db::Id> unit_id;
  std::optional<std::string> class_code;
  std::optional<bool> relevant;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The party with the path of its unit.
std::optional<std::pair<InterestedParty, std::string>> Find(soci::session& s, db::Id id);
std::vector<InterestedParty> List(soci::session& s, const PartyQuery& query);
void Insert(soci::session& s, InterestedParty& party);
bool Update(soci::session& s, const InterestedParty& party, long long expected_version);

std::optional<PartyRequirement> FindRequirement(soci::session& s, db::Id party_id, db::Id id);
std::optional<PartyRequirement> FindRequirementById(soci::session& s, db::Id id);
std::vector<PartyRequirement> Requirements(soci::session& s, db::Id party_id, bool include_archived);
void InsertRequirement(soci::session& s, PartyRequirement& requirement);
bool UpdateRequirement(soci::session& s, const PartyRequirement& requirement, long long expected_version);

}  // namespace eduims::planning::party_store
