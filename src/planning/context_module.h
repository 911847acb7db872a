// The context registers of the planning module (ISO 21001 / ISO 9001 clauses 4.1 to 4.3 and 6.3) as one unit the
// application builds, wires and routes. Every unit created from then on starts with its mandatory interested
// parties.
#pragma once
#include "certification/service.h"
#include "planning/change_service.h"
#include "planning/context_service.h"
#include "planning/party_service.h"
#include "planning/scope_service.h"
#include "readiness/service.h"

namespace eduims::planning {

struct ContextModule {
  ContextModule(db::Database& db, org::OrgService& org, processes::ProcessService& processes,
                documents::DocumentService& documents);
  ContextModule(const ContextModule&) = delete;
  ContextModule& operator=(const ContextModule&) = delete;

  // A unit's scope exclusions leave readiness's denominator and show in its certification projects' scope.
  void FeedExclusions(readiness::ReadinessService& readiness, certification::ProjectService& projects);

  ContextService issues;
  PartyService parties;
  ScopeService scope;
  ChangeService changes;
};

}  // namespace eduims::planning
