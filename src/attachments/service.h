// Attachments as other modules use them. The owning module (documents for revisions, records for records, audits
// for checklist lines) checks who may see or change its object and holds the transaction; this service checks the
// file itself (type from its bytes, name, size), stores it once in the file store, extracts its text for search and
// streams it back out.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "attachments/model.h"
#include "platform/audit/audit_trail.h"
#include "platform/http/message.h"

namespace eduims::attachments {

// An upload checked and read outside any transaction, ready to attach.
struct PreparedUpload {
  std::shared_ptr<const http::SpoolPath> file;
  std::string file_name;
  std::string media_type;
  std::string sha256;
  long long size = 0;
  std::string extracted_text;
};

class AttachmentService {
 public:
  // Fails with files.empty, files.type_not_allowed, files.type_mismatch or validation.invalid_value (file_name).
  // Reads the whole file (hash, type, text): call it before opening the owner's transaction.
  PreparedUpload Prepare(std::shared_ptr<const http::SpoolPath> file, const std::string& requested_name) const;

  // REQUIRES: inside the owner's write transaction, after the owner's permission checks. Appends the attachment's
  // audit entry, filed under the owner's unit `unit_path`.
  Attachment Attach(db::Database& db, soci::session& s, const Owner& owner, const PreparedUpload& upload,
                    db::Id user_id, const audit::Actor& actor, const std::string& unit_path) const;
  // Gives `to` the live attachments of `from` (same stored bytes), e.g. a new revision starting from the last one.
  void CopyAll(soci::session& s, const Owner& from, const Owner& to, db::Id user_id) const;
  std::vector<Attachment> List(soci::session& s, const Owner& owner) const;
  // The live attachments of each of `owner_ids` (all of `owner_type`) that has some: one statement per few hundred
  // owners, not one per owner.
  std::map<db::Id, std::vector<Attachment>> ListOfOwners(soci::session& s, const std::string& owner_type,
                                                        const std::vector<db::Id>& owner_ids) const;
  // Fails 404 "attachment" if `id` is not a live attachment of `owner`.
  Attachment Get(soci::session& s, const Owner& owner, db::Id id) const;
  Attachment Remove(soci::session& s, const Owner& owner, db::Id id) const;
  std::string TextOf(soci::session& s, const Owner& owner) const;
  // The SHA-256 of each live attachment of `owner`, in upload order: part of a revision's content hash.
  std::vector<std::string> HashesOf(soci::session& s, const Owner& owner) const;
  // The file as a download response: its bytes copied from the database to a spool file the server streams.
  http::Response Download(soci::session& s, const Attachment& a) const;
};

}  // namespace eduims::attachments
