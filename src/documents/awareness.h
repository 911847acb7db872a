// Awareness of the policy and objectives (ISO 21001 / ISO 9001 7.3, issue 20) as document distribution records it:
// for one person, each published policy document (type "policy": the quality policy and the objectives the
// organisation issues with it) distributed to them and whether they acknowledged the revision in force. The people
// module counts it in the competence matrix; the SQL stays here.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::documents {

struct PolicyReading {
  db::Id document_id = 0;
  std::string code, title;
  std::optional<std::string> acknowledged_at;  // of the revision in force; none: still to read
};

// REQUIRES: `s` is a session of the documents' database; `unit_path` is the person's home unit's.
std::vector<PolicyReading> PoliciesDistributedTo(soci::session& s, db::Id user_id, const std::string& unit_path,
                                                 const std::string& today);

// "aware" when at least one policy document is distributed to the person and they acknowledged each; "pending" when
// one is still to read; "not_distributed" when none reached them.
std::string AwarenessOf(const std::vector<PolicyReading>& readings);

// The AwarenessOf of every enabled person whose home unit is in the subtree at `path`, by user id, read policy document
// by policy document (a few) rather than person by person (a province's tens of thousands). Someone missing from
// the map had no policy document distributed to them: "not_distributed".
std::map<db::Id, std::string> AwarenessOfPeople(soci::session& s, const std::string& path, const std::string& today);

// How many people whose home unit is in the subtree at `path` acknowledged the revision in force of a published
// policy document, for readiness (7.3).
long long PeopleWhoAcknowledgedPolicies(soci::session& s, const std::string& path);

}  // namespace eduims::documents
