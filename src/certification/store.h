// All SQL of the certification module: projects with their standards, sites, steps and transitions; certification
// audits with their team and findings; certificates with their standards, sites and changes.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "certification/model.h"
#include "certification/rules.h"
#include "certification/statistics.h"

namespace eduims::certification::store {

struct ProjectQuery {
  std::vector<std::string> scope;  // unit subtree roots the caller may see
  std::optional<db::Id> unit_id;
  std::optional<ProjectStep> step;
  std::optional<db::Id> after;
  int limit = 50;
};

// The project, complete, and the path of its unit.
std::optional<std::pair<Project, std::string>> FindProject(soci::session& s, db::Id id);
std::vector<Project> ListProjects(soci::session& s, const ProjectQuery& query);
// Inserts the project with its standards, sites and steps; sets its id and version.
void InsertProject(soci::session& s, Project& project);
// Writes the project with its standards, sites and steps if the version is still `expected_version`; false if stale.
bool UpdateProject(soci::session& s, const Project& project, long long expected_version);

void InsertTransition(soci::session& s, db::Id project_id, TransitionRecord& transition);
std::vector<TransitionRecord> ListTransitions(soci::session& s, db::Id project_id);

std::optional<Audit> FindAudit(soci::session& s, db::Id id);
// The project's audits by start date.
std::vector<Audit> ListAudits(soci::session& s, db::Id project_id);
// Inserts the audit with its team; sets its id and version.
void InsertAudit(soci::session& s, Audit& audit);
// Writes the audit and its team if the version is still `expected_version`; false if stale.
bool UpdateAudit(soci::session& s, const Audit& audit, long long expected_version);

void InsertFinding(soci::session& s, Finding& finding);
std::vector<Finding> ListFindings(soci::session& s, db::Id audit_id);
// The findings of every audit of the project.
std::vector<Finding> ProjectFindings(soci::session& s, db::Id project_id);

struct CertificateQuery {
  std::vector<std::string> scope;
  std::optional<db::Id> unit_id, project_id;
  std::optional<db::Id> after;
  int limit = 50;
};

// The certificate, complete, and the path of its unit.
std::optional<std::pair<Certificate, std::string>> FindCertificate(soci::session& s, db::Id id);
std::optional<Certificate> FindCertificateByNumber(soci::session& s, const std::string& number);
std::vector<Certificate> ListCertificates(soci::session& s, const CertificateQuery& query);
// Every certificate the project was issued, in issue order.
std::vector<Certificate> ProjectCertificates(soci::session& s, db::Id project_id);
bool NumberTaken(soci::session& s, const std::string& number);
// Inserts the certificate with its standards and sites; sets its id and version.
void InsertCertificate(soci::session& s, Certificate& certificate);
// Writes the certificate with its standards and sites if the version is still `expected_version`; false if stale.
bool UpdateCertificate(soci::session& s, const Certificate& certificate, long long expected_version);
void InsertChange(soci::session& s, db::Id certificate_id, CertificateChange& change);
std::vector<CertificateChange> ListChanges(soci::session& s, db::Id certificate_id);

// The standards of the unit's live certificates — active or suspended, not expired on `today` — by certificate and
// code.
std::vector<HeldStandard> LiveStandardsOf(soci::session& s, db::Id unit_id, const std::string& today);
// Holds the unit's row until the transaction ends (PostgreSQL; SQLite's write transactions are exclusive already),
// so two servers deciding a certificate for one unit at once decide one after the other, the second seeing the first.
void LockUnit(db::Database& db, soci::session& s, db::Id unit_id);

// Every standard of every certificate active (not suspended or withdrawn) and not expired on `today`.
std::vector<CertifiedStandard> ValidCertificateStandards(soci::session& s, const std::string& today);

// A step of a project not completed yet and planned on or before a day: what notifications/source.h tells its
// responsible person, or without one those who manage certification on the project's unit.
struct DueStep {
  db::Id project_id = 0, unit_id = 0;
  std::string title, step, planned_on;
  std::optional<db::Id> responsible_id;
};
std::vector<DueStep> StepsDueBy(soci::session& s, const std::string& due_by);

}  // namespace eduims::certification::store
