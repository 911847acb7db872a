#include "platform/auth/roles.h"

#include <algorithm>
#include <array>

namespace eduims::auth {
namespace {

struct RoleRow {
  Role role;
  std::string_view name;
  std::vector<Permission> permissions;
};

using P = Permission;

// Who may do what: the one table of the product's authorisation. Routes ask for a permission on a unit; this
// table and the grant's subtree answer.
const std::vector<RoleRow>& Table() {
  static const std::vector<RoleRow> table = {
      {Role::kAdministrator, "administrator",
       {P::kViewOrganisation, P::kManageOrganisation, P::kViewUsers, P::kManageUsers, P::kViewActions,
        P::kManageActions, P::kUpdateOwnActions, P::kViewAuditLog, P::kViewDocuments, P::kReviewDocuments,
        P::kManageDocuments, P::kViewProcesses, P::kManageProcesses, P::kViewImprovement, P::kReportNonconformities,
        P::kManageImprovement, P::kVerifyImprovement, P::kViewAudits, P::kManageAudits, P::kConductAudits,
        P::kAssessReadiness, P::kViewCertification, P::kManageCertification, P::kDecideCertification,
        P::kViewPlanning, P::kManagePlanning, P::kRecordMeasurements, P::kManageFrameworks,
        P::kViewSurveys, P::kManageSurveys, P::kRecordComplaints, P::kHandleComplaints, P::kManageComplaints,
        P::kViewCompetences, P::kManageCompetences, P::kManageTraining, P::kViewReviews, P::kManageReviews,
        P::kApproveReviews, P::kViewOversight, P::kSendDirectives, P::kAnswerDirectives}},
      {Role::kTopManagement, "top_management",
       {P::kViewOrganisation, P::kViewUsers, P::kViewActions, P::kManageActions, P::kUpdateOwnActions,
        P::kViewAuditLog, P::kViewDocuments, P::kReviewDocuments, P::kManageDocuments, P::kViewProcesses,
        P::kManageProcesses, P::kViewImprovement, P::kReportNonconformities, P::kManageImprovement,
        P::kVerifyImprovement, P::kViewAudits, P::kManageAudits, P::kAssessReadiness, P::kViewCertification,
        P::kManageCertification, P::kDecideCertification,
        P::kViewPlanning, P::kManagePlanning, P::kRecordMeasurements,
        P::kViewSurveys, P::kManageSurveys, P::kRecordComplaints, P::kHandleComplaints, P::kViewCompetences,
        P::kManageCompetences, P::kManageTraining, P::kViewReviews, P::kManageReviews, P::kApproveReviews,
        P::kViewOversight, P::kSendDirectives, P::kAnswerDirectives}},
      {Role::kQualityManager, "quality_manager",
       {P::kViewOrganisation, P::kViewUsers, P::kViewActions, P::kManageActions, P::kUpdateOwnActions,
        P::kViewAuditLog, P::kViewDocuments, P::kReviewDocuments, P::kManageDocuments, P::kViewProcesses,
        P::kManageProcesses, P::kViewImprovement, P::kReportNonconformities, P::kManageImprovement,
        P::kVerifyImprovement, P::kViewAudits, P::kManageAudits, P::kConductAudits, P::kAssessReadiness,
        P::kViewCertification, P::kManageCertification,
        P::kViewPlanning, P::kManagePlanning, P::kRecordMeasurements, P::kManageFrameworks,
        P::kViewSurveys, P::kManageSurveys, P::kRecordComplaints, P::kHandleComplaints, P::kManageComplaints,
        P::kViewCompetences, P::kManageCompetences, P::kManageTraining, P::kViewReviews, P::kManageReviews,
        P::kViewOversight, P::kSendDirectives, P::kAnswerDirectives}},
      {Role::kProcessOwner, "process_owner",
       {P::kViewOrganisation, P::kViewUsers, P::kViewActions, P::kManageActions, P::kUpdateOwnActions,
        P::kViewDocuments, P::kReviewDocuments, P::kManageDocuments, P::kViewProcesses, P::kManageProcesses,
        P::kViewImprovement, P::kReportNonconformities, P::kManageImprovement, P::kVerifyImprovement, P::kViewAudits,
        P::kViewCertification,
        P::kViewPlanning, P::kManagePlanning, P::kRecordMeasurements,
        P::kViewSurveys, P::kManageSurveys, P::kRecordComplaints, P::kHandleComplaints, P::kViewCompetences,
        P::kManageCompetences, P::kManageTraining, P::kViewReviews, P::kAnswerDirectives}},
      {Role::kInternalAuditor, "internal_auditor",
       {P::kViewOrganisation, P::kViewUsers, P::kViewActions, P::kUpdateOwnActions, P::kViewAuditLog,
        P::kViewDocuments, P::kReviewDocuments, P::kViewProcesses, P::kViewImprovement, P::kReportNonconformities,
        P::kVerifyImprovement, P::kViewAudits, P::kConductAudits, P::kViewCertification,
        P::kViewPlanning,
        P::kViewSurveys, P::kRecordComplaints, P::kViewCompetences, P::kViewReviews}},
      {Role::kStaff, "staff",
       {P::kViewOrganisation, P::kViewActions, P::kUpdateOwnActions, P::kViewDocuments, P::kReviewDocuments,
        P::kViewProcesses, P::kViewImprovement, P::kReportNonconformities,
        P::kViewPlanning,
        P::kRecordComplaints}},
      {Role::kExternalAuditor, "external_auditor",
       {P::kViewOrganisation, P::kViewActions, P::kViewDocuments, P::kViewProcesses, P::kViewImprovement,
        P::kViewAudits, P::kViewCertification,
        P::kViewPlanning,
        P::kViewSurveys, P::kViewCompetences, P::kViewReviews}},
  };
  return table;
}

const RoleRow& Row(Role role) {
  for (const RoleRow& row : Table())
    if (row.role == role) return row;
  return Table().back();
}

}  // namespace

std::string_view RoleName(Role role) { return Row(role).name; }

std::optional<Role> ParseRole(std::string_view name) {
  for (const RoleRow& row : Table())
    if (row.name == name) return row.role;
  return std::nullopt;
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> r;
    for (const RoleRow& row : Table()) r.push_back(row.role);
    return r;
  }();
  return roles;
}

