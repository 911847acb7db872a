#include "attachments/service.h"

#include "attachments/store.h"
#include "platform/clock.h"
#include "platform/files/blob_store.h"
#include "platform/files/media_type.h"
#include "platform/files/text_extract.h"
#include "platform/problem.h"
#include "platform/spool_file.h"

namespace eduims::attachments {

PreparedUpload AttachmentService::Prepare(std::shared_ptr<const http::SpoolPath> file,
                                          const std::string& requested_name) const {
  // The cheap refusals first: a 50 MB executable is turned away before it is hashed.
  if (std::filesystem::file_size(file->path()) == 0) Fail(422, "files.empty");
  auto type = files::DetectMediaType(file->path());
  if (!type) Fail(415, "files.type_not_allowed");
  auto name = files::AcceptedFileName(requested_name, *type);
  if (auto* problem = std::get_if<Problem>(&name)) Fail(*problem);
  files::FileFacts facts = files::HashFile(file->path());
  PreparedUpload out;
  out.file_name = std::get<std::string>(name);
  out.media_type = type->name;
  out.sha256 = facts.sha256;
  out.size = static_cast<long long>(facts.size);
  out.extracted_text = files::ExtractText(file->path(), type->name);
  out.file = std::move(file);
  return out;
}

Attachment AttachmentService::Attach(db::Database& db, soci::session& s, const Owner& owner,
                                     const PreparedUpload& upload, db::Id user_id, const audit::Actor& actor,
                                     const std::string& unit_path) const {
  Attachment a;
  a.owner = owner;
  a.blob_id = files::StoreBlob(s, upload.file->path(), {upload.sha256, std::uint64_t(upload.size)});
  a.file_name = upload.file_name;
  a.media_type = upload.media_type;
  a.size = upload.size;
  a.sha256 = upload.sha256;
  a.uploaded_by = user_id;
  a.uploaded_at = NowTimestamp();
  store::Insert(s, a, upload.extracted_text);
  audit::Append(db, s, actor,
                {"attachment", std::to_string(a.id), "create", std::nullopt, boost::json::serialize(ToJson(a)), unit_path});
  return a;
}

void AttachmentService::CopyAll(soci::session& s, const Owner& from, const Owner& to, db::Id user_id) const {
  for (Attachment a : store::List(s, from)) {
    a.owner = to;
    a.uploaded_by = user_id;
    a.uploaded_at = NowTimestamp();
    store::Insert(s, a, store::TextOfAttachment(s, a.id));
  }
}

std::vector<Attachment> AttachmentService::List(soci::session& s, const Owner& owner) const {
  return store::List(s, owner);
}

std::map<db::Id, std::vector<Attachment>> AttachmentService::ListOfOwners(soci::session& s,
                                                                          const std::string& owner_type,
                                                                          const std::vector<db::Id>& owner_ids) const {
  std::map<db::Id, std::vector<Attachment>> out;
  for (auto& a : store::ListOfOwners(s, owner_type, owner_ids)) out[a.owner.id].push_back(std::move(a));
  return out;
}

Attachment AttachmentService::Get(soci::session& s, const Owner& owner, db::Id id) const {
  auto found = store::Find(s, owner, id);
  if (!found || found->removed_at) FailNotFound("attachment");
  return *found;
}

Attachment AttachmentService::Remove(soci::session& s, const Owner& owner, db::Id id) const {
  Attachment a = Get(s, owner, id);
  a.removed_at = NowTimestamp();
  store::MarkRemoved(s, a.id, *a.removed_at);
  return a;
}

std::string AttachmentService::TextOf(soci::session& s, const Owner& owner) const { return store::TextOf(s, owner); }

std::vector<std::string> AttachmentService::HashesOf(soci::session& s, const Owner& owner) const {
  std::vector<std::string> out;
  for (const auto& a : store::List(s, owner)) out.push_back(a.sha256);
  return out;
}

http::Response AttachmentService::Download(soci::session& s, const Attachment& a) const {
  auto spool = http::NewSpoolPath("download-");
  files::CopyBlobTo(s, a.blob_id, spool->path());
  http::Response r;
  r.content_type = a.media_type;
  r.headers.emplace_back("Content-Disposition", ContentDisposition(a.file_name));
  r.headers.emplace_back("ETag", "\"" + a.sha256 + "\"");
  r.headers.emplace_back("Cache-Control", "private, no-store");
  r.file = std::make_shared<const SpoolFile>(SpoolFile::Adopt(spool->path()));
  return r;
}

}  // namespace eduims::attachments
