// What each role may do, written out by hand: the expectation the role table
// (platform/auth/roles.cc) and the authorisation matrix are checked against. Never derived from the production
// table, so a wrong entry there fails a test instead of passing through.
#pragma once
#include <map>
#include <set>
#include <string>

namespace eduims::testing {

// Role name -> the names of the permissions it holds (auth::RoleName, auth::PermissionName).
inline const std::map<std::string, std::set<std::string>>& ExpectedPermissions() {
  static const std::map<std::string, std::set<std::string>> table = {
      {"administrator",
       {"view_organisation", "manage_organisation", "view_users", "manage_users", "view_actions", "manage_actions",
        "update_own_actions", "view_audit_log", "view_documents", "manage_documents", "view_processes",
        "manage_processes", "view_improvement", "report_nonconformities", "manage_improvement", "view_audits",
        "manage_audits", "conduct_audits", "assess_readiness", "view_certification", "manage_certification",
        "decide_certification", "review_documents", "verify_improvement",
        "view_planning", "manage_planning", "record_measurements", "manage_frameworks",
        "view_surveys", "manage_surveys", "record_complaints", "handle_complaints", "manage_complaints",
        "view_competences", "manage_competences", "manage_training", "view_reviews", "manage_reviews",
        "approve_reviews", "view_oversight", "send_directives", "answer_directives"}},
      {"top_management",
       {"view_organisation", "view_users", "view_actions", "manage_actions", "update_own_actions", "view_audit_log",
        "view_documents", "manage_documents", "view_processes", "manage_processes", "view_improvement",
        "report_nonconformities", "manage_improvement", "view_audits", "manage_audits", "assess_readiness",
        "view_certification", "manage_certification", "decide_certification", "review_documents",
        "verify_improvement",
        "view_planning", "manage_planning", "record_measurements",
        "view_surveys", "manage_surveys", "record_complaints", "handle_complaints", "view_competences",
        "manage_competences", "manage_training", "view_reviews", "manage_reviews", "approve_reviews",
        "view_oversight", "send_directives", "answer_directives"}},
      {"quality_manager",
       {"view_organisation", "view_users", "view_actions", "manage_actions", "update_own_actions", "view_audit_log",
        "view_documents", "manage_documents", "view_processes", "manage_processes", "view_improvement",
        "report_nonconformities", "manage_improvement", "view_audits", "manage_audits", "conduct_audits",
        "assess_readiness", "view_certification", "manage_certification", "review_documents", "verify_improvement",
        "view_planning", "manage_planning", "record_measurements", "manage_frameworks",
        "view_surveys", "manage_surveys", "record_complaints", "handle_complaints", "manage_complaints",
        "view_competences", "manage_competences", "manage_training", "view_reviews", "manage_reviews",
        "view_oversight", "send_directives", "answer_directives"}},
      {"process_owner",
       {"view_organisation", "view_users", "view_actions", "manage_actions", "update_own_actions", "view_documents",
        "manage_documents", "view_processes", "manage_processes", "view_improvement", "report_nonconformities",
        "manage_improvement", "view_audits", "view_certification", "review_documents", "verify_improvement",
        "view_planning", "manage_planning", "record_measurements",
        "view_surveys", "manage_surveys", "record_complaints", "handle_complaints", "view_competences",
        "manage_competences", "manage_training", "view_reviews", "answer_directives"}},
      {"internal_auditor",
       {"view_organisation", "view_users", "view_actions", "update_own_actions", "view_audit_log", "view_documents",
        "view_processes", "view_improvement", "report_nonconformities", "view_audits", "conduct_audits",
        "view_certification", "review_documents", "verify_improvement",
        "view_planning",
        "view_surveys", "record_complaints", "view_competences", "view_reviews"}},
      {"staff",
       {"view_organisation", "view_actions", "update_own_actions", "view_documents", "view_processes",
        "view_improvement", "report_nonconformities", "review_documents",
        "view_planning",
        "record_complaints"}},
      {"external_auditor",
       {"view_organisation", "view_actions", "view_documents", "view_processes", "view_improvement", "view_audits",
        "view_certification",
        "view_planning",
        "view_surveys", "view_competences", "view_reviews"}},
  };
  return table;
}

inline bool ExpectedToHold(const std::string& role, const std::string& permission) {
  auto row = ExpectedPermissions().find(role);
  return row != ExpectedPermissions().end() && row->second.count(permission) > 0;
}

}  // namespace eduims::testing
