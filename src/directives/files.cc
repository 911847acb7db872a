// DirectiveService: the files of a directive (the dispatch as signed, the forms to fill) and of each unit's answer
// (the report itself, its annexes), kept through the attachments module under the owner kinds "directive" and
// "directive_answer" (migration 0042). Each change is one transaction with its audit entry, filed under the unit
// whose object it is: the sender's for a directive, the answering unit's for an answer.
#include <functional>
#include <numeric>

#include "directives/service.h"
#include "platform/auth/authority.h"
#include "platform/problem.h"

namespace eduims::directives {
namespace {

using auth::Permission;

attachments::Owner DirectiveOwner(db::Id id) { return {"directive", id}; }
attachments::Owner AnswerOwner(db::Id id) { return {"directive_answer", id}; }

std::string Json(const attachments::Attachment& a) { return boost::json::serialize(attachments::ToJson(a)); }

// The four acts on an owner's files, the same for a directive and an answer but for the owner and its checks:
// `visible` fails as the owner's reading does, `writable` as its changing does and gives the unit path the audit
// entry is filed under.
using Check = std::function<std::string(soci::session&)>;

attachments::Attachment AttachTo(db::Database& db, const attachments::AttachmentService& files,
                                 const attachments::Owner& owner, std::shared_ptr<const http::SpoolPath> file,
                                 const std::string& file_name, db::Id user_id, const audit::Actor& actor,
                                 const Check& writable) {
  // Reading the file (hash, type, text) before the transaction keeps the write lock short.
  attachments::PreparedUpload upload = files.Prepare(std::move(file), file_name);
  attachments::Attachment out;
  db.Write([&](soci::session& s) { out = files.Attach(db, s, owner, upload, user_id, actor, writable(s)); });
  return out;
}

std::vector<attachments::Attachment> FilesOf(db::Database& db, const attachments::AttachmentService& files,
                                             const attachments::Owner& owner, const Check& visible) {
  std::vector<attachments::Attachment> out;
  db.Read([&](soci::session& s) {
    visible(s);
    out = files.List(s, owner);
  });
  return out;
}

http::Response DownloadOf(db::Database& db, const attachments::AttachmentService& files,
                          const attachments::Owner& owner, db::Id attachment_id, const Check& visible) {
  http::Response out;
  db.Read([&](soci::session& s) {
    visible(s);
    out = files.Download(s, files.Get(s, owner, attachment_id));
  });
  return out;
}

attachments::Attachment RemoveFrom(db::Database& db, const attachments::AttachmentService& files,
                                   const attachments::Owner& owner, db::Id attachment_id, const audit::Actor& actor,
                                   const Check& writable) {
  attachments::Attachment out;
  db.Write([&](soci::session& s) {
    std::string path = writable(s);
    attachments::Attachment before = files.Get(s, owner, attachment_id);
    out = files.Remove(s, owner, attachment_id);
    audit::Append(db, s, actor, {"attachment", std::to_string(attachment_id), "remove", Json(before), Json(out), path});
  });
  return out;
}

}  // namespace

std::string DirectiveService::DirectiveFilesWritable(soci::session& s, const auth::Principal& who, db::Id id) {
  auto [directive, sender_path] = VisibleDirective(s, who, id);
  auth::Require(who, Permission::kSendDirectives, sender_path, false);
  // Once every unit's answer is accepted the directive is settled: its files are what the units answered to.
  auto counts = store::CountsByStatus(s, {id})[id];
  long long total = std::accumulate(counts.begin(), counts.end(), 0LL,
                                    [](long long n, const auto& entry) { return n + entry.second; });
  if (total > 0 && counts["accepted"] == total) Fail(409, "directive.closed");
  return sender_path;
}

void DirectiveService::AdmitDirectiveFile(const auth::Principal& who, db::Id id) {
  db_.Read([&](soci::session& s) { DirectiveFilesWritable(s, who, id); });
}

attachments::Attachment DirectiveService::AttachDirectiveFile(const auth::Principal& who, db::Id id,
                                                              std::shared_ptr<const http::SpoolPath> file,
                                                              const std::string& file_name,
                                                              const audit::Actor& actor) {
  return AttachTo(db_, attachments_, DirectiveOwner(id), std::move(file), file_name, who.user_id, actor,
                  [&](soci::session& s) { return DirectiveFilesWritable(s, who, id); });
}

std::vector<attachments::Attachment> DirectiveService::DirectiveFiles(const auth::Principal& who, db::Id id) {
  return FilesOf(db_, attachments_, DirectiveOwner(id),
                 [&](soci::session& s) { return VisibleDirective(s, who, id).second; });
}

http::Response DirectiveService::DownloadDirectiveFile(const auth::Principal& who, db::Id id, db::Id attachment_id) {
  return DownloadOf(db_, attachments_, DirectiveOwner(id), attachment_id,
                    [&](soci::session& s) { return VisibleDirective(s, who, id).second; });
}

attachments::Attachment DirectiveService::RemoveDirectiveFile(const auth::Principal& who, db::Id id,
                                                              db::Id attachment_id, const audit::Actor& actor) {
  return RemoveFrom(db_, attachments_, DirectiveOwner(id), attachment_id, actor,
                    [&](soci::session& s) { return DirectiveFilesWritable(s, who, id); });
}

std::string DirectiveService::AnswerFilesWritable(soci::session& s, const auth::Principal& who, db::Id id) {
  store::AnswerRow row = VisibleAnswer(s, who, id);
  auth::Require(who, Permission::kAnswerDirectives, row.unit_path, false);
  // The files are part of what the unit submits: they change when the text may, never after acceptance.
  if (row.answer.status == AnswerStatus::kAccepted) Fail(409, "directive.answer_accepted");
  if (!TextEditable(row.answer.status)) Fail(409, "directive.answer_submitted");
  return row.unit_path;
}

void DirectiveService::AdmitAnswerFile(const auth::Principal& who, db::Id id) {
  db_.Read([&](soci::session& s) { AnswerFilesWritable(s, who, id); });
}

attachments::Attachment DirectiveService::AttachAnswerFile(const auth::Principal& who, db::Id id,
                                                           std::shared_ptr<const http::SpoolPath> file,
                                                           const std::string& file_name, const audit::Actor& actor) {
  return AttachTo(db_, attachments_, AnswerOwner(id), std::move(file), file_name, who.user_id, actor,
                  [&](soci::session& s) { return AnswerFilesWritable(s, who, id); });
}

std::vector<attachments::Attachment> DirectiveService::AnswerFiles(const auth::Principal& who, db::Id id) {
  return FilesOf(db_, attachments_, AnswerOwner(id),
                 [&](soci::session& s) { return VisibleAnswer(s, who, id).unit_path; });
}

http::Response DirectiveService::DownloadAnswerFile(const auth::Principal& who, db::Id id, db::Id attachment_id) {
  return DownloadOf(db_, attachments_, AnswerOwner(id), attachment_id,
                    [&](soci::session& s) { return VisibleAnswer(s, who, id).unit_path; });
}

attachments::Attachment DirectiveService::RemoveAnswerFile(const auth::Principal& who, db::Id id, db::Id attachment_id,
                                                           const audit::Actor& actor) {
  return RemoveFrom(db_, attachments_, AnswerOwner(id), attachment_id, actor,
                    [&](soci::session& s) { return AnswerFilesWritable(s, who, id); });
}

}  // namespace eduims::directives
