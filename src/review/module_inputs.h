// The review inputs that the modules already in EduIMS compile, each from its module's service as the compiling
// person may see it (never from the module's tables): actions raised by earlier reviews, changes to context issues,
// objectives and their indicators, process performance, nonconformities, monitoring results, audit results, risks
// and opportunities, and the improvement register. RegisterModuleInputs adds them all to a registry.
#pragma once
#include <memory>
#include <vector>

#include "actions/service.h"
#include "audits/service.h"
#include "improvement/register_service.h"
#include "improvement/service.h"
#include "planning/context_service.h"
#include "planning/indicator_service.h"
#include "planning/objective_service.h"
#include "planning/risk_service.h"
#include "processes/service.h"
#include "review/input_source.h"

namespace eduims::review {

struct ModuleServices {
  actions::ActionService& actions;
  planning::ContextService& context;
  planning::ObjectiveService& objectives;
  planning::IndicatorService& indicators;
  planning::RiskService& risks;
  processes::ProcessService& processes;
  improvement::NonconformityService& nonconformities;
  improvement::ImprovementService& improvements;
  audits::AuditService& audits;
};

// The sources, owned by the returned vector, added to `registry`. REQUIRES: the services outlive them.
std::vector<std::unique_ptr<ReviewInputSource>> RegisterModuleInputs(const ModuleServices& services,
                                                                     InputRegistry& registry);

// The source type of actions a management review raises ("management_review").
extern const char* const kReviewActionSource;

}  // namespace eduims::review
