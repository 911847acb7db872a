#include "certification/workflow.h"

#include <gtest/gtest.h>

#include "expected_steps.h"

namespace eduims::certification {
namespace {

using A = Actor;
using S = ProjectStep;

// The three tables written out by hand rather than read from the product, so a wrong entry there fails a test.
TEST(CertificationWorkflow, TheTablesAreTheOnesWrittenHere) {
  const std::vector<std::string> done = {"completed_on"};
  eduims::testing::ExpectSameSteps(
      ProjectTransitions(),
      std::vector<ProjectTransition>{
          {"complete_registration", S::kRegistration, S::kContract, {A::kCoordinator}, {}, done},
          {"sign_contract", S::kContract, S::kAssessment, {A::kTopManagement}, {}, done},
          {"complete_assessment", S::kAssessment, S::kDocumentation, {A::kCoordinator}, {}, done},
          {"complete_documentation", S::kDocumentation, S::kCertificateIssue, {A::kCoordinator}, {}, done},
          {"accept_decision", S::kCertificateIssue, S::kSurveillance, {A::kTopManagement}, {}, done},
          {"begin_recertification", S::kSurveillance, S::kRecertification, {A::kCoordinator}, {}, done},
          {"complete_recertification", S::kRecertification, S::kSurveillance, {A::kTopManagement}, {}, done},
          {"repeat_stage2", S::kAssessment, S::kAssessment, {A::kRule, A::kCoordinator}, {"comment"}, {}},
          {"repeat_stage2", S::kDocumentation, S::kAssessment, {A::kRule, A::kCoordinator}, {"comment"}, {}},
          {"repeat_stage2", S::kCertificateIssue, S::kAssessment, {A::kRule, A::kCoordinator}, {"comment"}, {}},
      });
  eduims::testing::ExpectSameSteps(
      AuditTransitions(),
      std::vector<AuditTransition>{
          {"complete", AuditStatus::kPlanned, AuditStatus::kCompleted, {A::kCoordinator}, {}, {}},
          {"cancel", AuditStatus::kPlanned, AuditStatus::kCancelled, {A::kCoordinator}, {"comment"}, {}},
      });
  using C = CertificateStatus;
  const std::vector<A> coordinator = {A::kCoordinator};
  const std::vector<std::string> scope = {"scope_vi", "scope_en", "site_ids", "standard_ids", "effective_on"};
  const std::vector<std::string> entity = {"entity_name", "entity_address", "organisation_type", "region",
                                           "effective_on"};
  const std::vector<std::string> effective = {"effective_on"};
  eduims::testing::ExpectSameSteps(
      CertificateChanges(),
      std::vector<CertificateChangeRule>{
          {"extend_scope", C::kActive, C::kActive, coordinator, {"reason"}, scope},
          {"reduce_scope", C::kActive, C::kActive, coordinator, {"reason"}, scope},
          {"reduce_scope", C::kSuspended, C::kActive, coordinator, {"reason"}, scope},
          {"transition_edition", C::kActive, C::kActive, coordinator, {"reason", "standard_ids"}, effective},
          {"renew", C::kActive, C::kActive, coordinator, {"reason", "issue_date"}, {}},
          {"renew", C::kExpired, C::kActive, coordinator, {"reason", "issue_date"}, {}},
          {"suspend", C::kActive, C::kSuspended, coordinator, {"reason"}, effective},
          {"reinstate", C::kSuspended, C::kActive, coordinator, {"reason"}, effective},
          {"withdraw", C::kActive, C::kWithdrawn, coordinator, {"reason"}, effective},
          {"withdraw", C::kSuspended, C::kWithdrawn, coordinator, {"reason"}, effective},
          {"withdraw", C::kExpired, C::kWithdrawn, coordinator, {"reason"}, effective},
          {"amend", C::kActive, C::kActive, coordinator, {"reason"}, entity},
          {"amend", C::kSuspended, C::kSuspended, coordinator, {"reason"}, entity},
      });
}

// What the project table answers for `action` from `step` by someone who counts as `who`.
std::variant<const ProjectTransition*, Problem> Try(const std::string& action, S step, std::vector<A> who,
                                                    std::set<std::string> given = {}) {
  return CheckTable(ProjectTransitions(), "certification_project", action, step, who, given, StepName, ActorsText);
}

std::string CodeOf(const std::variant<const ProjectTransition*, Problem>& verdict) {
  auto* problem = std::get_if<Problem>(&verdict);
  return problem ? problem->code : "";
}

TEST(CertificationWorkflow, TheSevenStepsGoInOrderAndLoopBetweenSurveillanceAndRecertification) {
  std::vector<std::pair<std::string, S>> path = {
      {"complete_registration", S::kRegistration},      {"sign_contract", S::kContract},
      {"complete_assessment", S::kAssessment},          {"complete_documentation", S::kDocumentation},
      {"accept_decision", S::kCertificateIssue},        {"begin_recertification", S::kSurveillance},
      {"complete_recertification", S::kRecertification}};
  S at = S::kRegistration;
  for (const auto& [action, from] : path) {
    ASSERT_EQ(at, from) << action;
    auto verdict = Try(action, at, {A::kCoordinator, A::kTopManagement});
    ASSERT_TRUE(std::holds_alternative<const ProjectTransition*>(verdict)) << action << " " << CodeOf(verdict);
    at = std::get<const ProjectTransition*>(verdict)->to;
    EXPECT_TRUE(CompletesStep(action));
  }
  EXPECT_EQ(at, S::kSurveillance);
  EXPECT_EQ(StepNumber(S::kRegistration), 1);
  EXPECT_EQ(StepNumber(S::kRecertification), 7);
  EXPECT_EQ(AllSteps().size(), 7u);
  for (S step : AllSteps()) EXPECT_EQ(ParseStep(StepName(step)), step);
  EXPECT_FALSE(ParseStep("stage3"));
}

TEST(CertificationWorkflow, EveryStepOutOfOrderIsRefused) {
  for (const ProjectTransition& rule : ProjectTransitions()) {
    for (S step : AllSteps()) {
      bool listed = false;
      for (const ProjectTransition& other : ProjectTransitions())
        listed = listed || (other.action == rule.action && other.from == step);
      if (listed) continue;
      EXPECT_EQ(CodeOf(Try(rule.action, step, {A::kCoordinator, A::kTopManagement, A::kRule})),
                "workflow.transition_not_allowed")
          << rule.action << " from " << StepName(step);
    }
  }
  EXPECT_EQ(CodeOf(Try("issue_certificate", S::kRegistration, {A::kCoordinator})), "validation.invalid_value");
}

TEST(CertificationWorkflow, TopManagementSignsTheContractAndAcceptsDecisions) {
  EXPECT_EQ(CodeOf(Try("sign_contract", S::kContract, {A::kCoordinator})), "workflow.not_permitted");
  EXPECT_EQ(CodeOf(Try("accept_decision", S::kCertificateIssue, {A::kCoordinator})), "workflow.not_permitted");
  EXPECT_EQ(CodeOf(Try("complete_recertification", S::kRecertification, {A::kCoordinator})), "workflow.not_permitted");
  EXPECT_EQ(CodeOf(Try("sign_contract", S::kContract, {A::kTopManagement})), "");
  // A viewer counts as nothing: every transition is refused.
  for (const ProjectTransition& rule : ProjectTransitions())
    EXPECT_EQ(CodeOf(Try(rule.action, rule.from, {}, {"comment"})), "workflow.not_permitted") << rule.action;
  // The coordinator's own steps need no top management.
  EXPECT_EQ(CodeOf(Try("complete_registration", S::kRegistration, {A::kCoordinator})), "");
  EXPECT_EQ(CodeOf(Try("complete_registration", S::kRegistration, {A::kTopManagement})), "workflow.not_permitted");
}

TEST(CertificationWorkflow, Stage2IsRepeatedByTheRuleOrTheCoordinatorWithAReasonBeforeTheDecisionOnly) {
  for (S from : {S::kAssessment, S::kDocumentation, S::kCertificateIssue}) {
    auto verdict = Try("repeat_stage2", from, {A::kRule}, {"comment"});
    ASSERT_TRUE(std::holds_alternative<const ProjectTransition*>(verdict)) << StepName(from);
    EXPECT_EQ(std::get<const ProjectTransition*>(verdict)->to, S::kAssessment);
  }
  EXPECT_EQ(CodeOf(Try("repeat_stage2", S::kAssessment, {A::kCoordinator})), "validation.missing_field");
  EXPECT_EQ(CodeOf(Try("repeat_stage2", S::kSurveillance, {A::kRule}, {"comment"})), "workflow.transition_not_allowed");
  EXPECT_EQ(CodeOf(Try("repeat_stage2", S::kAssessment, {A::kTopManagement}, {"comment"})), "workflow.not_permitted");
  EXPECT_FALSE(CompletesStep("repeat_stage2"));
  // The rule completes nothing on anyone's behalf.
  EXPECT_EQ(CodeOf(Try("complete_assessment", S::kAssessment, {A::kRule})), "workflow.not_permitted");
}

TEST(CertificationWorkflow, StepsTakeACompletionDateAndNothingElse) {
  EXPECT_EQ(CodeOf(Try("complete_registration", S::kRegistration, {A::kCoordinator}, {"completed_on", "comment"})), "");
  EXPECT_EQ(CodeOf(Try("complete_registration", S::kRegistration, {A::kCoordinator}, {"issue_date"})),
            "validation.unknown_field");
}

TEST(CertificationWorkflow, AnAuditIsCompletedOrCancelledWithAReason) {
  auto audit = [](const std::string& action, AuditStatus from, std::set<std::string> given = {}) {
    auto verdict = CheckTable(AuditTransitions(), "certification_audit", action, from, {A::kCoordinator}, given,
                              AuditStatusName, ActorsText);
    auto* problem = std::get_if<Problem>(&verdict);
    return problem ? problem->code : AuditStatusName(std::get<const AuditTransition*>(verdict)->to);
  };
  EXPECT_EQ(audit("complete", AuditStatus::kPlanned), "completed");
  EXPECT_EQ(audit("cancel", AuditStatus::kPlanned), "validation.missing_field");
  EXPECT_EQ(audit("cancel", AuditStatus::kPlanned, {"comment"}), "cancelled");
  EXPECT_EQ(audit("complete", AuditStatus::kCompleted), "workflow.transition_not_allowed");
  EXPECT_EQ(audit("cancel", AuditStatus::kCompleted, {"comment"}), "workflow.transition_not_allowed");
  EXPECT_EQ(audit("complete", AuditStatus::kCancelled), "workflow.transition_not_allowed");
  for (AuditStatus s : {AuditStatus::kPlanned, AuditStatus::kCompleted, AuditStatus::kCancelled})
    EXPECT_EQ(ParseAuditStatus(AuditStatusName(s)), s);
}

TEST(CertificationWorkflow, CertificateChangesFollowTheStatus) {
  auto change = [](const std::string& kind, CertificateStatus from, std::set<std::string> given) {
    auto verdict = CheckTable(CertificateChanges(), "certificate", kind, from, {A::kCoordinator}, given,
                              CertificateStatusName, ActorsText);
    auto* problem = std::get_if<Problem>(&verdict);
    return problem ? problem->code : CertificateStatusName(std::get<const CertificateChangeRule*>(verdict)->to);
  };
  using C = CertificateStatus;
  EXPECT_EQ(change("suspend", C::kActive, {"reason"}), "suspended");
  EXPECT_EQ(change("suspend", C::kActive, {}), "validation.missing_field");
  EXPECT_EQ(change("suspend", C::kSuspended, {"reason"}), "workflow.transition_not_allowed");
  EXPECT_EQ(change("reinstate", C::kSuspended, {"reason"}), "active");
  EXPECT_EQ(change("reinstate", C::kActive, {"reason"}), "workflow.transition_not_allowed");
  EXPECT_EQ(change("reduce_scope", C::kSuspended, {"reason", "site_ids"}), "active");
  EXPECT_EQ(change("extend_scope", C::kSuspended, {"reason", "site_ids"}), "workflow.transition_not_allowed");
  EXPECT_EQ(change("renew", C::kExpired, {"reason", "issue_date"}), "active");
  EXPECT_EQ(change("renew", C::kActive, {"reason"}), "validation.missing_field");
  EXPECT_EQ(change("withdraw", C::kExpired, {"reason"}), "withdrawn");
  for (const std::string& kind : CertificateChangeKinds()) {
    EXPECT_EQ(change(kind, C::kWithdrawn, {"reason"}), "workflow.transition_not_allowed") << kind;
  }
  EXPECT_EQ(change("suspend", C::kActive, {"reason", "scope_vi"}), "validation.unknown_field");
  auto nobody = CheckTable(CertificateChanges(), "certificate", "suspend", C::kActive, {}, {"reason"},
                           CertificateStatusName, ActorsText);
  EXPECT_EQ(std::get<Problem>(nobody).code, "workflow.not_permitted");
}

}  // namespace
}  // namespace eduims::certification
