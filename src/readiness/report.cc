#include "readiness/report.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace eduims::readiness {
namespace {

namespace json = boost::json;

std::string Text(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

db::Id IdOf(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_int64()) throw std::invalid_argument(std::string("clause evidence without ") + key);
  return v->as_int64();
}

const json::array& ArrayOf(const json::object& o, const char* key) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_array()) throw std::invalid_argument(std::string("clause evidence without ") + key);
  return v->as_array();
}

std::vector<EvidenceRef> Refs(const json::object& clause, const char* key, const char* code_key,
                              const char* title_key) {
  std::vector<EvidenceRef> out;
  for (const auto& item : ArrayOf(clause, key)) {
    const auto& o = item.as_object();
    const json::value* via = o.if_contains("via_correspondence");
    out.push_back({IdOf(o, "id"), Text(o, code_key), Text(o, title_key), Text(o, "status"),
                   via && via->is_bool() && via->as_bool()});
  }
  return out;
}

// Adds the refs of `from` not yet in `into` (by id).
void Merge(std::vector<EvidenceRef>& into, const std::vector<EvidenceRef>& from) {
  for (const auto& ref : from)
    if (std::none_of(into.begin(), into.end(), [&](const EvidenceRef& r) { return r.id == ref.id; }))
      into.push_back(ref);
}

json::array RefsJson(const std::vector<EvidenceRef>& refs, bool with_status) {
  json::array out;
  for (const auto& r : refs) {
    json::object o{{"id", r.id}, {"code", r.code}, {"title", r.title}, {"via_correspondence", r.via_correspondence}};
    if (with_status) o["status"] = r.status;
    out.push_back(std::move(o));
  }
  return out;
}

json::array RegistersJson(const std::vector<RegisterEvidence>& registers) {
  json::array out;
  for (const auto& r : registers) {
    json::array shortfalls;
    for (const auto& s : r.shortfalls) shortfalls.push_back(json::string(s));
    out.push_back({{"register", r.name}, {"clause_number", r.clause_number}, {"entries", r.entries},
                   {"shortfalls", std::move(shortfalls)}});
  }
  return out;
}

json::array GapNames(const ClauseScore& score) {
  json::array out;
  for (Gap g : score.gaps) out.push_back(json::string(GapName(g)));
  return out;
}

json::array NonconformitiesJson(const std::vector<improvement::OpenOnClause>& ncs) {
  json::array out;
  for (const auto& nc : ncs)
    out.push_back({{"id", nc.nonconformity_id}, {"title", nc.title}, {"severity", nc.severity},
                   {"due_date", nc.due_date}});
  return out;
}

json::object ClauseJson(const standards::Clause& c) {
  return {{"clause_id", c.id}, {"number", c.number}, {"title_en", c.title_en}, {"title_vi", c.title_vi}};
}

}  // namespace

json::object ToJson(const SelfAssessment& a) {
  return {{"id", a.id},
          {"unit_id", a.unit_id},
          {"clause_id", a.clause_id},
          {"status", AssessmentName(a.status)},
          {"comment", a.comment},
          {"assessed_by", a.assessed_by ? json::value(*a.assessed_by) : json::value(nullptr)},
          {"assessed_by_name", a.assessed_by_name},
          {"assessed_at", a.assessed_at},
          {"version", a.version}};
}

Evidence ReadEvidence(const json::object& report) {
  Evidence out;
  for (const auto& item : ArrayOf(report, "clauses")) {
    const auto& clause = item.as_object();
    ClauseEvidence e;
    e.documents = Refs(clause, "documents", "code", "title");
    e.records = Refs(clause, "records", "category", "title");
    e.processes = Refs(clause, "processes", "code", "name");
    out.clauses[IdOf(clause, "clause_id")] = std::move(e);
  }
  for (const auto& item : ArrayOf(report, "mandatory")) {
    const auto& m = item.as_object();
    out.mandatory.push_back({IdOf(m, "id"), IdOf(m, "clause_id"), Text(m, "clause_number"), Text(m, "type"),
                             Text(m, "title_en"), Text(m, "title_vi"), Text(m, "state")});
  }
  return out;
}

