// The rules of processes: who may see and change which processes (by unit subtree; a process's owner may edit
// it too), what a valid process is, and the process map. Every change is one transaction with its audit entry.
// Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "processes/model.h"

namespace eduims::processes {

struct ProcessInput {
  db::Id unit_id = 0;
  std::string code, name, purpose;
  Category category = Category::kCore;
  std::optional<db::Id> owner_id;
  std::vector<std::string> inputs, outputs, resources;
  RiskLevel risk_level = RiskLevel::kMedium;
  std::vector<db::Id> clause_ids;
  std::vector<Feed> feeds;
};

struct ProcessPatch {
  std::optional<std::string> code, name, purpose;
  std::optional<Category> category;
  bool owner_present = false;
  std::optional<db::Id> owner_id;
  std::optional<std::vector<std::string>> inputs, outputs, resources;
  std::optional<RiskLevel> risk_level;
  std::optional<std::vector<db::Id>> clause_ids;
  std::optional<std::vector<Feed>> feeds;
};

struct ProcessFilter {
  std::optional<db::Id> unit_id, within, owner_id, clause_id;
  std::optional<Category> category;
  std::optional<std::string> text;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The process map: the live processes the reader sees in a subtree, and the interactions between them.
struct ProcessMap {
  std::vector<Process> processes;
  std::vector<std::pair<db::Id, Feed>> interactions;  // (from, feed)
  bool truncated = false;                             // more processes than kMapLimit
};

class ProcessService {
 public:
  static constexpr int kMapLimit = 1000;

  ProcessService(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}

  // With `fed_by`, also the interactions into the process from live processes.
  Process Get(const auth::Principal& who, db::Id id, std::vector<Feed>* fed_by = nullptr);
  std::vector<Process> List(const auth::Principal& who, const ProcessFilter& filter);
  Process Create(const auth::Principal& who, const ProcessInput& input, const audit::Actor& actor);
  Process Update(const auth::Principal& who, db::Id id, long long version, const ProcessPatch& patch,
                 const audit::Actor& actor);
  Process Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  ProcessMap Map(const auth::Principal& who, std::optional<db::Id> within);

  // For other modules. Throws 422 validation.reference_not_found naming `field` unless `who` may see a live
  // process `id`; VisibleIn returns it with its unit's path.
  void CheckVisible(soci::session& s, const auth::Principal& who, db::Id id, const std::string& field);
  std::pair<Process, std::string> VisibleIn(soci::session& s, const auth::Principal& who, db::Id id,
                                            const std::string& field);
  // (clause id, process) for each live process `who` may see linked to one of `clause_ids`, optionally only within
  // the subtree at `within_path`.
  // For the risks register: the process's level as its live risks give it (`level`), or, with none, typed again
  // from its level as it stands. While it comes from the register, a typed risk_level is refused (422
  // processes.risk_level_from_register). Changes the process (version, audit entry) only if this changes anything.
  // REQUIRES: `s` is inside Database::Write on this service's database.
  void SetRegisterRiskLevel(soci::session& s, db::Id id, std::optional<RiskLevel> level, const audit::Actor& actor);
  std::vector<std::pair<db::Id, Process>> LinkedToClauses(const auth::Principal& who,
                                                          const std::vector<db::Id>& clause_ids,
                                                          const std::optional<std::string>& within_path);

 private:
  std::pair<Process, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The owner a request names for a process of the unit at `unit_path`: an enabled user the caller may see who
  // manages processes there (owning one is no permission to edit it).
  void CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id, const std::string& unit_path);
  void CheckLinks(soci::session& s, const auth::Principal& who, db::Id self, const std::vector<db::Id>& clause_ids,
                  const std::vector<Feed>& feeds);

  db::Database& db_;
  org::OrgService& org_;
};

}  // namespace eduims::processes
