#include "recruitment/readiness_evidence.h"

namespace eduims::recruitment {

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(long long processes, long long decided) {
  std::vector<readiness::RegisterEvidence> out;
  if (processes > 0) out.push_back({"7.1.2", "recruitment_processes", processes, {}, ""});
  if (decided > 0) {
    readiness::RegisterEvidence e{"7.1.2", "recruitments", decided, {}, ""};
    if (processes == 0) e.shortfalls.push_back("no_recruitment_process");
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace eduims::recruitment
