// Clause evidence: for each clause of a standard, the documents, records and processes linked to it (directly, or through an
// "equal" correspondence with a clause of the other standard of the integrated system), and the mandatory
// documented information checklist: which items are present, out of date, still in draft, or missing.
// Pure domain code: the caller gathers clauses, correspondences and linked documents and processes.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "documents/model.h"
#include "processes/model.h"
#include "records/model.h"
#include "standards/catalogue.h"

namespace eduims::documents {

struct LinkedDocument {
  db::Id clause_id = 0;
  Document document;
};

struct LinkedProcess {
  db::Id clause_id = 0;
  processes::Process process;
};

struct LinkedRecord {
  db::Id clause_id = 0;
  records::Record record;
};

// Everything linked to clauses that the evidence shows.
struct EvidenceLinks {
  std::vector<LinkedDocument> documents;
  std::vector<LinkedProcess> processes;
  std::vector<LinkedRecord> records;  // kept (not disposed) records
};

enum class EvidenceState { kPresent, kOutOfDate, kInDraft, kMissing };
std::string EvidenceStateName(EvidenceState state);

// The state a set of documents gives a requirement: present if one is published and not past its review date;
// out of date if published ones are all past review; in draft if only unpublished ones exist; else missing.
EvidenceState StateOf(const std::vector<const Document*>& documents, const std::string& today);

struct EvidenceReport {
  boost::json::object json;
  int present = 0, out_of_date = 0, in_draft = 0, missing = 0;
};

// `links` may include what is linked to clauses of other standards; it counts for a clause of `standard_id` when the
// two clauses correspond as "equal". A mandatory item to retain (type "retain") is present when a kept record is
// linked to its clause; otherwise the documents decide its state.
EvidenceReport BuildEvidence(db::Id standard_id, const std::vector<standards::Clause>& clauses,
                             const std::vector<standards::MandatoryItem>& mandatory,
                             const std::vector<standards::Correspondence>& correspondences,
                             const EvidenceLinks& links, const std::string& today);

}  // namespace eduims::documents
