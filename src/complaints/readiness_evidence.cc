#include "complaints/readiness_evidence.h"

namespace eduims::complaints {

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& f) {
  std::vector<readiness::RegisterEvidence> out;
  if (f.received <= 0) return out;
  // Communication with customers, learners and beneficiaries, which takes their complaints, is 8.2.1 of ISO 9001 and
  // 8.2.2 of ISO 21001 (data/standards/crosswalk-iso-21001-2018-iso-9001-2015.json); satisfaction is 9.1.2 of both.
  const readiness::RegisterEvidence clauses[] = {{"8.2.1", "complaints", f.received, {}, "iso-9001"},
                                                  {"8.2.2", "complaints", f.received, {}, "iso-21001"},
                                                  {"9.1.2", "complaints", f.received, {}, ""}};
  for (readiness::RegisterEvidence e : clauses) {
    if (f.overdue > 0) e.shortfalls.push_back("deadline_overdue");
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace eduims::complaints
