#include "certification/context.h"

#include <algorithm>
#include <set>

#include "certification/store.h"
#include "platform/clock.h"
#include "platform/problem.h"
#include "standards/catalogue.h"

namespace eduims::certification {

using auth::Permission;

std::string Today() { return FormatDate(TodayInVietnam()); }

bool Inside(const std::string& path, const std::string& root) { return path.rfind(root, 0) == 0; }

bool Blank(const std::optional<std::string>& text) {
  return !text || text->find_first_not_of(" \t\r\n") == std::string::npos;
}

std::vector<StandardRef> CatalogueStandards(db::Database& db, const std::vector<db::Id>& ids) {
  if (ids.empty()) Fail(422, "validation.missing_field", "standard_ids");
  std::vector<StandardRef> out;
  std::set<std::string> codes;
  for (db::Id id : ids) {
    auto standard = standards::GetStandard(db, id);
    if (!standard) Fail(422, "validation.reference_not_found", "standard_ids");
    // A framework beyond ISO is self-assessed and accredited, never certified by a certification body.
    if (standard->imported) Fail(422, "certification.framework_not_certifiable", "standard_ids");
    // One certificate covers one edition of each standard.
    if (!codes.insert(standard->code).second) Fail(422, "validation.invalid_value", "standard_ids");
    out.push_back({standard->id, standard->code, standard->edition});
  }
  std::sort(out.begin(), out.end(), [](const StandardRef& a, const StandardRef& b) { return a.code < b.code; });
  return out;
}

org::Unit SiteUnit(org::OrgService& org, const auth::Principal& who, db::Id id, const std::string& root_path) {
  org::Unit site;
  try {
    site = org.GetUnit(&who, id);
  } catch (const ProblemError&) {
    Fail(422, "validation.reference_not_found", "site_ids");
  }
  if (site.archived_at || !Inside(site.path, root_path)) Fail(422, "validation.invalid_value", "site_ids");
  return site;
}

std::vector<db::Id> DistinctSites(std::vector<db::Id> ids) {
  std::sort(ids.begin(), ids.end());
  if (std::adjacent_find(ids.begin(), ids.end()) != ids.end()) Fail(422, "validation.invalid_value", "site_ids");
  return ids;
}

Date ParseDay(const std::string& date) { return ParseDate(date).value_or(Date{}); }

std::pair<Project, std::string> VisibleProject(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = store::FindProject(s, id);
  if (!found || !who.Can(Permission::kViewCertification, found->second)) FailNotFound("certification_project");
  return *found;
}

std::vector<Actor> ActorsOf(const auth::Principal& who, const std::string& path) {
  std::vector<Actor> out;
  if (who.Can(Permission::kManageCertification, path)) out.push_back(Actor::kCoordinator);
  if (who.Can(Permission::kDecideCertification, path)) out.push_back(Actor::kTopManagement);
  return out;
}

void RequireCoordinator(const auth::Principal& who, const std::string& path) {
  if (!who.Can(Permission::kManageCertification, path)) Fail(403, "auth.forbidden");
}

std::vector<AuditFact> AuditFacts(const std::vector<Audit>& audits) {
  std::vector<AuditFact> out;
  for (const Audit& a : audits) out.push_back({a.id, a.type, a.status, ParseDay(a.start_date), ParseDay(a.end_date)});
  return out;
}

ProjectContext LoadContext(soci::session& s, improvement::NonconformityService& nonconformities,
                           const Project& project) {
  ProjectContext out;
  out.audits = store::ListAudits(s, project.id);
  out.findings = store::ProjectFindings(s, project.id);
  std::vector<db::Id> nc_ids;
  for (const Finding& f : out.findings)
    if (f.nonconformity_id) nc_ids.push_back(*f.nonconformity_id);
  std::map<db::Id, improvement::NcStanding> standing;
  for (const auto& nc : nonconformities.StandingOf(s, nc_ids)) standing[nc.id] = nc;
  for (const Certificate& c : store::ProjectCertificates(s, project.id))
    if (c.status != CertificateStatus::kWithdrawn) out.certificate = c;
  for (const Audit& a : out.audits)
    if (a.window_justification) out.justifications[a.id] = *a.window_justification;

  ProjectFacts& f = out.facts;
  f.step = project.step;
  for (const StepState& st : project.steps) f.records[st.step] = int(st.record_ids.size());
  f.audits = AuditFacts(out.audits);
  for (const Finding& finding : out.findings) {
    FindingFact fact{finding.audit_id, finding.grade, std::nullopt, std::nullopt, std::nullopt};
    auto nc = finding.nonconformity_id ? standing.find(*finding.nonconformity_id) : standing.end();
    if (nc != standing.end()) {
      fact.status = nc->second.status;
      fact.verification_due = nc->second.verification_due;
      if (nc->second.closed_on) fact.closed_on = ParseDay(*nc->second.closed_on);
    }
    f.findings.push_back(fact);
  }
  if (project.stage2_repeat_after) f.stage2_repeat_after = ParseDay(*project.stage2_repeat_after);
  f.project_cycle = project.cycle;
  if (out.certificate) {
    f.certificate_live = true;
    f.certificate_cycle = out.certificate->cycle;
    f.cycle = CycleOf(*out.certificate);
  }
  return out;
}

}  // namespace eduims::certification
