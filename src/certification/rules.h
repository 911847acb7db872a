// The rules of certification that decide whether a step may complete, a certificate may be issued or renewed, an
// audit may be planned where it is, and when a stage 2 must be repeated (ISO/IEC 17021-1; see
// shared/design/STANDARDS.md). Pure domain code over plain facts: no I/O, no clock ("today" is passed in).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "certification/due_dates.h"
#include "certification/workflow.h"
#include "improvement/nonconformity_workflow.h"
#include "platform/db/database.h"
#include "platform/problem.h"

namespace eduims::certification {

// A certification audit as the rules see it.
struct AuditFact {
  db::Id id = 0;
  std::string type;
  AuditStatus status = AuditStatus::kPlanned;
  Date start, end;
};

// A finding of a certification audit and, for a nonconformity, where its workflow stands.
struct FindingFact {
  db::Id audit_id = 0;
  std::string grade;                            // major, minor, observation, opportunity_for_improvement
  std::optional<improvement::NcStatus> status;  // set for major and minor
  std::optional<std::string> verification_due;  // the deadline of the accepted action plan
  std::optional<Date> closed_on;
};

// Refuses a certification decision (issue or renewal) while a finding stands open: a major nonconformity not
// closed (409 certification.major_nonconformity_open), or a minor one not closed without an accepted action plan
// with a deadline, i.e. past the nonconformity workflow's plan step (409 certification.minor_without_plan).
std::optional<Problem> OpenFindingsProblem(const std::vector<FindingFact>& findings);

// The completed stage 2 audit the first decision rests on: the last one to end, if it started after
// `repeat_after` (when a repeat is due).
std::optional<AuditFact> DecisiveStage2(const std::vector<AuditFact>& audits, const std::optional<Date>& repeat_after);
// Stage 1 then stage 2 precede the first decision: both completed, stage 2 starting no earlier than a completed
// stage 1 ended, and after `repeat_after` when a repeat is due (409 certification.stage_audits_missing).
std::optional<Problem> InitialAuditsProblem(const std::vector<AuditFact>& audits,
                                            const std::optional<Date>& repeat_after);

// The six-month rule: if corrections and corrective actions for a major nonconformity of the last stage 2 audit
// are not verified (the nonconformity closed) within 6 months of its last day, stage 2 is repeated. Returns that
// last day when the rule sends the project back now: before the first decision (`decided` false), once the six
// months are over on `today`, unless the repeat was already ordered for that audit (`repeat_after` equals it).
std::optional<Date> Stage2ToRepeat(bool decided, const std::vector<AuditFact>& audits,
                                   const std::vector<FindingFact>& findings, const std::optional<Date>& repeat_after,
                                   Date today);

// The completed audits of `type` that belong to `cycle` (ending after its decision and not after its expiry), in
// the order they ended.
std::vector<AuditFact> CompletedInCycle(const Cycle& cycle, const std::vector<AuditFact>& audits,
                                        const std::string& type);

// The window an audit of `type` falls in within `cycle`: the `sequence`-th surveillance's (1-based), or the
// recertification audit's. Nullopt for other types, and for a surveillance beyond those the cycle plans.
std::optional<DueWindow> WindowOf(const Cycle& cycle, const std::string& type, int sequence);
// An audit from `start` to `end` outside `window` needs a recorded justification (422
// certification.outside_window naming `field`).
std::optional<Problem> WindowProblem(const DueWindow& window, Date start, Date end, bool justified,
                                     const std::string& field);

// A standard of one of a unit's live certificates (active or suspended, not expired).
struct HeldStandard {
  db::Id certificate_id = 0;
  std::string number, code, edition;
};
// A unit holds one live certificate per standard, as a register counts it: a certificate (`certificate_id`, 0 when
// new) covering the standards `codes` is refused while another of `held` (the standards of its unit's live
// certificates) covers one of them (409 certification.standard_already_held at `field`, naming that certificate's
// number and the standard). An expired or withdrawn certificate holds nothing.
std::optional<Problem> StandardHeldProblem(db::Id certificate_id, const std::vector<std::string>& codes,
                                           const std::vector<HeldStandard>& held, const std::string& field);

// What the rules of the project's current step look at.
struct ProjectFacts {
  ProjectStep step = ProjectStep::kRegistration;
  std::map<ProjectStep, int> records;  // records linked per step
  std::vector<AuditFact> audits;
  std::vector<FindingFact> findings;
  std::optional<Date> stage2_repeat_after;
  bool certificate_live = false;  // the project holds a certificate that is not withdrawn
  int certificate_cycle = 0;      // that certificate's cycle
  int project_cycle = 1;
  std::optional<Cycle> cycle;  // that certificate's current cycle
};

// Whether `audit` (id 0 when new; the other audits are in `facts.audits`) may be planned for the project as it
// stands, `justified` when it carries a window justification. Refusals: the end before the start; stage 1 after the
// first decision except at recertification (409 certification.wrong_step); stage 2 outside the contract and
// assessment steps, without a stage 1 before it (409 certification.stage_audits_missing), starting before stage 1
// ended or not after a stage 2 that must be repeated (422 validation.date_too_early); any other type without a
// certificate (409 certification.certificate_missing); a recertification audit before the surveillance step; a
// surveillance or recertification audit outside its window unjustified (WindowProblem). A surveillance beyond
// those the cycle plans may fall anywhere in the cycle.
std::optional<Problem> PlacementProblem(const ProjectFacts& facts, const AuditFact& audit, bool justified);

// Everything that stops the current step from completing, each as the Problem the completion would answer (empty
// when it may complete):
// - registration, contract, documentation: a record linked to the step (certification.records_missing);
// - assessment: InitialAuditsProblem;
// - certificate issue: a certificate issued (certification.certificate_missing) and OpenFindingsProblem;
// - surveillance: every surveillance of the cycle completed (certification.surveillances_missing);
// - recertification: the certificate renewed for the next cycle (certification.not_renewed).
std::vector<Problem> CompletionProblems(const ProjectFacts& facts);

}  // namespace eduims::certification
