// The rules of certification audits: the certification body's stage 1, stage 2, surveillance, recertification,
// special and transition audits of a project, with their dates, audit days and team (people outside the
// organisation, by name). Stage 1 and stage 2 come before the first decision, stage 2 after stage 1; surveillance
// and recertification audits fall in their window of the certificate's cycle or carry a justification. Findings of
// a major or minor nonconformity raise a nonconformity (source "external_audit"), an opportunity for improvement
// an entry of the improvement register, in the same transaction. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "certification/context.h"
#include "improvement/register_service.h"
#include "improvement/service.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"

namespace eduims::certification {

struct AuditInput {
  std::string type, start_date, end_date;
  double audit_days = 1;
  std::vector<TeamMember> team;
  std::string notes;
  std::optional<std::string> window_justification;
};

// Absent fields stay as they are; an inner nullopt clears the justification.
struct AuditPatch {
  long long version = 0;
  std::optional<std::string> start_date, end_date, notes;
  std::optional<double> audit_days;
  std::optional<std::vector<TeamMember>> team;
  std::optional<std::optional<std::string>> window_justification;
};

struct AuditStepInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> comment;
};

struct FindingInput {
  std::string grade, title, description;
  std::optional<db::Id> unit_id;  // the project's unit when absent; else one of its sites
  std::vector<db::Id> clause_ids;
  std::optional<std::string> due_date;  // of the nonconformity raised; by severity when absent
};

// A finding with where the nonconformity it raised stands.
struct FindingDetail {
  Finding finding;
  std::optional<improvement::NcStanding> nonconformity;
};

class CertificationAuditService {
 public:
  CertificationAuditService(db::Database& db, improvement::NonconformityService& nonconformities,
                            improvement::ImprovementService& improvements)
      : db_(db), nonconformities_(nonconformities), improvements_(improvements) {}

  Audit Create(const auth::Principal& who, db::Id project_id, const AuditInput& input, const audit::Actor& actor);
  Audit Get(const auth::Principal& who, db::Id project_id, db::Id audit_id, std::vector<FindingDetail>* findings);
  // Only a planned audit changes.
  Audit Update(const auth::Principal& who, db::Id project_id, db::Id audit_id, const AuditPatch& patch,
               const audit::Actor& actor);
  Audit Transition(const auth::Principal& who, db::Id project_id, db::Id audit_id, const AuditStepInput& input,
                   const audit::Actor& actor);
  Finding AddFinding(const auth::Principal& who, db::Id project_id, db::Id audit_id, const FindingInput& input,
                     const audit::Actor& actor);

 private:
  db::Database& db_;
  improvement::NonconformityService& nonconformities_;
  improvement::ImprovementService& improvements_;
};

}  // namespace eduims::certification
