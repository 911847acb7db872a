// Certification readiness of one unit against one standard: for each requirement clause (a leaf of the clause
// tree under clauses 4 to 10) the unit's self-assessment, the evidence linked to it, its mandatory documented
// information and the open nonconformities against it give the clause a score and a list of gaps; the scores give
// a percentage per clause group (4 to 10) and overall. Plain values and rules, no I/O.
//
// The formula, in points out of 100 per requirement clause:
//   1. the self-assessment gives: not started 0, partial 40, implemented 80, verified 100;
//   2. then caps, the lowest that applies:
//      at most 40 ("partial at best") with an open major nonconformity, a mandatory item of documented information
//                 missing or only in draft, or no evidence at all (no published document, kept record or process);
//      at most 80 ("implemented at best") with an open minor nonconformity, a mandatory item out of date, or a
//                 planning register that falls short of what a certification auditor checks (a risk register
//                 not reviewed for a year, an objective without an indicator, ...).
//   A live planning register (context issues, interested parties, scope, risks, objectives, indicators, planned
//   changes) counts as evidence of the clauses it answers, as a document does.
//   A group's percentage, and the overall one, is the mean of its clauses' points, rounded half up to a whole
//   percent; every requirement clause weighs the same, so the overall figure is not the mean of the groups'.
// Every reason a clause stays below 100 is one of its gaps; a clause without gaps is ready.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduims::readiness {

enum class Assessment { kNotStarted, kPartial, kImplemented, kVerified };

// "not_started", "partial", "implemented", "verified", in that order.
const std::vector<std::string>& AssessmentNames();
std::string AssessmentName(Assessment assessment);
std::optional<Assessment> ParseAssessment(std::string_view name);

enum class Gap {
  kNotStarted,          // nobody has assessed the clause, or it is assessed as not started
  kPartial,             // assessed as partly implemented
  kNotVerified,         // implemented, not yet verified (by an internal audit, say)
  kNoEvidence,          // no published document, kept record or process is linked to it
  kMandatoryMissing,    // a mandatory item of documented information is missing
  kMandatoryInDraft,    // ... exists only as an unpublished draft
  kMandatoryOutOfDate,  // ... is published but past its review date
  kOpenMajor,           // an open major nonconformity against it
  kOpenMinor,           // an open minor nonconformity against it
  kRegisterShortfall,   // a planning register answering it falls short (a review overdue, an objective unmeasured)
};
std::string GapName(Gap gap);

// What is known of one requirement clause of a unit.
struct ClauseFacts {
  Assessment assessment = Assessment::kNotStarted;
  int documents = 0, records = 0, processes = 0;  // evidence: published documents, kept records, processes
  int mandatory_missing = 0, mandatory_in_draft = 0, mandatory_out_of_date = 0;
  int open_major = 0, open_minor = 0;
  int registers = 0, registers_short = 0;  // planning registers that answer it, and of those, how many fall short
};

struct ClauseScore {
  int points = 0;         // 0 to 100
  std::vector<Gap> gaps;  // in the order of the Gap enumeration
};

ClauseScore Score(const ClauseFacts& facts);

// The mean of `points` as a whole percentage, rounded half up; 0 for none.
int Percent(const std::vector<int>& points);

}  // namespace eduims::readiness
