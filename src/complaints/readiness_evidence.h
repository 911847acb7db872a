// What the complaints register shows a certification auditor: complaints handled are evidence of the communication
// with customers, learners and beneficiaries that takes their complaints (ISO 9001 8.2.1, ISO 21001 8.2.2) and of
// 9.1.2 (their satisfaction, of which complaints are the measure that comes unasked) in both standards. The register counts when it holds complaints received in
// the last 12 months, and falls short while an unfinished complaint is past one of its deadlines
// ("deadline_overdue"). Plain rules, no I/O.
#pragma once
#include <vector>

#include "readiness/report.h"

namespace eduims::complaints {

struct RegisterFacts {
  long long received = 0;  // complaints received in the last 12 months in the unit's subtree
  long long overdue = 0;   // unfinished complaints in the subtree one of whose deadlines passed
};

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& facts);

}  // namespace eduims::complaints
