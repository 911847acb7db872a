// Roles, what each may do, and the principal (a logged-in user with their role grants).
// A role is granted on an organisation unit and covers that unit's whole subtree, never anything above or beside it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/db/database.h"
#include "platform/i18n/language.h"

namespace eduims::auth {

enum class Role {
  kAdministrator,
  kTopManagement,
  kQualityManager,
  kProcessOwner,
  kInternalAuditor,
  kStaff,
  kExternalAuditor,  // read-only, and only until the grant's end date
};

enum class Permission {
  kViewOrganisation,    // units and their details
  kManageOrganisation,  // create, edit, move, archive and import units
  kViewUsers,
  kManageUsers,         // create, edit, disable, import users; grant and revoke roles
  kViewActions,
  kManageActions,       // create and edit any action in scope
  kUpdateOwnActions,    // own actions and improvements: move them through their workflow
  kViewAuditLog,
  kViewDocuments,    // read public and internal documents (restricted ones need kManageDocuments or ownership)
  kReviewDocuments,  // be named reviewer of a revision, endorse it or request changes
  kManageDocuments,  // create documents, draft revisions, publish and withdraw; be named approver; own documents
                     // and records (edit them, attach files, set a document's distribution)
  kViewProcesses,    // the process register and the process map
  kManageProcesses,  // create, edit and archive processes and their interactions; own a process
  kViewImprovement,          // nonconformities, corrective actions and the improvement register
  kReportNonconformities,    // raise a nonconformity or propose an improvement
  kManageImprovement,        // carry nonconformities and improvements through their workflows
  kVerifyImprovement,        // be named verifier of a nonconformity's corrective action and record the verdict
  kViewAudits,               // audit programmes, audits and their checklists
  kManageAudits,             // plan programmes and audits, record checklist results, close audits
  kConductAudits,            // be named lead auditor of an audit (never of one's own unit)
  kAssessReadiness,          // record the unit's self-assessment of its readiness for certification
  kViewCertification,        // certification projects, certification audits and certificates
  kManageCertification,      // run certification projects, record certification audits, findings and certificates
  kDecideCertification,      // the steps that commit the organisation: sign the contract, accept the decision
  kViewPlanning,             // context issues, interested parties, scope, risks, objectives and indicators
  kManagePlanning,           // keep those registers: record, rate, review, exclude clauses from the scope
  kRecordMeasurements,       // enter an indicator's value for a period (never a computed one)
  kManageFrameworks,         // import, version and map frameworks beyond ISO (national accreditation, AUN-QA)
  kViewSurveys,              // questionnaires, survey campaigns and their aggregated results (never who answered)
  kManageSurveys,            // write questionnaires, run campaigns, print links and code slips
  kRecordComplaints,         // enter a complaint or appeal received by phone, letter, in person or by mail
  kHandleComplaints,         // be named handler of a complaint or decider of an appeal; the complaints statistics
  kManageComplaints,         // every complaint in scope with the complainant's identity; assign handlers
  kViewCompetences,          // the competence catalogue, the competence matrix, training programmes and records
  kManageCompetences,        // required and held competences, the catalogue, recruitment records
  kManageTraining,           // training programmes and sessions: invitations, attendance, results, certificates
  kViewReviews,              // management reviews, their inputs, outputs and minutes
  kManageReviews,            // plan and hold management reviews: participants, snapshot, notes, outputs
  kApproveReviews,           // approve a management review's minutes
  kViewOversight,            // the oversight table of every unit in the subtree
  kSendDirectives,           // send directives and report requests to units below, accept or return their answers
  kAnswerDirectives,         // answer a directive or report request for the unit (text and files)
};

std::string_view RoleName(Role role);
std::optional<Role> ParseRole(std::string_view name);
const std::vector<Role>& AllRoles();
const std::vector<Permission>& AllPermissions();
bool RoleHasPermission(Role role, Permission permission);
// "view_organisation", "manage_documents", ...: the names clients see (in the session's grants).
std::string_view PermissionName(Permission permission);
std::optional<Permission> ParsePermission(std::string_view name);

struct Grant {
  db::Id id = 0;
  Role role = Role::kStaff;
  db::Id unit_id = 0;
  std::string unit_path;                  // "/1/7/"
  std::optional<std::string> valid_until;  // inclusive end date, "YYYY-MM-DD"
};

struct Principal {
  db::Id user_id = 0;
  std::string email;
  std::string full_name;
  db::Id unit_id = 0;
  std::string unit_path;
  Language language = Language::kVietnamese;
  std::string time_zone;
  long long version = 0;      // the user record's version, for PATCH /api/v1/me
  std::vector<Grant> grants;  // only grants in force today

  // True if some grant with `permission` is on `unit_path` or one of its ancestors.
  bool Can(Permission permission, std::string_view unit_path) const;
  // True if the user may use `permission` somewhere.
  bool CanAnywhere(Permission permission) const;
  // The roots of the subtrees where `permission` holds, none inside another.
  std::vector<std::string> Scope(Permission permission) const;
};

// True if the grant is in force on `today` ("YYYY-MM-DD").
bool GrantInForce(const Grant& grant, std::string_view today);

}  // namespace eduims::auth
