// The rules of readiness: who may see a unit's readiness (whoever may read documents there, as the evidence it
// shows is theirs to read) and record its self-assessments (kAssessReadiness on the unit), what a valid
// assessment is (a requirement clause, a known status, the version it was read at), and the report, built from the
// standards catalogue, the documents module's clause evidence, the improvement module's open nonconformities and
// the assessments. Every change is one transaction with its audit entry. Failures are ProblemError.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "documents/service.h"
#include "improvement/service.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "platform/i18n/language.h"
#include "platform/spool_file.h"
#include "readiness/evidence_pack.h"
#include "readiness/report.h"
#include "records/service.h"

namespace eduims::readiness {

struct AssessmentInput {
  std::string status;
  std::string comment;
  // The version the caller read; absent when the clause has no assessment yet (for it or its "equal" clause).
  std::optional<long long> version;
};

// A report and what it is about.
struct ReadinessView {
  standards::Standard standard;
  org::Unit unit;
  std::string today;
  Report report;
};

class ReadinessService {
 public:
  ReadinessService(db::Database& db, org::OrgService& org, documents::DocumentService& documents,
                   records::RecordService& records, improvement::NonconformityService& nonconformities)
      : db_(db), org_(org), documents_(documents), records_(records), nonconformities_(nonconformities) {}

  // The readiness of the unit against the standard, counting what the caller may see in the unit's subtree.
  ReadinessView Readiness(const auth::Principal& who, db::Id standard_id, db::Id unit_id);
  // Records the unit's self-assessment of a requirement clause. One assessment serves a clause and its "equal"
  // clause of the other standard: if either has one, that one is updated (its version is needed).
  SelfAssessment Assess(const auth::Principal& who, db::Id unit_id, db::Id clause_id, const AssessmentInput& input,
                        const audit::Actor& actor);
  // A ZIP for the certification body: the published revision of every current document and every kept record of
  // the unit's subtree that the caller may read, with an index (HTML and CSV). Documents are read one at a time
  // while the archive is written.
  SpoolFile EvidencePack(const auth::Principal& who, db::Id unit_id, Language language);
  // The clauses a unit's scope declares not applicable, by clause with the justification; set at start-up by the
  // module that keeps scopes. Without it nothing is excluded.
  using Exclusions = std::function<std::map<db::Id, std::string>(db::Id unit_id)>;
  void SetExclusions(Exclusions exclusions) { exclusions_ = std::move(exclusions); }
  // What the registers of the unit's subtree show (planning's, the complaints register, ...), as the caller may see
  // them; each added at start-up by the module that keeps them. Counted for the ISO standards only: a framework's
  // numbers mean something else.
  using RegisterSource =
      std::function<std::vector<RegisterEvidence>(const auth::Principal& who, const org::Unit& unit)>;
  void AddRegisters(RegisterSource registers) { registers_.push_back(std::move(registers)); }
  // The reports a module adds to a unit's evidence pack (a survey's results), as far as the caller may see them;
  // each added at start-up by the module that makes them.
  using ReportSource =
      std::function<std::vector<PackedReport>(const auth::Principal& who, const org::Unit& unit, Language language)>;
  void AddReports(ReportSource reports) { reports_.push_back(std::move(reports)); }

 private:
  org::Unit ReadableUnit(const auth::Principal& who, db::Id unit_id);

  db::Database& db_;
  org::OrgService& org_;
  documents::DocumentService& documents_;
  records::RecordService& records_;
  improvement::NonconformityService& nonconformities_;
  Exclusions exclusions_;
  std::vector<RegisterSource> registers_;
  std::vector<ReportSource> reports_;
};

}  // namespace eduims::readiness