Report BuildReport(const ReportInputs& in) {
  std::map<db::Id, const standards::Clause*> by_id;
  std::set<db::Id> parents;
  for (const auto& c : in.clauses) {
    by_id[c.id] = &c;
    if (c.parent_id) parents.insert(*c.parent_id);
  }
  // The top-level clause of `c`, and the clauses whose links count for it: itself and its ancestors below the top.
  auto lineage = [&](const standards::Clause& c) {
    std::vector<db::Id> counted;
    const standards::Clause* at = &c;
    while (at->parent_id && by_id.count(*at->parent_id)) {
      counted.push_back(at->id);
      at = by_id[*at->parent_id];
    }
    return std::pair{at, counted};
  };
  auto with_equal = [&](const std::vector<db::Id>& ids) {
    std::set<db::Id> out(ids.begin(), ids.end());
    for (db::Id id : ids)
      if (auto it = in.equal.find(id); it != in.equal.end()) out.insert(it->second.begin(), it->second.end());
    return out;
  };

  Report report;
  std::map<db::Id, size_t> group_index;
  for (const auto& c : in.clauses) {
    if (c.kind != "clause") continue;
    if (!c.parent_id) {
      group_index[c.id] = report.groups.size();
      report.groups.push_back({c});
      continue;
    }
    if (parents.count(c.id)) continue;
    auto [top, counted] = lineage(c);
    if (top->kind != "clause" || !group_index.count(top->id)) continue;
    std::set<db::Id> lineage_and_equal = with_equal(counted);
    auto exclusion = std::find_if(in.excluded.begin(), in.excluded.end(),
                                  [&](const auto& e) { return lineage_and_equal.count(e.first) > 0; });
    if (exclusion != in.excluded.end()) {
      report.excluded.push_back({c, top->number, exclusion->first, exclusion->second});
      continue;
    }
    ClauseRow row;
    row.clause = c;
    row.group = top->number;

    std::set<db::Id> own_and_equal = with_equal({c.id});
    for (const auto& a : in.assessments)
      if (own_and_equal.count(a.clause_id) && (!row.assessment || a.assessed_at > row.assessment->assessed_at))
        row.assessment = a;
    row.assessment_via_correspondence = row.assessment && row.assessment->clause_id != c.id;

    for (db::Id id : counted) {
      auto it = in.evidence.clauses.find(id);
      if (it == in.evidence.clauses.end()) continue;
      Merge(row.evidence.documents, it->second.documents);
      Merge(row.evidence.records, it->second.records);
      Merge(row.evidence.processes, it->second.processes);
    }
    for (const auto& m : in.evidence.mandatory)
      if (m.clause_id == c.id) row.mandatory.push_back(m);
    for (const auto& r : in.registers)
      if (std::any_of(counted.begin(), counted.end(), [&](db::Id id) { return by_id[id]->number == r.clause_number; }))
        row.registers.push_back(r);
    std::set<db::Id> nc_clauses = with_equal(counted), seen;
    for (const auto& nc : in.nonconformities)
      if (nc_clauses.count(nc.clause_id) && seen.insert(nc.nonconformity_id).second) row.nonconformities.push_back(nc);

    ClauseFacts& f = row.facts;
    if (row.assessment) f.assessment = row.assessment->status;
    f.documents = int(std::count_if(row.evidence.documents.begin(), row.evidence.documents.end(),
                                    [](const EvidenceRef& d) { return d.status == "published"; }));
    f.records = int(row.evidence.records.size());
    f.processes = int(row.evidence.processes.size());
    for (const auto& m : row.mandatory) {
      f.mandatory_missing += m.state == "missing";
      f.mandatory_in_draft += m.state == "in_draft";
      f.mandatory_out_of_date += m.state == "out_of_date";
    }
    for (const auto& nc : row.nonconformities) (nc.severity == "major" ? f.open_major : f.open_minor) += 1;
    f.registers = int(row.registers.size());
    f.registers_short = int(std::count_if(row.registers.begin(), row.registers.end(),
                                          [](const RegisterEvidence& r) { return !r.shortfalls.empty(); }));
    row.score = Score(f);
    report.clauses.push_back(std::move(row));
  }

  std::vector<std::vector<int>> group_points(report.groups.size());
  std::vector<int> all_points;
  for (const auto& row : report.clauses) {
    for (size_t g = 0; g < report.groups.size(); ++g) {
      if (report.groups[g].clause.number != row.group) continue;
      group_points[g].push_back(row.score.points);
      report.groups[g].clauses += 1;
      report.groups[g].ready += row.score.gaps.empty();
    }
    all_points.push_back(row.score.points);
  }
  for (size_t g = 0; g < report.groups.size(); ++g) report.groups[g].percent = Percent(group_points[g]);
  std::erase_if(report.groups, [](const GroupRow& g) { return g.clauses == 0; });
  report.percent = Percent(all_points);
  return report;
}

json::object ToJson(const Report& report) {
  json::array groups;
  for (const auto& g : report.groups) {
    json::object o = ClauseJson(g.clause);
    o["percent"] = g.percent;
    o["clauses"] = g.clauses;
    o["ready"] = g.ready;
    groups.push_back(std::move(o));
  }
  json::array clauses;
  for (const auto& row : report.clauses) {
    json::object o = ClauseJson(row.clause);
    o["group"] = row.group;
    o["status"] = AssessmentName(row.facts.assessment);
    o["assessment"] = row.assessment ? json::value(ToJson(*row.assessment)) : json::value(nullptr);
    o["assessment_via_correspondence"] = row.assessment_via_correspondence;
    o["evidence"] = json::object{{"documents", RefsJson(row.evidence.documents, true)},
                                 {"records", RefsJson(row.evidence.records, false)},
                                 {"processes", RefsJson(row.evidence.processes, false)},
                                 {"registers", RegistersJson(row.registers)}};
    json::array mandatory;
    for (const auto& m : row.mandatory)
      mandatory.push_back({{"id", m.id}, {"clause_number", m.clause_number}, {"type", m.type},
                           {"title_en", m.title_en}, {"title_vi", m.title_vi}, {"state", m.state}});
    o["mandatory"] = std::move(mandatory);
    o["nonconformities"] = NonconformitiesJson(row.nonconformities);
    o["points"] = row.score.points;
    o["gaps"] = GapNames(row.score);
    clauses.push_back(std::move(o));
  }
  json::array excluded;
  for (const auto& e : report.excluded) {
    json::object o = ClauseJson(e.clause);
    o["group"] = e.group;
    o["excluded_clause_id"] = e.excluded_clause_id;
    o["justification"] = e.justification;
    excluded.push_back(std::move(o));
  }
  return {{"percent", report.percent},
          {"groups", std::move(groups)},
          {"clauses", std::move(clauses)},
          {"excluded", std::move(excluded)}};
}

json::array GapsJson(const Report& report) {
  json::array out;
  for (const auto& row : report.clauses) {
    if (row.score.gaps.empty()) continue;
    json::object o = ClauseJson(row.clause);
    o["group"] = row.group;
    o["status"] = AssessmentName(row.facts.assessment);
    o["points"] = row.score.points;
    o["gaps"] = GapNames(row.score);
    o["open_major"] = row.facts.open_major;
    o["open_minor"] = row.facts.open_minor;
    o["nonconformities"] = NonconformitiesJson(row.nonconformities);
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace eduims::readiness
