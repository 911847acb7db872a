#include "audits/workflow.h"

#include "platform/i18n/glossary.h"

namespace eduims::audits {
namespace {

constexpr std::pair<AuditStatus, const char*> kNames[] = {{AuditStatus::kPlanned, "planned"},
                                                          {AuditStatus::kInProgress, "in_progress"},
                                                          {AuditStatus::kReported, "reported"},
                                                          {AuditStatus::kClosed, "closed"}};

std::string WhoText(const std::vector<AuditActor>& who) {
  return ActorList(who, [](AuditActor a) { return a == AuditActor::kLeadAuditor ? "lead_auditor" : "audit_manager"; });
}

}  // namespace

std::string AuditStatusName(AuditStatus status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "planned";
}

std::optional<AuditStatus> ParseAuditStatus(const std::string& name) {
  for (const auto& [s, n] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

const std::vector<std::string>& AuditStatusNames() {
  static const std::vector<std::string> names = {"planned", "in_progress", "reported", "closed"};
  return names;
}

const std::vector<AuditStep>& AuditSteps() {
  using S = AuditStatus;
  using A = AuditActor;
  static const std::vector<AuditStep> steps = {
      {"start", S::kPlanned, S::kInProgress, {A::kLeadAuditor, A::kManager}, {}, {}},
      {"report", S::kInProgress, S::kReported, {A::kLeadAuditor}, {"summary"}, {}},
      {"close", S::kReported, S::kClosed, {A::kManager}, {}, {}},
  };
  return steps;
}

std::vector<std::string> AuditActionNames() { return ActionNamesOf(AuditSteps()); }

std::variant<AuditStatus, Problem> CheckAuditStep(const std::string& action, bool lead_auditor, bool manager,
                                                  const AuditFacts& facts) {
  std::vector<AuditActor> caller_is;
  if (lead_auditor) caller_is.push_back(AuditActor::kLeadAuditor);
  if (manager) caller_is.push_back(AuditActor::kManager);
  auto found = CheckTable(AuditSteps(), "audit", action, facts.status, caller_is, facts.given, AuditStatusName, WhoText);
  if (auto* problem = std::get_if<Problem>(&found)) return *problem;
  if (action == "report" && facts.unanswered_lines > 0)
    return Problem::Make(409, "audits.checklist_incomplete", "action")
        .With("count", std::to_string(facts.unanswered_lines));
  if (action == "close" && facts.open_findings > 0)
    return Problem::Make(409, "audits.findings_open", "action").With("count", std::to_string(facts.open_findings));
  return std::get<const AuditStep*>(found)->to;
}

}  // namespace eduims::audits
