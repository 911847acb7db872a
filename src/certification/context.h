// What the certification services share: the visibility of a project, what the caller counts as in the
// transition tables, and everything the rules need about a project, read inside the caller's transaction.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "certification/model.h"
#include "certification/rules.h"
#include "improvement/service.h"
#include "org/service.h"
#include "platform/auth/roles.h"

namespace eduims::certification {

// The project and the path of its unit; 404 unless `who` may view certification there.
std::pair<Project, std::string> VisibleProject(soci::session& s, const auth::Principal& who, db::Id id);
// What `who` counts as on the unit at `path`: a coordinator with kManageCertification, top management with
// kDecideCertification.
std::vector<Actor> ActorsOf(const auth::Principal& who, const std::string& path);
// Refuses (403) someone who may not coordinate certification on the unit at `path`.
void RequireCoordinator(const auth::Principal& who, const std::string& path);

// A project as the rules see it on a day.
struct ProjectContext {
  std::vector<Audit> audits;
  std::vector<Finding> findings;
  std::optional<Certificate> certificate;  // the project's certificate that is not withdrawn, if any
  ProjectFacts facts;
  std::map<db::Id, std::string> justifications;  // the window justification of each audit that has one
};

// REQUIRES: `s` is a session of the database `nonconformities` uses.
ProjectContext LoadContext(soci::session& s, improvement::NonconformityService& nonconformities,
                           const Project& project);
std::vector<AuditFact> AuditFacts(const std::vector<Audit>& audits);

// The catalogue's standard editions `ids` (named in "standard_ids"), by code: 422 when one is unknown
// (validation.reference_not_found), when two are editions of one standard or none is given.
std::vector<StandardRef> CatalogueStandards(db::Database& db, const std::vector<db::Id>& ids);
// The unit `id` named in "site_ids" as a site under the unit at `root_path`: 422 unless `who` sees it, it is live
// and inside that subtree.
org::Unit SiteUnit(org::OrgService& org, const auth::Principal& who, db::Id id, const std::string& root_path);
// `ids` sorted; 422 on "site_ids" if one is given twice.
std::vector<db::Id> DistinctSites(std::vector<db::Id> ids);

bool Inside(const std::string& path, const std::string& root);
bool Blank(const std::optional<std::string>& text);
std::string Today();
Date ParseDay(const std::string& date);

}  // namespace eduims::certification
