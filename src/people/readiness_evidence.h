// What competence, training and awareness show a certification auditor (issue 20), by clause number, the same in
// ISO 21001 and ISO 9001: 7.2 counts the competences people hold in the unit's subtree ("competence_records", short
// of "no_requirements" while no competence is required there) and the training programmes with a session in the last
// 12 months ("training", short of "attendance_unrecorded" while none of their sessions has an attendee); 7.3 counts
// the people who acknowledged the policy distributed to them ("awareness"); 7.2 also counts the evaluations of the
// effectiveness of training ("training_evaluations", 7.2 d), short of "not_effective_unanswered" while one concluded
// "not effective" raised no action. Plain rules, no I/O.
#pragma once
#include <vector>

#include "readiness/report.h"

namespace eduims::people {

struct RegisterFacts {
  long long holdings = 0;      // competences held in force by people of the subtree
  long long requirements = 0;  // requirements that apply in the subtree
  long long programmes = 0;    // training programmes of the subtree with a session in the last 12 months
  long long attendances = 0;   // attendances recorded in those sessions
  long long aware = 0;         // people of the subtree who acknowledged the policy in force
  long long evaluations = 0;   // evaluations of the effectiveness of the subtree's training programmes
  long long not_effective_without_action = 0;  // of those, concluded "not effective" with no action raised
};

std::vector<readiness::RegisterEvidence> RegisterEvidenceOf(const RegisterFacts& facts);

}  // namespace eduims::people
