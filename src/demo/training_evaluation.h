// The demo's evaluation of training (see training_evaluation.cc): the reactions of those who attended the
// consultant's 2020 course and the evaluation of its effectiveness, concluded effective.
#pragma once
#include <vector>

#include "application.h"

namespace eduims::demo {

// REQUIRES: SeedPeople ran, so the consultant's course and its results exist.
void SeedTrainingEvaluation(Application& app, const std::vector<org::User>& users);

}  // namespace eduims::demo