const std::vector<Permission>& AllPermissions() {
  static const std::vector<Permission> all = {
      P::kViewOrganisation,  P::kManageOrganisation,  P::kViewUsers,           P::kManageUsers,
      P::kViewActions,       P::kManageActions,       P::kUpdateOwnActions,    P::kViewAuditLog,
      P::kViewDocuments,     P::kReviewDocuments,     P::kManageDocuments,     P::kViewProcesses,
      P::kManageProcesses,   P::kViewImprovement,     P::kReportNonconformities, P::kManageImprovement,
      P::kVerifyImprovement, P::kViewAudits,          P::kManageAudits,        P::kConductAudits,
      P::kAssessReadiness,   P::kViewCertification,   P::kManageCertification, P::kDecideCertification,
      P::kViewPlanning,      P::kManagePlanning,      P::kRecordMeasurements,  P::kManageFrameworks,
      P::kViewSurveys, P::kManageSurveys, P::kRecordComplaints, P::kHandleComplaints, P::kManageComplaints,
      P::kViewCompetences, P::kManageCompetences, P::kManageTraining, P::kViewReviews, P::kManageReviews,
      P::kApproveReviews, P::kViewOversight, P::kSendDirectives, P::kAnswerDirectives};
  return all;
}

std::optional<Permission> ParsePermission(std::string_view name) {
  for (Permission p : AllPermissions())
    if (PermissionName(p) == name) return p;
  return std::nullopt;
}

std::string_view PermissionName(Permission permission) {
  switch (permission) {
    case P::kViewOrganisation: return "view_organisation";
    case P::kManageOrganisation: return "manage_organisation";
    case P::kViewUsers: return "view_users";
    case P::kManageUsers: return "manage_users";
    case P::kViewActions: return "view_actions";
    case P::kManageActions: return "manage_actions";
    case P::kUpdateOwnActions: return "update_own_actions";
    case P::kViewAuditLog: return "view_audit_log";
    case P::kViewDocuments: return "view_documents";
    case P::kReviewDocuments: return "review_documents";
    case P::kManageDocuments: return "manage_documents";
    case P::kViewProcesses: return "view_processes";
    case P::kManageProcesses: return "manage_processes";
    case P::kViewImprovement: return "view_improvement";
    case P::kReportNonconformities: return "report_nonconformities";
    case P::kManageImprovement: return "manage_improvement";
    case P::kVerifyImprovement: return "verify_improvement";
    case P::kViewAudits: return "view_audits";
    case P::kManageAudits: return "manage_audits";
    case P::kConductAudits: return "conduct_audits";
    case P::kAssessReadiness: return "assess_readiness";
    case P::kViewCertification: return "view_certification";
    case P::kManageCertification: return "manage_certification";
    case P::kDecideCertification: return "decide_certification";
    case P::kViewPlanning: return "view_planning";
    case P::kManagePlanning: return "manage_planning";
    case P::kRecordMeasurements: return "record_measurements";
    case P::kManageFrameworks: return "manage_frameworks";
    case P::kViewSurveys: return "view_surveys";
    case P::kManageSurveys: return "manage_surveys";
    case P::kRecordComplaints: return "record_complaints";
    case P::kHandleComplaints: return "handle_complaints";
    case P::kManageComplaints: return "manage_complaints";
    case P::kViewCompetences: return "view_competences";
    case P::kManageCompetences: return "manage_competences";
    case P::kManageTraining: return "manage_training";
    case P::kViewReviews: return "view_reviews";
    case P::kManageReviews: return "manage_reviews";
    case P::kApproveReviews: return "approve_reviews";
    case P::kViewOversight: return "view_oversight";
    case P::kSendDirectives: return "send_directives";
    case P::kAnswerDirectives: return "answer_directives";
  }
  return "";
}

bool RoleHasPermission(Role role, Permission permission) {
  const auto& p = Row(role).permissions;
  return std::find(p.begin(), p.end(), permission) != p.end();
}

bool GrantInForce(const Grant& grant, std::string_view today) {
  return !grant.valid_until || *grant.valid_until >= today;
}

bool Principal::Can(Permission permission, std::string_view unit_path) const {
  for (const Grant& g : grants)
    if (RoleHasPermission(g.role, permission) && unit_path.substr(0, g.unit_path.size()) == g.unit_path) return true;
  return false;
}

bool Principal::CanAnywhere(Permission permission) const {
  for (const Grant& g : grants)
    if (RoleHasPermission(g.role, permission)) return true;
  return false;
}

std::vector<std::string> Principal::Scope(Permission permission) const {
  std::vector<std::string> roots;
  for (const Grant& g : grants)
    if (RoleHasPermission(g.role, permission)) roots.push_back(g.unit_path);
  std::sort(roots.begin(), roots.end());
  std::vector<std::string> minimal;
  for (const std::string& r : roots)
    if (minimal.empty() || r.rfind(minimal.back(), 0) != 0) minimal.push_back(r);
  return minimal;
}

}  // namespace eduims::auth
