#include "planning/scope_service.h"

#include "planning/scope_store.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::planning {
namespace {

using auth::Permission;

std::string Json(const UnitScope& s) { return boost::json::serialize(ToJson(s)); }

void CheckTexts(const std::string& field, const std::vector<std::string>& texts) {
  for (const auto& t : texts) CheckText(field, t, 300, true);
}

}  // namespace

UnitScope ScopeService::Get(const auth::Principal& who, db::Id unit_id) {
  org::Unit unit = org_.GetUnit(&who, unit_id);
  if (!who.Can(Permission::kViewPlanning, unit.path)) FailNotFound("unit");
  return Of(unit_id);
}

UnitScope ScopeService::Of(db::Id unit_id) {
  UnitScope out;
  db_.Read([&](soci::session& s) { out = scope_store::Find(s, unit_id).value_or(UnitScope{}); });
  out.unit_id = unit_id;
  return out;
}

UnitScope ScopeService::Put(const auth::Principal& who, db::Id unit_id, const ScopeInput& in,
                            const audit::Actor& actor) {
  CheckText("statement_vi", in.statement_vi, 4000, true);
  CheckText("statement_en", in.statement_en, 4000, true);
  CheckTexts("sites", in.sites);
  CheckTexts("products", in.products);
  UnitScope after;
  after.unit_id = unit_id;
  after.statement_vi = in.statement_vi;
  after.statement_en = in.statement_en;
  after.sites = in.sites;
  after.products = in.products;
  for (size_t i = 0; i < in.exclusions.size(); ++i) {
    const auto& [clause_id, justification] = in.exclusions[i];
    std::string field = "excluded_clauses[" + std::to_string(i) + "].";
    // An exclusion without its reason is what an auditor refuses first (4.3: "justification for any instance").
    if (justification.find_first_not_of(" \t\r\n") == std::string::npos)
      Fail(422, "planning.justification_required", field + "justification");
    CheckText(field + "justification", justification, 2000, true);
    for (size_t j = 0; j < i; ++j)
      if (in.exclusions[j].first == clause_id) Fail(422, "validation.invalid_value", field + "clause_id");
    auto clause = standards::GetClause(db_, clause_id);
    if (!clause) Fail(422, "validation.reference_not_found", field + "clause_id");
    if (!MayBeExcluded(*clause, standards::ListClauses(db_, clause->standard_id)))
      Fail(Problem::Make(422, "planning.clause_not_excludable", field + "clause_id").With("clause", clause->number));
    Exclusion e;
    e.clause_id = clause_id;
    e.justification = justification;
    e.number = clause->number;
    e.title_en = clause->title_en;
    e.title_vi = clause->title_vi;
    e.standard_id = clause->standard_id;
    after.exclusions.push_back(std::move(e));
  }
  org::Unit unit = org_.GetUnit(&who, unit_id);
  if (!who.Can(Permission::kViewPlanning, unit.path)) FailNotFound("unit");
  if (!who.Can(Permission::kManagePlanning, unit.path)) Fail(403, "auth.forbidden");
  if (unit.archived_at) Fail(409, "conflict.archived");
  db_.Write([&](soci::session& s) {
    auto before = scope_store::Find(s, unit_id);
    long long current = before ? before->version : 0;
    if (in.version != current) FailStale(current);
    after.updated_by = who.user_id;
    after.updated_at = NowTimestamp();
    if (!scope_store::Put(s, after, current)) FailStale(current);
    after.version = current + 1;
    audit::Append(db_, s, actor,
                  {"unit_scope", std::to_string(unit_id), before ? "update" : "create",
                   before ? std::optional<std::string>(Json(*before)) : std::nullopt, Json(after), unit.path});
  });
  return after;
}

std::map<db::Id, std::string> ScopeService::Exclusions(db::Id unit_id) {
  std::map<db::Id, std::string> out;
  for (const auto& e : Of(unit_id).exclusions) out[e.clause_id] = e.justification;
  return out;
}

}  // namespace eduims::planning
