// AuditService: the evidence files of checklist lines (ISO 19011 6.4.7, objective evidence), kept with the line
// they support through the attachments module.
#include "audits/service.h"
#include "audits/store.h"
#include "platform/problem.h"

namespace eduims::audits {
namespace {

attachments::Owner LineOwner(db::Id line_id) { return {"checklist_line", line_id}; }

}  // namespace

attachments::Attachment AuditService::AttachEvidence(const auth::Principal& who, db::Id audit_id, db::Id line_id,
                                                     std::shared_ptr<const http::SpoolPath> file,
                                                     const std::string& file_name, const audit::Actor& actor) {
  // Reading the file (hash, type, text) before the transaction keeps the write lock short.
  attachments::PreparedUpload upload = attachments_.Prepare(std::move(file), file_name);
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    std::string path = EvidenceAttachable(s, who, audit_id, line_id);
    out = attachments_.Attach(db_, s, LineOwner(line_id), upload, who.user_id, actor, path);
  });
  return out;
}

std::string AuditService::EvidenceAttachable(soci::session& s, const auth::Principal& who, db::Id audit_id,
                                             db::Id line_id) {
  auto [audit, path] = Visible(s, who, audit_id);
  RequireAnswerer(who, audit, path);
  LineOf(s, audit_id, line_id);
  if (audit.status != AuditStatus::kInProgress)
    Fail(Problem::Make(409, "audits.not_in_progress").With("entity", "audit").With("status", AuditStatusName(audit.status)));
  return path;
}

void AuditService::AdmitEvidence(const auth::Principal& who, db::Id audit_id, db::Id line_id) {
  db_.Read([&](soci::session& s) { EvidenceAttachable(s, who, audit_id, line_id); });
}

std::vector<attachments::Attachment> AuditService::Evidence(const auth::Principal& who, db::Id audit_id,
                                                            db::Id line_id) {
  std::vector<attachments::Attachment> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, audit_id);
    out = LineOf(s, audit_id, line_id).files;
  });
  return out;
}

http::Response AuditService::DownloadEvidence(const auth::Principal& who, db::Id audit_id, db::Id line_id,
                                              db::Id attachment_id) {
  http::Response out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, audit_id);
    LineOf(s, audit_id, line_id);
    out = attachments_.Download(s, attachments_.Get(s, LineOwner(line_id), attachment_id));
  });
  return out;
}

attachments::Attachment AuditService::RemoveEvidence(const auth::Principal& who, db::Id audit_id, db::Id line_id,
                                                     db::Id attachment_id, const audit::Actor& actor) {
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    auto [audit, path] = Visible(s, who, audit_id);
    RequireAnswerer(who, audit, path);
    LineOf(s, audit_id, line_id);
    attachments::Attachment before = attachments_.Get(s, LineOwner(line_id), attachment_id);
    // The report stands on the evidence it was written from: once reported, the files stay.
    if (audit.status != AuditStatus::kInProgress) Fail(409, "audits.evidence_kept");
    out = attachments_.Remove(s, LineOwner(line_id), attachment_id);
    audit::Append(db_, s, actor,
                  {"attachment", std::to_string(attachment_id), "remove",
                   boost::json::serialize(attachments::ToJson(before)), boost::json::serialize(attachments::ToJson(out)),
                   path});
  });
  return out;
}

}  // namespace eduims::audits
