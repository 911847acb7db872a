#include "documents/evidence.h"

#include <algorithm>
#include <set>

namespace eduims::documents {
namespace {

// What is linked to clauses, and which clauses of this standard equal which clauses of the other.
template <class Record>
class ClauseLinks {
 public:
  ClauseLinks(const standards::EqualClauses& equal) : equal_(equal) {}
  void Add(db::Id clause_id, const Record* record) { direct_[clause_id].push_back(record); }
  bool IsDirect(db::Id clause_id, db::Id record_id) const {
    auto it = direct_.find(clause_id);
    if (it == direct_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](const Record* r) { return r->id == record_id; });
  }
  // The records linked to `clause_id`, then those linked to its equal clauses, each once.
  std::vector<const Record*> Of(db::Id clause_id) const {
    std::vector<const Record*> out;
    std::set<db::Id> seen;
    auto add_linked_to = [&](db::Id clause) {
      auto it = direct_.find(clause);
      if (it == direct_.end()) return;
      for (const Record* r : it->second)
        if (seen.insert(r->id).second) out.push_back(r);
    };
    add_linked_to(clause_id);
    if (auto it = equal_.find(clause_id); it != equal_.end())
      for (db::Id other : it->second) add_linked_to(other);
    return out;
  }

 private:
  const standards::EqualClauses& equal_;
  std::map<db::Id, std::vector<const Record*>> direct_;
};

}  // namespace

std::string EvidenceStateName(EvidenceState state) {
  switch (state) {
    case EvidenceState::kPresent: return "present";
    case EvidenceState::kOutOfDate: return "out_of_date";
    case EvidenceState::kInDraft: return "in_draft";
    case EvidenceState::kMissing: return "missing";
  }
  return "missing";
}

EvidenceState StateOf(const std::vector<const Document*>& documents, const std::string& today) {
  bool published = false, current = false, draft = false;
  for (const Document* d : documents) {
    if (d->archived_at || d->status == "obsolete") continue;
    if (d->status == "published") {
      published = true;
      current = current || !d->next_review_on || *d->next_review_on >= today;
    } else {
      draft = true;
    }
  }
  if (current) return EvidenceState::kPresent;
  if (published) return EvidenceState::kOutOfDate;
  if (draft) return EvidenceState::kInDraft;
  return EvidenceState::kMissing;
}

EvidenceReport BuildEvidence(db::Id standard_id, const std::vector<standards::Clause>& clauses,
                             const std::vector<standards::MandatoryItem>& mandatory,
                             const std::vector<standards::Correspondence>& correspondences,
                             const EvidenceLinks& links, const std::string& today) {
  standards::EqualClauses equal = standards::EqualClausesOf(correspondences);
  ClauseLinks<Document> documents(equal);
  for (const auto& link : links.documents) documents.Add(link.clause_id, &link.document);
  ClauseLinks<processes::Process> linked_processes(equal);
  for (const auto& link : links.processes) linked_processes.Add(link.clause_id, &link.process);
  ClauseLinks<records::Record> linked_records(equal);
  for (const auto& link : links.records) linked_records.Add(link.clause_id, &link.record);
  auto summary = [&](const Document* d, bool via) {
    bool overdue = d->status == "published" && d->next_review_on && *d->next_review_on < today;
    return boost::json::object{{"id", d->id},         {"code", d->code},       {"title", d->title},
                               {"status", d->status}, {"review_overdue", overdue}, {"via_correspondence", via}};
  };
  EvidenceReport report;
  boost::json::array clause_items;
  for (const auto& clause : clauses) {
    auto docs = documents.Of(clause.id);
    boost::json::array doc_items;
    for (const Document* d : docs) doc_items.push_back(summary(d, !documents.IsDirect(clause.id, d->id)));
    boost::json::array process_items;
    for (const processes::Process* p : linked_processes.Of(clause.id))
      process_items.push_back({{"id", p->id},
                               {"code", p->code},
                               {"name", p->name},
                               {"category", processes::CategoryName(p->category)},
                               {"via_correspondence", !linked_processes.IsDirect(clause.id, p->id)}});
    boost::json::array record_items;
    for (const records::Record* r : linked_records.Of(clause.id))
      record_items.push_back({{"id", r->id},
                              {"title", r->title},
                              {"category", r->category},
                              {"recorded_on", r->recorded_on},
                              {"via_correspondence", !linked_records.IsDirect(clause.id, r->id)}});
    clause_items.push_back({{"clause_id", clause.id},
                            {"number", clause.number},
                            {"kind", clause.kind},
                            {"title_en", clause.title_en},
                            {"title_vi", clause.title_vi},
                            {"state", EvidenceStateName(StateOf(docs, today))},
                            {"documents", std::move(doc_items)},
                            {"processes", std::move(process_items)},
                            {"records", std::move(record_items)}});
  }
  // A mandatory item names the requirement clause that states it; what is linked to that clause's headings below
  // the top level (4.4 for 4.4.2) counts for it too, as readiness counts it for the clause.
  std::map<db::Id, std::optional<db::Id>> parent_of;
  for (const auto& clause : clauses) parent_of[clause.id] = clause.parent_id;
  auto under_headings = [&](db::Id clause_id, const auto& links) {
    std::vector<db::Id> chain = {clause_id};
    for (auto at = parent_of.find(clause_id); at != parent_of.end() && at->second;) {
      auto up = parent_of.find(*at->second);
      if (up == parent_of.end() || !up->second) break;  // the top-level clause: its links count for none
      chain.push_back(up->first);
      at = up;
    }
    decltype(links.Of(clause_id)) out;
    std::set<db::Id> seen;
    for (db::Id id : chain)
      for (const auto* linked : links.Of(id))
        if (seen.insert(linked->id).second) out.push_back(linked);
    return out;
  };
  boost::json::array mandatory_items;
  for (const auto& item : mandatory) {
    auto docs = under_headings(item.clause_id, documents);
    auto kept = under_headings(item.clause_id, linked_records);
    EvidenceState state = item.type == "retain" && !kept.empty() ? EvidenceState::kPresent : StateOf(docs, today);
    switch (state) {
      case EvidenceState::kPresent: ++report.present; break;
      case EvidenceState::kOutOfDate: ++report.out_of_date; break;
      case EvidenceState::kInDraft: ++report.in_draft; break;
      case EvidenceState::kMissing: ++report.missing; break;
    }
    boost::json::array ids;
    for (const Document* d : docs) ids.push_back(d->id);
    mandatory_items.push_back({{"id", item.id},
                               {"clause_id", item.clause_id},
                               {"clause_number", item.clause_number},
                               {"type", item.type},
                               {"title_en", item.title_en},
                               {"title_vi", item.title_vi},
                               {"unconfirmed", item.unconfirmed},
                               {"state", EvidenceStateName(state)},
                               {"document_ids", std::move(ids)},
                               {"record_ids", [&] {
                                  boost::json::array record_ids;
                                  for (const records::Record* r : kept) record_ids.push_back(r->id);
                                  return record_ids;
                                }()}});
  }
  report.json = {{"standard_id", standard_id},
                 {"clauses", std::move(clause_items)},
                 {"mandatory", std::move(mandatory_items)},
                 {"summary",
                  {{"mandatory_total", mandatory.size()},
                   {"present", report.present},
                   {"out_of_date", report.out_of_date},
                   {"in_draft", report.in_draft},
                   {"missing", report.missing}}}};
  return report;
}

}  // namespace eduims::documents
