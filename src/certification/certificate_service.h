// The rules of certificates: issued to a project at its certificate-issue step once stage 1 and stage 2 are done and
// no major nonconformity of its audits is open (minor ones with an accepted plan), numbered uniquely, valid three
// years (the due-date engine's cycle); every later change — scope extended or reduced, moved to a new edition,
// renewed after recertification, suspended, reinstated, withdrawn, amended — is one of the certificate workflow's
// kinds, with its reason, recorded in the certificate's history and the audit trail in one transaction. Also the
// due dates of the certificates the caller may see, and the public register (lookup by number and statistics),
// which needs no login. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "certification/context.h"
#include "certification/due.h"
#include "improvement/service.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"

namespace eduims::certification {

struct IssueInput {
  db::Id project_id = 0;
  std::string number, scope_vi, scope_en, issue_date;
  std::optional<std::string> original_issue_date;                  // the issue date when absent
  std::vector<db::Id> site_ids;                                    // the project's sites when empty
  std::optional<std::string> entity_name, entity_address, region;  // the unit's when absent
};

struct ChangeInput {
  long long version = 0;
  std::string kind;
  std::optional<std::string> reason, effective_on, issue_date;
  std::optional<std::string> scope_vi, scope_en, entity_name, entity_address, organisation_type, region;
  std::optional<std::vector<db::Id>> site_ids, standard_ids;
};

struct CertificateFilter {
  std::optional<db::Id> unit_id, project_id;
  std::optional<db::Id> after;
  int limit = 50;
};

struct CertificateDetail {
  Certificate certificate;
  std::vector<CertificateChange> history;
  std::vector<DueItem> due;  // empty once withdrawn
};

struct DueEntry {
  Certificate certificate;
  DueItem item;
};

class CertificateService {
 public:
  CertificateService(db::Database& db, org::OrgService& org, improvement::NonconformityService& nonconformities)
      : db_(db), org_(org), nonconformities_(nonconformities) {}

  std::vector<Certificate> List(const auth::Principal& who, const CertificateFilter& filter);
  CertificateDetail Get(const auth::Principal& who, db::Id id);
  Certificate Issue(const auth::Principal& who, const IssueInput& input, const audit::Actor& actor);
  Certificate Change(const auth::Principal& who, db::Id id, const ChangeInput& input, const audit::Actor& actor);
  // What falls due within `within_days` (or is late) on the certificates `who` may see, in the subtree of the unit
  // `within` if given, soonest first.
  std::vector<DueEntry> Due(const auth::Principal& who, int within_days, std::optional<db::Id> within);
  // The same on `today` (the people's tasks are computed for the day the notification job runs).
  std::vector<DueEntry> DueOn(const auth::Principal& who, int within_days, std::optional<db::Id> within, Date today);

  // The register entry with this number, for anyone.
  std::optional<Certificate> FindPublic(const std::string& number);
  boost::json::object Statistics();

 private:
  std::vector<CertificateSite> Sites(const auth::Principal& who, const std::string& unit_path,
                                     const std::vector<db::Id>& ids);
  // Gives the certificate's project the certificate's standards, audited, in the caller's transaction.
  void FollowStandards(soci::session& s, const Certificate& certificate, const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
  improvement::NonconformityService& nonconformities_;
};

}  // namespace eduims::certification
