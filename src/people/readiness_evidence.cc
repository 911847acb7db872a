#include "people/readiness_evidence.h"

namespace eduims::people {

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& f) {
  std::vector<readiness::RegisterEvidence> out;
  if (f.holdings > 0) {
    readiness::RegisterEvidence e{"7.2", "competence_records", f.holdings, {}};
    if (f.requirements == 0) e.shortfalls.push_back("no_requirements");
    out.push_back(std::move(e));
  }
  if (f.programmes > 0) {
    readiness::RegisterEvidence e{"7.2", "training", f.programmes, {}};
    if (f.attendances == 0) e.shortfalls.push_back("attendance_unrecorded");
    out.push_back(std::move(e));
  }
  if (f.evaluations > 0) {
    readiness::RegisterEvidence e{"7.2", "training_evaluations", f.evaluations, {}};
    if (f.not_effective_without_action > 0) e.shortfalls.push_back("not_effective_unanswered");
    out.push_back(std::move(e));
  }
  if (f.aware > 0) out.push_back({"7.3", "awareness", f.aware, {}});
  return out;
}

}  // namespace eduims::people
