#include "planning/readiness_feed.h"

#include "planning/readiness_evidence_store.h"
#include "platform/clock.h"
#include "platform/dates.h"

namespace eduims::planning {

void FeedReadiness(db::Database& db, readiness::ReadinessService& readiness) {
  readiness.AddRegisters([&db](const auth::Principal& who, const org::Unit& unit) {
    if (!who.Can(auth::Permission::kViewPlanning, unit.path)) return std::vector<readiness::RegisterEvidence>{};
    Date today = TodayInVietnam();
    RegisterFacts facts;
    db.Read([&](soci::session& s) { facts = evidence_store::Read(s, unit.id, unit.path, FormatDate(today)); });
    return RegisterEvidenceOf(facts, FormatDate(AddMonths(today, -12)));
  });
}

}  // namespace eduims::planning
