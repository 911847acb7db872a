// DocumentService: the files attached to revisions, and what they change in the content hash and the search index.
#include "documents/service.h"
#include "documents/store.h"
#include "documents/markdown.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/problem.h"

namespace eduims::documents {
namespace {

using auth::Permission;

std::string AttachmentJson(const attachments::Attachment& a) { return boost::json::serialize(attachments::ToJson(a)); }

}  // namespace

std::string DocumentService::IndexText(soci::session& s, const Document& doc, const Revision* revision,
                                       const std::string* revision_text) const {
  std::string text = doc.code + " " + doc.title + "\n";
  if (!revision) return text;
  text += revision_text ? *revision_text : MarkdownText(revision->content_markdown);
  std::string files = attachments_.TextOf(s, {"revision", revision->id});
  if (!files.empty()) text += "\n" + files;
  return text;
}

std::string ContentHash(const std::string& markdown, const std::vector<std::string>& hashes) {
  if (hashes.empty()) return Sha256Hex(markdown);
  std::string content = markdown;
  for (const auto& h : hashes) content += "\n" + h;
  return Sha256Hex(content);
}

std::tuple<Document, std::string, Revision> DocumentService::EditableRevision(soci::session& s,
                                                                              const auth::Principal& who,
                                                                              db::Id document_id,
                                                                              db::Id revision_id) {
  auto [doc, path, revision] = VisibleRevision(s, who, document_id, revision_id);
  // Its author too edits it only as a document manager (issue 25).
  auth::Require(who, Permission::kManageDocuments, path, revision.author_id == who.user_id);
  if (doc.archived_at) Fail(409, "conflict.archived");
  if (revision.status != RevisionStatus::kDraft) Fail(409, "documents.not_editable");
  return {doc, path, revision};
}

void DocumentService::FilesChanged(soci::session& s, const Document& doc, Revision& revision) {
  long long version = revision.version;
  revision.content_hash =
      ContentHash(revision.content_markdown, attachments_.HashesOf(s, {"revision", revision.id}));
  revision.updated_at = NowTimestamp();
  if (!store::UpdateRevision(s, revision, version)) FailStale(version);
  revision.version = version + 1;
  // The index holds the published text, or the open draft's while nothing is published.
  if (!doc.current_revision_id) store::IndexDocument(db_, s, doc.id, IndexText(s, doc, &revision));
}

attachments::Attachment DocumentService::AttachFile(const auth::Principal& who, db::Id document_id,
                                                    db::Id revision_id, std::shared_ptr<const http::SpoolPath> file,
                                                    const std::string& file_name, const audit::Actor& actor) {
  // Reading the file (hash, type, text) before the transaction keeps the write lock short.
  attachments::PreparedUpload upload = attachments_.Prepare(std::move(file), file_name);
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    auto [doc, path, revision] = EditableRevision(s, who, document_id, revision_id);
    out = attachments_.Attach(db_, s, {"revision", revision_id}, upload, who.user_id, actor, path);
    FilesChanged(s, doc, revision);
  });
  return out;
}

void DocumentService::AdmitFile(const auth::Principal& who, db::Id document_id, db::Id revision_id) {
  db_.Read([&](soci::session& s) { EditableRevision(s, who, document_id, revision_id); });
}

attachments::Attachment DocumentService::RemoveFile(const auth::Principal& who, db::Id document_id,
                                                    db::Id revision_id, db::Id attachment_id,
                                                    const audit::Actor& actor) {
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    auto [doc, path, revision] = EditableRevision(s, who, document_id, revision_id);
    attachments::Attachment before = attachments_.Get(s, {"revision", revision_id}, attachment_id);
    out = attachments_.Remove(s, {"revision", revision_id}, attachment_id);
    FilesChanged(s, doc, revision);
    audit::Append(db_, s, actor,
                  {"attachment", std::to_string(out.id), "remove", AttachmentJson(before), AttachmentJson(out), path});
  });
  return out;
}

std::vector<attachments::Attachment> DocumentService::Files(const auth::Principal& who, db::Id document_id,
                                                            db::Id revision_id) {
  std::vector<attachments::Attachment> out;
  db_.Read([&](soci::session& s) {
    VisibleRevision(s, who, document_id, revision_id);
    out = attachments_.List(s, {"revision", revision_id});
  });
  return out;
}

http::Response DocumentService::DownloadFile(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                                             db::Id attachment_id) {
  http::Response out;
  db_.Read([&](soci::session& s) {
    VisibleRevision(s, who, document_id, revision_id);
    out = attachments_.Download(s, attachments_.Get(s, {"revision", revision_id}, attachment_id));
  });
  return out;
}

}  // namespace eduims::documents
