#include "planning/context_module.h"

namespace eduims::planning {

ContextModule::ContextModule(db::Database& db, org::OrgService& org, processes::ProcessService& processes,
                             documents::DocumentService& documents)
    : issues(db, org, processes), parties(db, org), scope(db, org), changes(db, org, documents, processes) {
  org.OnUnitCreated([this](soci::session& s, const org::Unit& unit, const audit::Actor& actor) {
    parties.StartUnit(s, unit, actor);
  });
}

void ContextModule::FeedExclusions(readiness::ReadinessService& readiness,
                                   certification::ProjectService& projects) {
  readiness.SetExclusions([this](db::Id unit_id) { return scope.Exclusions(unit_id); });
  projects.SetScopeExclusions([this](db::Id unit_id) {
    std::vector<certification::ExcludedClause> out;
    for (const auto& e : scope.Of(unit_id).exclusions)
      out.push_back({e.clause_id, e.standard_id, e.number, e.title_en, e.title_vi, e.justification});
    return out;
  });
}

}  // namespace eduims::planning
