// The rules of the interested parties register: who may see (kViewPlanning on the party's unit) and keep
// (kManagePlanning there) which parties and requirements; what a valid party is (a class of the classification, a
// reason when it is judged not relevant, never not relevant or archived when its class is mandatory) and a valid
// requirement (a monitoring method, a reference for a compliance obligation). Every new unit starts with a party
// of each mandatory class, in the transaction that creates it. Every change is one transaction with its audit
// entry. Failures are ProblemError.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "org/service.h"
#include "planning/party_model.h"
#include "platform/audit/audit_trail.h"

namespace eduims::planning {

struct PartyInput {
  db::Id unit_id = 0;
  std::string class_code, name, needs;
  bool relevant = true;
  std::string relevance_reason;
};

struct PartyPatch {
  std::optional<std::string> name, needs, relevance_reason;
  std::optional<bool> relevant;
};

struct PartyFilter {
  std::optional<db::Id> unit_id, within;
  std::optional<std::string> class_code;
  std::optional<bool> relevant;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

struct RequirementInput {
  std::string text;
  bool adopted = true;
  bool compliance_obligation = false;
  std::string obligation_reference, monitoring, monitoring_note;
};

struct RequirementPatch {
  std::optional<std::string> text, obligation_reference, monitoring, monitoring_note;
  std::optional<bool> adopted, compliance_obligation;
};

class PartyService {
 public:
  PartyService(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}

  std::vector<PartyClass> Classes();
  InterestedParty Get(const auth::Principal& who, db::Id id);
  std::vector<InterestedParty> List(const auth::Principal& who, const PartyFilter& filter);
  InterestedParty Create(const auth::Principal& who, const PartyInput& input, const audit::Actor& actor);
  InterestedParty Update(const auth::Principal& who, db::Id id, long long version, const PartyPatch& patch,
                         const audit::Actor& actor);
  // 409 planning.mandatory_party for a party of a mandatory class.
  InterestedParty Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  // Gives the new unit a party of each mandatory class, with their audit entries. REQUIRES: `s` is inside the
  // Database::Write that created the unit.
  void StartUnit(soci::session& s, const org::Unit& unit, const audit::Actor& actor);

  std::vector<PartyRequirement> Requirements(const auth::Principal& who, db::Id party_id, bool include_archived);
  PartyRequirement AddRequirement(const auth::Principal& who, db::Id party_id, const RequirementInput& input,
                                  const audit::Actor& actor);
  PartyRequirement UpdateRequirement(const auth::Principal& who, db::Id party_id, db::Id id, long long version,
                                     const RequirementPatch& patch, const audit::Actor& actor);
  PartyRequirement ArchiveRequirement(const auth::Principal& who, db::Id party_id, db::Id id,
                                      const audit::Actor& actor);

 private:
  std::pair<InterestedParty, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The party, visible and unarchived, that the caller may keep; its unit's path.
  std::pair<InterestedParty, std::string> Writable(soci::session& s, const auth::Principal& who, db::Id id);
  PartyRequirement ChangeRequirement(const auth::Principal& who, db::Id party_id, db::Id id,
                                     std::optional<long long> version, const std::string& operation,
                                     const std::function<void(PartyRequirement&)>& change, const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
};

}  // namespace eduims::planning
