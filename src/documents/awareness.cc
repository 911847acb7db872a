#include "documents/awareness.h"

#include "documents/store.h"
#include "org/members.h"
#include "platform/db/query.h"

namespace eduims::documents {

std::vector<PolicyReading> PoliciesDistributedTo(soci::session& s, db::Id user_id, const std::string& unit_path,
                                                 const std::string& today) {
  store::Reader reader;
  reader.user_id = user_id;
  reader.unit_path = unit_path;
  reader.today = today;
  std::vector<PolicyReading> out;
  std::optional<db::Id> after;
  for (;;) {
    auto page = store::ReadingList(s, reader, false, after, 200);
    for (const auto& [document, acknowledged_at] : page)
      if (document.type == "policy") out.push_back({document.id, document.code, document.title, acknowledged_at});
    if (page.size() < 200) break;
    after = page.back().first.id;
  }
  return out;
}

std::string AwarenessOf(const std::vector<PolicyReading>& readings) {
  if (readings.empty()) return "not_distributed";
  for (const auto& r : readings)
    if (!r.acknowledged_at) return "pending";
  return "aware";
}

std::map<db::Id, std::string> AwarenessOfPeople(soci::session& s, const std::string& path, const std::string& today) {
  db::Binds b;
  auto policies = db::FetchAll<db::IdPairReader>(
      s,
      "SELECT d.id, d.current_revision_id FROM documents d WHERE d.type = 'policy' AND d.status = 'published' AND "
      "d.archived_at IS NULL AND d.current_revision_id IS NOT NULL ORDER BY d.id",
      b);
  std::map<db::Id, std::string> out;
  for (const auto& [document, revision] : policies)
    for (const auto& [user, acknowledged] : store::AddresseesWithin(s, document, revision, path, today)) {
      // One policy still to read makes the person "pending", whatever the others.
      auto [it, added] = out.emplace(user, acknowledged ? "aware" : "pending");
      if (!added && !acknowledged) it->second = "pending";
    }
  return out;
}

long long PeopleWhoAcknowledgedPolicies(soci::session& s, const std::string& path) {
  db::Binds b;
  std::string sql = "SELECT COUNT(DISTINCT a.user_id) FROM document_acknowledgements a JOIN documents d ON "
                    "d.current_revision_id = a.revision_id WHERE d.type = 'policy' AND d.status = 'published' AND "
                    "d.archived_at IS NULL AND a.user_id IN (" + org::MemberIdsSql(path, b) + ")";
  auto rows = db::FetchIds(s, sql, b);
  return rows.empty() ? 0 : rows.front();
}

}  // namespace eduims::documents
