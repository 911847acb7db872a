// All SQL of recruitment.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/db/query.h"
#include "recruitment/model.h"

namespace eduims::recruitment::store {

// Processes of units in the subtrees at `roots`, or, with `on_paths`, of the units with those ids only; by id after
// `after`.
std::vector<Process> ListProcesses(soci::session& s, const std::vector<std::string>& roots,
                                   const std::optional<std::vector<db::Id>>& unit_ids, std::optional<db::Id> after,
                                   int limit);
std::optional<Process> FindProcess(soci::session& s, db::Id id);
void InsertProcess(soci::session& s, Process& p);
// False (nothing written) if the process's version is no longer `expected_version`.
bool UpdateProcess(soci::session& s, const Process& p, long long expected_version);

struct RecruitmentFilter {
  std::optional<db::Id> unit_id, process_id;
  std::optional<std::string> status;
  std::optional<db::Id> after;
  int limit = 50;
};
// Recruitments of units in the subtrees at `roots` or with `user_id` on their panel, by id.
std::vector<Recruitment> ListRecruitments(soci::session& s, const std::vector<std::string>& roots, db::Id user_id,
                                          const RecruitmentFilter& filter);
std::optional<Recruitment> FindRecruitment(soci::session& s, db::Id id);
void InsertRecruitment(soci::session& s, Recruitment& r);
bool UpdateRecruitment(soci::session& s, const Recruitment& r, long long expected_version);

// The unit path of the document `id`, if there is one.
std::optional<std::string> DocumentUnitPath(soci::session& s, db::Id id);

// For readiness: the processes of the subtree at `path`, and its recruitments decided or closed.
std::pair<long long, long long> RegisterCounts(soci::session& s, const std::string& path);

}  // namespace eduims::recruitment::store
