#include "certification/workflow.h"

#include <utility>

#include "platform/i18n/glossary.h"

namespace eduims::certification {
namespace {

constexpr std::pair<ProjectStep, const char*> kStepNames[] = {{ProjectStep::kRegistration, "registration"},
                                                              {ProjectStep::kContract, "contract"},
                                                              {ProjectStep::kAssessment, "assessment"},
                                                              {ProjectStep::kDocumentation, "documentation"},
                                                              {ProjectStep::kCertificateIssue, "certificate_issue"},
                                                              {ProjectStep::kSurveillance, "surveillance"},
                                                              {ProjectStep::kRecertification, "recertification"}};

constexpr std::pair<AuditStatus, const char*> kAuditStatusNames[] = {
    {AuditStatus::kPlanned, "planned"}, {AuditStatus::kCompleted, "completed"}, {AuditStatus::kCancelled, "cancelled"}};

constexpr std::pair<CertificateStatus, const char*> kCertificateStatusNames[] = {
    {CertificateStatus::kActive, "active"},
    {CertificateStatus::kSuspended, "suspended"},
    {CertificateStatus::kWithdrawn, "withdrawn"},
    {CertificateStatus::kExpired, "expired"}};

template <class Enum, size_t N>
std::string NameOf(const std::pair<Enum, const char*> (&names)[N], Enum value) {
  for (const auto& [v, name] : names)
    if (v == value) return name;
  return names[0].second;
}

template <class Enum, size_t N>
std::optional<Enum> Parse(const std::pair<Enum, const char*> (&names)[N], const std::string& name) {
  for (const auto& [v, n] : names)
    if (name == n) return v;
  return std::nullopt;
}

}  // namespace

std::string StepName(ProjectStep step) { return NameOf(kStepNames, step); }
std::optional<ProjectStep> ParseStep(const std::string& name) { return Parse(kStepNames, name); }

const std::vector<ProjectStep>& AllSteps() {
  static const std::vector<ProjectStep> steps = [] {
    std::vector<ProjectStep> out;
    for (const auto& [step, name] : kStepNames) out.push_back(step);
    return out;
  }();
  return steps;
}

int StepNumber(ProjectStep step) { return int(step) + 1; }

std::string ActorsText(const std::vector<Actor>& who) {
  return ActorList(who, [](Actor a) {
    return a == Actor::kCoordinator     ? "certification_coordinator"
           : a == Actor::kTopManagement ? "top_management"
                                        : "six_month_rule";
  });
}

const std::vector<ProjectTransition>& ProjectTransitions() {
  using S = ProjectStep;
  using A = Actor;
  static const std::vector<ProjectTransition> table = {
      {"complete_registration", S::kRegistration, S::kContract, {A::kCoordinator}, {}, {"completed_on"}},
      // Signing the contract commits the organisation: top management's step.
      {"sign_contract", S::kContract, S::kAssessment, {A::kTopManagement}, {}, {"completed_on"}},
      {"complete_assessment", S::kAssessment, S::kDocumentation, {A::kCoordinator}, {}, {"completed_on"}},
      {"complete_documentation", S::kDocumentation, S::kCertificateIssue, {A::kCoordinator}, {}, {"completed_on"}},
      {"accept_decision", S::kCertificateIssue, S::kSurveillance, {A::kTopManagement}, {}, {"completed_on"}},
      {"begin_recertification", S::kSurveillance, S::kRecertification, {A::kCoordinator}, {}, {"completed_on"}},
      {"complete_recertification", S::kRecertification, S::kSurveillance, {A::kTopManagement}, {}, {"completed_on"}},
      // Before the first decision only; the certification body may also decide it, which the coordinator records.
      {"repeat_stage2", S::kAssessment, S::kAssessment, {A::kRule, A::kCoordinator}, {"comment"}, {}},
      {"repeat_stage2", S::kDocumentation, S::kAssessment, {A::kRule, A::kCoordinator}, {"comment"}, {}},
      {"repeat_stage2", S::kCertificateIssue, S::kAssessment, {A::kRule, A::kCoordinator}, {"comment"}, {}},
  };
  return table;
}

std::vector<std::string> ProjectActionNames() { return ActionNamesOf(ProjectTransitions()); }

bool CompletesStep(const std::string& action) { return action != "repeat_stage2"; }

std::string AuditStatusName(AuditStatus status) { return NameOf(kAuditStatusNames, status); }
std::optional<AuditStatus> ParseAuditStatus(const std::string& name) { return Parse(kAuditStatusNames, name); }

const std::vector<AuditTransition>& AuditTransitions() {
  using S = AuditStatus;
  static const std::vector<AuditTransition> table = {
      {"complete", S::kPlanned, S::kCompleted, {Actor::kCoordinator}, {}, {}},
      {"cancel", S::kPlanned, S::kCancelled, {Actor::kCoordinator}, {"comment"}, {}},
  };
  return table;
}

std::vector<std::string> AuditActionNames() { return ActionNamesOf(AuditTransitions()); }

std::string CertificateStatusName(CertificateStatus status) { return NameOf(kCertificateStatusNames, status); }
std::optional<CertificateStatus> ParseCertificateStatus(const std::string& name) {
  return Parse(kCertificateStatusNames, name);
}

const std::vector<CertificateChangeRule>& CertificateChanges() {
  static const std::vector<CertificateChangeRule> table = [] {
    using S = CertificateStatus;
    const std::vector<Actor> coordinator = {Actor::kCoordinator};
    const std::vector<std::string> scope = {"scope_vi", "scope_en", "site_ids", "standard_ids", "effective_on"};
    const std::vector<std::string> entity = {"entity_name", "entity_address", "organisation_type", "region",
                                             "effective_on"};
    return std::vector<CertificateChangeRule>{
        {"extend_scope", S::kActive, S::kActive, coordinator, {"reason"}, scope},
        {"reduce_scope", S::kActive, S::kActive, coordinator, {"reason"}, scope},
        // Reducing the scope to what still conforms is one way out of a suspension.
        {"reduce_scope", S::kSuspended, S::kActive, coordinator, {"reason"}, scope},
        {"transition_edition", S::kActive, S::kActive, coordinator, {"reason", "standard_ids"}, {"effective_on"}},
        {"renew", S::kActive, S::kActive, coordinator, {"reason", "issue_date"}, {}},
        // Recertification activities completed after expiry restore the certificate from the new decision.
        {"renew", S::kExpired, S::kActive, coordinator, {"reason", "issue_date"}, {}},
        {"suspend", S::kActive, S::kSuspended, coordinator, {"reason"}, {"effective_on"}},
        {"reinstate", S::kSuspended, S::kActive, coordinator, {"reason"}, {"effective_on"}},
        {"withdraw", S::kActive, S::kWithdrawn, coordinator, {"reason"}, {"effective_on"}},
        {"withdraw", S::kSuspended, S::kWithdrawn, coordinator, {"reason"}, {"effective_on"}},
        {"withdraw", S::kExpired, S::kWithdrawn, coordinator, {"reason"}, {"effective_on"}},
        {"amend", S::kActive, S::kActive, coordinator, {"reason"}, entity},
        {"amend", S::kSuspended, S::kSuspended, coordinator, {"reason"}, entity},
    };
  }();
  return table;
}

std::vector<std::string> CertificateChangeKinds() { return ActionNamesOf(CertificateChanges()); }

}  // namespace eduims::certification
