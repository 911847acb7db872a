#include "documents/evidence.h"

#include <set>

namespace eduims::documents {

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
                             const std::vector<LinkedDocument>& links, const std::string& today) {
  std::map<db::Id, std::vector<const Document*>> direct;
  for (const auto& link : links) direct[link.clause_id].push_back(&link.document);
  // clause of this standard -> equal clauses of the other standard
  std::map<db::Id, std::vector<db::Id>> equal;
  for (const auto& c : correspondences) {
    if (c.relation != "equal") continue;
    if (c.from.standard_id == standard_id) equal[c.from.id].push_back(c.to.id);
    if (c.to.standard_id == standard_id) equal[c.to.id].push_back(c.from.id);
  }
  auto documents_of = [&](db::Id clause_id, bool& indirect) {
    std::vector<const Document*> out = direct[clause_id];
    std::set<db::Id> seen;
    for (const Document* d : out) seen.insert(d->id);
    indirect = false;
    for (db::Id other : equal[clause_id])
      for (const Document* d : direct[other])
        if (seen.insert(d->id).second) {
          out.push_back(d);
          indirect = true;
        }
    return out;
  };
  auto summary = [&](const Document* d, bool via) {
    bool overdue = d->status == "published" && d->next_review_on && *d->next_review_on < today;
    return boost::json::object{{"id", d->id},         {"code", d->code},       {"title", d->title},
                               {"status", d->status}, {"review_overdue", overdue}, {"via_correspondence", via}};
  };
  EvidenceReport report;
  boost::json::array clause_items;
  for (const auto& clause : clauses) {
    bool indirect = false;
    auto docs = documents_of(clause.id, indirect);
    std::set<db::Id> direct_ids;
    for (const Document* d : direct[clause.id]) direct_ids.insert(d->id);
    boost::json::array doc_items;
    for (const Document* d : docs) doc_items.push_back(summary(d, !direct_ids.count(d->id)));
    clause_items.push_back({{"clause_id", clause.id},
                            {"number", clause.number},
                            {"kind", clause.kind},
                            {"title_en", clause.title_en},
                            {"title_vi", clause.title_vi},
                            {"state", EvidenceStateName(StateOf(docs, today))},
                            {"documents", std::move(doc_items)}});
  }
  boost::json::array mandatory_items;
  for (const auto& item : mandatory) {
    bool indirect = false;
    auto docs = documents_of(item.clause_id, indirect);
    EvidenceState state = StateOf(docs, today);
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
                               {"document_ids", std::move(ids)}});
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
