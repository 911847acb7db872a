// The readiness report of one unit against one standard, built from what other modules know: the clause tree (the
// standards catalogue), the clause evidence and mandatory documented information (documents module), the unit's
// self-assessments (this module) and its open nonconformities (improvement module). Pure: the service gathers the
// inputs, this decides what they mean.
//
// A requirement clause is a leaf of kind "clause" under one of the top-level clauses 4 to 10 (its group). What is
// linked to the clause or to one of its ancestors below the group (7.1 for 7.1.3) counts for it: a procedure for
// "7.1 Resources" is evidence for 7.1.3. A mandatory item of documented information belongs to the requirement clause
// that states it (the catalogue names one without sub-clauses) and caps that clause only, so each item shows once.
// Nonconformities count the way evidence does, and through an "equal" correspondence with a clause of the other standard,
// as the clause evidence already does for documents, records and processes: one integrated management system.
// A unit's self-assessment of a clause is shown for the clauses "equal" to it too; when both have one, the latest
// made counts.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "improvement/service.h"
#include "readiness/model.h"
#include "standards/catalogue.h"

namespace eduims::readiness {

struct SelfAssessment {
  db::Id id = 0;
  db::Id unit_id = 0;
  db::Id clause_id = 0;  // the clause it was made on
  Assessment status = Assessment::kNotStarted;
  std::string comment;
  std::optional<db::Id> assessed_by;
  std::string assessed_by_name;  // as the user was named when assessing
  std::string assessed_at;
  long long version = 1;
};
boost::json::object ToJson(const SelfAssessment& a);

// A document, record or process linked to a clause, as the clause evidence lists it.
struct EvidenceRef {
  db::Id id = 0;
  std::string code, title;
  std::string status;  // documents only: "published", "draft", ...
  bool via_correspondence = false;
};

struct ClauseEvidence {
  std::vector<EvidenceRef> documents, records, processes;
};

struct MandatoryState {
  db::Id id = 0;
  db::Id clause_id = 0;
  std::string clause_number, type, title_en, title_vi;
  std::string state;  // "present", "out_of_date", "in_draft", "missing"
};

// What a planning register shows for a clause, named by its number (the same in ISO 21001 and ISO 9001 for
// clauses 4.1 to 4.3, 6.1 to 6.3 and 9.1): how many live entries the unit's subtree keeps and, where the register
// falls short of what a certification auditor checks, why ("review_overdue", "objective_without_indicator", ...).
// Counts for the clause it names and every requirement clause below it (6.1 for 6.1.2).
struct RegisterEvidence {
  std::string clause_number;
  std::string name;  // "context_issues", "interested_parties", "scope", "risks", "objectives", "indicators", ...
  long long entries = 0;
  std::vector<std::string> shortfalls;
  // The code of the one standard whose clause this is ("iso-21001"), for a clause numbered differently in the two
  // (customer communication is 8.2.1 of ISO 9001, 8.2.2 of ISO 21001); empty: the clause of every ISO standard.
  std::string standard;
};

struct Evidence {
  std::map<db::Id, ClauseEvidence> clauses;
  std::vector<MandatoryState> mandatory;
};
// Reads the clause evidence report of the documents module (DocumentService::Evidence). Throws
// std::invalid_argument if the report is not of that shape.
Evidence ReadEvidence(const boost::json::object& report);

struct ReportInputs {
  std::vector<standards::Clause> clauses;  // the standard's clause tree, in catalogue order
  Evidence evidence;
  std::vector<SelfAssessment> assessments;  // the unit's, on clauses of either standard
  std::vector<improvement::OpenOnClause> nonconformities;
  std::map<db::Id, std::vector<db::Id>> equal;  // clause -> its "equal" clauses, both directions
  // Clauses the unit's scope declares not applicable, with the justification: a requirement clause that is one,
  // lies below one, or is "equal" to such a clause leaves the report's denominator.
  std::map<db::Id, std::string> excluded;
  std::vector<RegisterEvidence> registers;
};

struct ClauseRow {
  standards::Clause clause;
  std::string group;  // the number of its top-level clause, "7"
  std::optional<SelfAssessment> assessment;
  bool assessment_via_correspondence = false;
  ClauseEvidence evidence;
  std::vector<RegisterEvidence> registers;
  std::vector<MandatoryState> mandatory;
  std::vector<improvement::OpenOnClause> nonconformities;  // each once
  ClauseFacts facts;
  ClauseScore score;
};

struct GroupRow {
  standards::Clause clause;
  int percent = 0;
  int clauses = 0;  // requirement clauses in the group
  int ready = 0;    // of which without gaps
};

// A requirement clause left out of the report by the unit's scope.
struct ExcludedRow {
  standards::Clause clause;
  std::string group;
  db::Id excluded_clause_id = 0;  // the clause the scope names (itself, an ancestor or an "equal" clause)
  std::string justification;
};

struct Report {
  int percent = 0;
  std::vector<GroupRow> groups;
  std::vector<ClauseRow> clauses;      // requirement clauses in catalogue order
  std::vector<ExcludedRow> excluded;   // in catalogue order, counted nowhere
};

Report BuildReport(const ReportInputs& inputs);

// The report as the API shows it: {"percent", "groups": [...], "clauses": [...], "excluded": [...]}.
boost::json::object ToJson(const Report& report);
// The gap list: the requirement clauses with gaps, each with its gaps, points and open nonconformities.
boost::json::array GapsJson(const Report& report);

}  // namespace eduims::readiness
