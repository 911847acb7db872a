// HTTP routes of evaluating training (training/evaluation_service.h) under /api/v1/trainings/{id}: the questions,
// reactions and evaluation (GET evaluation), a participant's reaction (POST reactions), the delay before the
// evaluation falls due (PUT evaluation/settings) and the evaluation itself (POST evaluation).
#pragma once
#include <memory>

#include "platform/http/router.h"
#include "training/evaluation_service.h"

namespace eduims::training {

// The routes share the service's ownership: they keep it as long as the router lives.
void AddEvaluationRoutes(http::Router& router, std::shared_ptr<EvaluationService> service);

}  // namespace eduims::training
