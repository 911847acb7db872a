// The rules of records: who may see (document readers) and keep them (document managers; a record's owner only as
// one of them: owning is no permission), what a valid record is, legal holds, and disposal only after the retention period and never under
// a hold. Records are never deleted: disposal marks them, with the reason, in the same transaction as the audit
// entry. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attachments/service.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "records/model.h"

namespace eduims::records {

struct RecordInput {
  db::Id unit_id = 0;
  std::string title, category, description, recorded_on;
  int retention_months = 60;
  bool legal_hold = false;
  std::string legal_hold_reason;
  std::optional<db::Id> owner_id;
  std::vector<db::Id> clause_ids;
};

struct RecordPatch {
  std::optional<std::string> title, category, description, recorded_on;
  std::optional<int> retention_months;
  std::optional<bool> legal_hold;
  std::optional<std::string> legal_hold_reason;
  std::optional<std::vector<db::Id>> clause_ids;
};

struct RecordFilter {
  std::optional<db::Id> unit_id, within, clause_id;
  std::optional<std::string> category, text;
  bool due_for_disposal = false;  // the disposal review: past retention, no hold, not disposed
  bool include_disposed = false;
  std::optional<db::Id> after;
  int limit = 50;
};

class RecordService {
 public:
  RecordService(db::Database& db, org::OrgService& org) : db_(db), org_(org) {}

  Record Get(const auth::Principal& who, db::Id id);
  // The kept record `id` that another module links to (named in `field`) and the path of its unit: 422
  // validation.reference_not_found if it does not exist, `who` may not see it, or it was disposed of.
  // REQUIRES: `s` is a session of this service's database.
  std::pair<Record, std::string> VisibleIn(soci::session& s, const auth::Principal& who, db::Id id,
                                           const std::string& field);
  std::vector<Record> List(const auth::Principal& who, const RecordFilter& filter);
  Record Create(const auth::Principal& who, const RecordInput& input, const audit::Actor& actor);
  // A record another module files after checking its own rules (an audit's report filed by its lead auditor), with
  // its evidence file, in one transaction. `who` is recorded as its creator and owner.
  Record CreateOnBehalf(const auth::Principal& who, const RecordInput& input,
                        std::shared_ptr<const http::SpoolPath> evidence, const std::string& evidence_name,
                        const audit::Actor& actor);
  // CreateOnBehalf in two halves, so another module files the record in the transaction that records its own change
  // (a management review's approval): Prepare checks the input and reads the file before any transaction; FileIn
  // stores them. REQUIRES: FileIn's `s` is inside Database::Write on this service's database.
  struct PreparedRecord {
    Record record;
    std::string unit_path;
    attachments::PreparedUpload upload;
    db::Id filed_by = 0;
  };
  PreparedRecord PrepareOnBehalf(const auth::Principal& who, const RecordInput& input,
                                 std::shared_ptr<const http::SpoolPath> evidence, const std::string& evidence_name);
  Record FileIn(soci::session& s, PreparedRecord& prepared, const audit::Actor& actor);
  Record Update(const auth::Principal& who, db::Id id, long long version, const RecordPatch& patch,
                const audit::Actor& actor);
  Record Dispose(const auth::Principal& who, db::Id id, long long version, const std::string& reason,
                 const audit::Actor& actor);
  // Evidence files: attached by document managers (its owner too, if one) while the record is kept, never removed
  // (the record is the evidence); read by whoever may read the record.
  attachments::Attachment AttachFile(const auth::Principal& who, db::Id id,
                                     std::shared_ptr<const http::SpoolPath> file, const std::string& file_name,
                                     const audit::Actor& actor);
  // Fails as AttachFile would for `who`, before the file is received.
  void AdmitFile(const auth::Principal& who, db::Id id);
  std::vector<attachments::Attachment> Files(const auth::Principal& who, db::Id id);
  http::Response DownloadFile(const auth::Principal& who, db::Id id, db::Id attachment_id);

  // For the clause evidence: (clause id, record) for each kept record `who` may see linked to one of `clause_ids`.
  std::vector<std::pair<db::Id, Record>> LinkedToClauses(const auth::Principal& who,
                                                         const std::vector<db::Id>& clause_ids,
                                                         const std::optional<std::string>& within_path);

 private:
  std::pair<Record, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The record `who` may attach files to, with its unit's path.
  std::pair<Record, std::string> Attachable(soci::session& s, const auth::Principal& who, db::Id id);
  // Stores a new record with its clauses and audit entry.
  void Insert(soci::session& s, Record& r, const std::string& unit_path, const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
  attachments::AttachmentService attachments_;
};

}  // namespace eduims::records
