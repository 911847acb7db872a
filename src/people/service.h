// The rules of competence (issue 20): the catalogue anyone logged in may read and those who manage competences on a
// unit extend; the requirements set on a unit for everyone or a role of its subtree; what each person holds; and the
// competence matrix of a unit subtree, as JSON and as a workbook. Reading needs view_competences on the unit (a
// person also sees their own holdings), writing manage_competences; each change is one transaction with its audit
// entry. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "attachments/service.h"
#include "audits/auditor_qualification.h"
#include "audits/model.h"
#include "documents/awareness.h"
#include "org/members.h"
#include "org/service.h"
#include "people/model.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "platform/spool_file.h"
#include "readiness/evidence_pack.h"

namespace eduims::people {

struct CompetenceInput {
  db::Id unit_id = 0;
  std::string code, category, name_vi, name_en;
};

struct HoldingInput {
  std::string competence_code, method, granted_on;
  std::optional<std::string> expires_on, note;
};

struct MatrixRow {
  Person person;
  std::vector<Cell> cells;
  std::string awareness;  // of the policy and objectives (documents/awareness.h): aware, pending, not_distributed
};

// Awareness of the policy and objectives (7.3) among the people of one home unit, or of the whole subtree.
struct AwarenessTotals {
  db::Id unit_id = 0;
  std::string unit_name;
  long long people = 0, aware = 0, pending = 0, not_distributed = 0;  // not aware: pending + not_distributed
};

struct Matrix {
  org::Unit unit;
  std::string today;
  std::vector<Competence> competences;    // those required anywhere in the subtree, in catalogue order
  std::map<std::string, Totals> totals;   // by code, over the whole subtree
  std::vector<MatrixRow> rows;            // the page asked for, in user id order
  long long people = 0;                   // in the whole subtree
  AwarenessTotals awareness;                  // over the whole subtree
  std::vector<AwarenessTotals> awareness_by_unit;  // per home unit with people, in unit path order
};

class CompetenceService {
 public:
  CompetenceService(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}

  // Shipped first, in the catalogue's order, then the organisation's own by code.
  std::vector<Competence> Catalogue();
  std::optional<Competence> Find(const std::string& code);
  Competence AddCompetence(const auth::Principal& who, const CompetenceInput& input, const audit::Actor& actor);

  // The requirements that apply in the subtree of `unit_id`: those set on the unit, above it and within it.
  std::vector<Requirement> Requirements(const auth::Principal& who, db::Id unit_id);
  Requirement AddRequirement(const auth::Principal& who, db::Id unit_id, const std::string& code,
                             const std::string& role, const audit::Actor& actor);
  void RemoveRequirement(const auth::Principal& who, db::Id id, const audit::Actor& actor);

  std::vector<Holding> Holdings(const auth::Principal& who, db::Id user_id);
  // The policy documents distributed to the person and whether they acknowledged them (7.3), for the same readers.
  std::vector<documents::PolicyReading> Awareness(const auth::Principal& who, db::Id user_id);
  Holding AddHolding(const auth::Principal& who, db::Id user_id, const HoldingInput& input, const audit::Actor& actor);
  void RemoveHolding(const auth::Principal& who, db::Id user_id, db::Id holding_id, const audit::Actor& actor);
  // Evidence files of `user_id`'s holding `holding_id` (a diploma, an auditor's certificate): attached and removed by
  // who manages competences on the person's unit, listed and read by whoever sees the holding. A removed holding
  // takes its files with it (marked removed, kept in the file store).
  void AdmitHoldingFile(const auth::Principal& who, db::Id user_id, db::Id holding_id);
  attachments::Attachment AttachHoldingFile(const auth::Principal& who, db::Id user_id, db::Id holding_id,
                                            std::shared_ptr<const http::SpoolPath> file, const std::string& file_name,
                                            const audit::Actor& actor);
  std::vector<attachments::Attachment> HoldingFiles(const auth::Principal& who, db::Id user_id, db::Id holding_id);
  http::Response DownloadHoldingFile(const auth::Principal& who, db::Id user_id, db::Id holding_id,
                                     db::Id attachment_id);
  attachments::Attachment RemoveHoldingFile(const auth::Principal& who, db::Id user_id, db::Id holding_id,
                                            db::Id attachment_id, const audit::Actor& actor);
  // The live files of each of `holdings`, by holding id, for a person's page. REQUIRES: the caller sees them.
  std::map<db::Id, std::vector<attachments::Attachment>> FilesOf(const std::vector<Holding>& holdings);
  // For the evidence pack of `unit`: the evidence files of the holdings of its people, if the caller views
  // competences there.
  std::vector<readiness::PackedReport> EvidenceFiles(const auth::Principal& who, const org::Unit& unit,
                                                     Language language);

  // Inside another module's transaction (a passed training assessment): records `h` for the system, with its audit
  // entry. REQUIRES: `s` is a session of this service's database; the competence exists.
  void GrantIn(soci::session& s, Holding& h, const std::string& unit_path, const audit::Actor& actor);

  // The auditors of `audit` lacking, on its first day, the internal auditor competence of one of its standards.
  std::vector<audits::UnqualifiedAuditor> UnqualifiedAuditorsOf(const audits::Audit& audit);

  // For readiness: the holdings in force of the people of `unit`'s subtree and the requirements that apply there.
  // REQUIRES: `s` is a session of this service's database.
  std::pair<long long, long long> HoldingsAndRequirements(soci::session& s, const org::Unit& unit);

  Settings GetSettings();
  // REQUIRES: the caller manages competences at the top of the organisation (403 otherwise).
  Settings SetSettings(const auth::Principal& who, long long version, const std::string& auditor_qualification,
                       const audit::Actor& actor);

  // The matrix of the subtree of `unit_id` with the page of people after user `after`, at most `limit` (0: all).
  Matrix MatrixOf(const auth::Principal& who, db::Id unit_id, db::Id after, size_t limit);
  SpoolFile MatrixWorkbook(const Matrix& matrix, Language language);

 private:
  // The person `user_id` as the caller may see them for `permission`: 404 if neither them nor someone with the
  // permission's view counterpart on their unit, 403 if seen but without `permission`.
  Person Visible(soci::session& s, const auth::Principal& who, db::Id user_id, auth::Permission permission);
  void RequireCompetence(soci::session& s, const std::string& code, const std::string& field);

  // The holding `holding_id` of `user_id` as the caller may see it for `permission` (Visible's rules), with the
  // person's unit path.
  std::pair<Holding, std::string> VisibleHolding(soci::session& s, const auth::Principal& who, db::Id user_id,
                                                 db::Id holding_id, auth::Permission permission);

  db::Database& db_;
  org::OrgService& org_;
  attachments::AttachmentService attachments_;
};

}  // namespace eduims::people
