// The three state machines of certification, each one table of steps naming who may take them:
//
// A project goes through the seven steps of certification in order; completing a step moves it to the next, and
// the cycle loops between surveillance and recertification. A stage 2 major nonconformity left open too long sends
// the project back to the assessment step (repeat_stage2).
//
//   registration --complete_registration--> contract --sign_contract--> assessment --complete_assessment-->
//   documentation --complete_documentation--> certificate_issue --accept_decision--> surveillance
//   surveillance --begin_recertification--> recertification --complete_recertification--> surveillance
//   assessment | documentation | certificate_issue --repeat_stage2--> assessment
//
// A certification audit is planned, then completed or cancelled. A certificate is active, suspended or withdrawn
// (expired is derived from its expiry date); every change to it is one of the kinds of CertificateChanges().
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/step_table.h"

namespace eduims::certification {

enum class ProjectStep {
  kRegistration,      // 1. registration documents
  kContract,          // 2. the service contract with the certification body
  kAssessment,        // 3. surveys and assessments: the stage 1 and stage 2 audits
  kDocumentation,     // 4. documentation completed after the assessment
  kCertificateIssue,  // 5. review and issue of the certificate
  kSurveillance,      // 6. surveillance audits, at least once a calendar year
  kRecertification,   // 7. recertification before expiry
};

std::string StepName(ProjectStep step);
std::optional<ProjectStep> ParseStep(const std::string& name);
const std::vector<ProjectStep>& AllSteps();
// 1 for registration ... 7 for recertification.
int StepNumber(ProjectStep step);

enum class Actor {
  kCoordinator,    // someone with kManageCertification on the project's unit (quality manager, top management,
                   // administrator)
  kTopManagement,  // someone with kDecideCertification there (top management, administrator)
  kRule,           // the product applying a rule of ISO/IEC 17021-1 when the project is evaluated
};

// The "who" of a refusal: the actors' glossary keys (platform/i18n/glossary.h).
std::string ActorsText(const std::vector<Actor>& who);

using ProjectTransition = StepRule<ProjectStep, Actor>;
const std::vector<ProjectTransition>& ProjectTransitions();
std::vector<std::string> ProjectActionNames();
// True if taking `action` completes the step the project is at (every action but repeat_stage2).
bool CompletesStep(const std::string& action);

enum class AuditStatus { kPlanned, kCompleted, kCancelled };
std::string AuditStatusName(AuditStatus status);
std::optional<AuditStatus> ParseAuditStatus(const std::string& name);

using AuditTransition = StepRule<AuditStatus, Actor>;
const std::vector<AuditTransition>& AuditTransitions();
std::vector<std::string> AuditActionNames();

enum class CertificateStatus { kActive, kSuspended, kWithdrawn, kExpired };
std::string CertificateStatusName(CertificateStatus status);
std::optional<CertificateStatus> ParseCertificateStatus(const std::string& name);

// The kinds of change a certificate undergoes after its issue, from which status to which.
using CertificateChangeRule = StepRule<CertificateStatus, Actor>;
const std::vector<CertificateChangeRule>& CertificateChanges();
std::vector<std::string> CertificateChangeKinds();

}  // namespace eduims::certification
