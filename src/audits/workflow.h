// The workflow of an audit, as one table of steps:
//
//   planned --start--> in_progress --report (summary; every checklist line answered)--> reported
//   reported --close (every finding's nonconformity closed, every opportunity decided)--> closed
#pragma once
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "platform/step_table.h"

namespace eduims::audits {

enum class AuditStatus { kPlanned, kInProgress, kReported, kClosed };

std::string AuditStatusName(AuditStatus status);
std::optional<AuditStatus> ParseAuditStatus(const std::string& name);
const std::vector<std::string>& AuditStatusNames();

enum class AuditActor {
  kLeadAuditor,  // the audit's lead auditor
  kManager,      // someone with kManageAudits on the audited unit
};

using AuditStep = StepRule<AuditStatus, AuditActor>;
const std::vector<AuditStep>& AuditSteps();
std::vector<std::string> AuditActionNames();

struct AuditFacts {
  AuditStatus status = AuditStatus::kPlanned;
  std::set<std::string> given;  // the step fields the request carries
  int unanswered_lines = 0;     // checklist lines without a result
  int open_findings = 0;        // findings whose nonconformity or improvement is not closed
};

// The status the audit moves to, or the Problem that refuses the step.
std::variant<AuditStatus, Problem> CheckAuditStep(const std::string& action, bool lead_auditor, bool manager,
                                                  const AuditFacts& facts);

}  // namespace eduims::audits
