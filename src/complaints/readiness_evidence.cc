#include "complaints/readiness_evidence.h"

namespace eduims::complaints {

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& f) {
  std::vector<readiness::RegisterEvidence> out;
  if (f.received <= 0) return out;
  for (const char* clause : {"8.2.1", "9.1.2"}) {
    readiness::RegisterEvidence e{clause, "complaints", f.received, {}};
    if (f.overdue > 0) e.shortfalls.push_back("deadline_overdue");
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace eduims::complaints
