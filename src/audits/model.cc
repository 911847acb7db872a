#include "audits/model.h"

#include <algorithm>
#include <map>

namespace eduims::audits {
namespace {

boost::json::value Text(const std::optional<std::string>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

boost::json::value Id(const std::optional<db::Id>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); }

boost::json::array Clauses(const std::vector<ClauseRef>& clauses) {
  boost::json::array out;
  for (const auto& c : clauses) out.push_back({{"id", c.id}, {"urn", c.urn}, {"number", c.number}});
  return out;
}

boost::json::array Ids(const std::vector<db::Id>& ids) { return boost::json::array(ids.begin(), ids.end()); }

boost::json::array Files(const std::vector<attachments::Attachment>& files) {
  boost::json::array out;
  for (const auto& f : files) out.push_back(attachments::ToJson(f));
  return out;
}

}  // namespace

const std::vector<std::string>& AuditTypes() {
  static const std::vector<std::string> types = {"internal", "second_party"};
  return types;
}

const std::vector<std::string>& LineResults() {
  static const std::vector<std::string> results = {"conforming",  "major_nonconformity",         "minor_nonconformity",
                                                   "observation", "opportunity_for_improvement", "not_audited"};
  return results;
}

std::optional<std::string> SeverityRaisedBy(const std::string& result) {
  if (result == "major_nonconformity") return "major";
  if (result == "minor_nonconformity") return "minor";
  return std::nullopt;
}

bool RaisesImprovement(const std::string& result) { return result == "opportunity_for_improvement"; }

std::vector<std::vector<db::Id>> ChecklistGroups(const std::vector<db::Id>& clause_ids,
                                                 const standards::EqualClauses& equal) {
  std::vector<std::vector<db::Id>> groups;
  std::set<db::Id> placed;
  auto in_scope = [&](db::Id id) { return std::find(clause_ids.begin(), clause_ids.end(), id) != clause_ids.end(); };
  for (db::Id id : clause_ids) {
    if (!placed.insert(id).second) continue;
    std::vector<db::Id> group = {id};
    if (auto it = equal.find(id); it != equal.end())
      for (db::Id other : it->second)
        if (in_scope(other) && placed.insert(other).second) group.push_back(other);
    groups.push_back(std::move(group));
  }
  return groups;
}

std::vector<std::optional<size_t>> KeptLines(const std::vector<std::vector<db::Id>>& lines,
                                             const std::vector<std::vector<db::Id>>& regrouped) {
  // Both the lines and the new groups partition their clauses, so a new group shares clauses with at most one line
  // unless the crosswalk regrouped them meanwhile; then the first line keeps it and each line is kept once.
  std::vector<std::optional<size_t>> kept(regrouped.size());
  std::vector<bool> taken(lines.size(), false);
  for (size_t g = 0; g < regrouped.size(); ++g)
    for (size_t l = 0; l < lines.size() && !kept[g]; ++l)
      if (!taken[l] && std::find_first_of(lines[l].begin(), lines[l].end(), regrouped[g].begin(),
                                          regrouped[g].end()) != lines[l].end()) {
        kept[g] = l;
        taken[l] = true;
      }
  return kept;
}

std::vector<standards::Clause> UncoveredClauses(const std::vector<standards::Clause>& clauses,
                                                const std::set<db::Id>& audited,
                                                const standards::EqualClauses& equal) {
  std::map<db::Id, const standards::Clause*> by_id;
  std::set<db::Id> parents;
  for (const auto& c : clauses) {
    by_id[c.id] = &c;
    if (c.parent_id) parents.insert(*c.parent_id);
  }
  auto under = [&](const standards::Clause& c, const std::set<db::Id>& roots) {
    for (const standards::Clause* at = &c; at;) {
      if (roots.count(at->id)) return true;
      at = at->parent_id && by_id.count(*at->parent_id) ? by_id[*at->parent_id] : nullptr;
    }
    return false;
  };
  // What an audit covers in one standard, it covers in the other through the "equal" correspondences.
  std::set<db::Id> roots = audited;
  for (const auto& c : clauses) {
    if (!under(c, audited)) continue;
    if (auto it = equal.find(c.id); it != equal.end()) roots.insert(it->second.begin(), it->second.end());
  }
  std::vector<standards::Clause> out;
  for (const auto& c : clauses)
    if (c.kind == "clause" && !parents.count(c.id) && !under(c, roots)) out.push_back(c);
  return out;
}

boost::json::object ToJson(const Programme& p) {
  return {{"id", p.id},
          {"unit_id", p.unit_id},
          {"year", p.year},
          {"title", p.title},
          {"objectives", p.objectives},
          {"version", p.version},
          {"created_by", Id(p.created_by)},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at},
          {"archived_at", Text(p.archived_at)}};
}

boost::json::object ToJson(const ChecklistLine& line) {
  return {{"id", line.id},
          {"position", line.position},
          {"clauses", Clauses(line.clauses)},
          {"question", line.question},
          {"result", Text(line.result)},
          {"evidence", line.evidence},
          {"finding", Text(line.finding)},
          {"nonconformity_id", Id(line.nonconformity_id)},
          {"improvement_id", Id(line.improvement_id)},
          {"files", Files(line.files)},
          {"version", line.version},
          {"updated_at", line.updated_at}};
}

int RequiredAuditsPerYear(processes::RiskLevel risk) {
  switch (risk) {
    case processes::RiskLevel::kHigh: return 2;
    case processes::RiskLevel::kMedium: return 1;
    case processes::RiskLevel::kLow: return 0;
  }
  return 1;
}

boost::json::array ProcessCoverageJson(const std::vector<ProcessCoverage>& processes) {
  boost::json::array out;
  for (const auto& p : processes) {
    int required = RequiredAuditsPerYear(p.risk);
    out.push_back({{"id", p.id},
                   {"code", p.code},
                   {"name", p.name},
                   {"risk_level", processes::RiskLevelName(p.risk)},
                   {"audits", p.audits},
                   {"required", required},
                   {"covered", p.audits >= required}});
  }
  return out;
}

boost::json::object ToJson(const Audit& a, const std::vector<ChecklistLine>* lines) {
  boost::json::object out{{"id", a.id},
                          {"programme_id", a.programme_id},
                          {"unit_id", a.unit_id},
                          {"title", a.title},
                          {"type", a.type},
                          {"status", AuditStatusName(a.status)},
                          {"lead_auditor_id", a.lead_auditor_id},
                          {"team_ids", Ids(a.team_ids)},
                          {"auditee_ids", Ids(a.auditee_ids)},
                          {"planned_start", a.planned_start},
                          {"planned_end", a.planned_end},
                          {"agenda", a.agenda},
                          {"summary", Text(a.summary)},
                          {"clauses", Clauses(a.clauses)},
                          {"process_ids", Ids(a.process_ids)},
                          {"version", a.version},
                          {"created_at", a.created_at},
                          {"updated_at", a.updated_at},
                          {"closed_at", Text(a.closed_at)},
                          {"archived_at", Text(a.archived_at)}};
  if (lines) {
    boost::json::array items;
    for (const auto& line : *lines) items.push_back(ToJson(line));
    out["checklist"] = std::move(items);
  }
  return out;
}

}  // namespace eduims::audits
