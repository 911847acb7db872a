#include "records/service.h"

#include <algorithm>

#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "records/store.h"
#include "standards/catalogue.h"

namespace eduims::records {
namespace {

using auth::Permission;

std::string Today() { return FormatDate(TodayInVietnam()); }
std::string Json(const Record& r) { return boost::json::serialize(ToJson(r, Today())); }

void CheckCategory(const std::string& category) {
  if (std::find(Categories().begin(), Categories().end(), category) == Categories().end())
    Fail(422, "validation.invalid_value", "category");
}

void CheckRetention(int months) {
  if (months < 1 || months > 1200) Fail(422, "validation.invalid_value", "retention_months");
}

void CheckRecordedOn(const std::string& recorded_on) {
  if (!ParseDate(recorded_on)) Fail(422, "validation.invalid_date", "recorded_on");
  // A record is evidence of what happened: it cannot be dated in the future.
  if (recorded_on > Today()) Fail(422, "validation.invalid_value", "recorded_on");
}

void CheckHold(bool hold, const std::string& reason) {
  CheckText("legal_hold_reason", reason, 1000, false);
  if (hold && reason.find_first_not_of(" \t") == std::string::npos)
    Fail(422, "validation.missing_field", "legal_hold_reason");
}

void CheckClauses(soci::session& s, const std::vector<db::Id>& clause_ids) {
  for (db::Id clause : clause_ids)
    if (!standards::ClauseExists(s, clause)) Fail(422, "validation.reference_not_found", "clause_ids");
}

}  // namespace

std::pair<Record, std::string> RecordService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = store::Find(s, id);
  if (!found || !who.Can(Permission::kViewDocuments, found->second)) FailNotFound("record");
  return *found;
}

std::pair<Record, std::string> RecordService::VisibleIn(soci::session& s, const auth::Principal& who, db::Id id,
                                                        const std::string& field) {
  auto found = store::Find(s, id);
  if (!found || found->first.disposed_at || !who.Can(Permission::kViewDocuments, found->second))
    Fail(422, "validation.reference_not_found", field);
  return *found;
}

Record RecordService::Get(const auth::Principal& who, db::Id id) {
  Record out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<Record> RecordService::List(const auth::Principal& who, const RecordFilter& f) {
  store::RecordQuery q;
  q.scope = who.Scope(Permission::kViewDocuments);
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.unit_id = f.unit_id;
  q.clause_id = f.clause_id;
  if (f.category) {
    CheckCategory(*f.category);
    q.category = f.category;
  }
  if (f.text) {
    std::string folded = FoldForSearch(*f.text);
    if (!folded.empty()) q.text_folded = folded;
  }
  if (f.due_for_disposal) q.due_on = Today();
  q.include_disposed = f.include_disposed;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Record> out;
  db_.Read([&](soci::session& s) { out = store::List(s, q); });
  return out;
}

namespace {

// Checks the fields of a new record; the caller checks who may create it.
void CheckNewRecord(const RecordInput& in) {
  CheckText("title", in.title, 300, true);
  CheckText("description", in.description, 10000, false);
  CheckCategory(in.category);
  CheckRecordedOn(in.recorded_on);
  CheckRetention(in.retention_months);
  CheckHold(in.legal_hold, in.legal_hold_reason);
}

Record NewRecord(const RecordInput& in, db::Id unit_id, db::Id creator) {
  Record r;
  r.unit_id = unit_id;
  r.title = in.title;
  r.category = in.category;
  r.description = in.description;
  r.recorded_on = in.recorded_on;
  r.retention_months = in.retention_months;
  r.retain_until = RetainUntil(in.recorded_on, in.retention_months);
  r.legal_hold = in.legal_hold;
  r.legal_hold_reason = in.legal_hold_reason;
  r.owner_id = in.owner_id.value_or(creator);
  r.clause_ids = in.clause_ids;
  std::sort(r.clause_ids.begin(), r.clause_ids.end());
  r.created_by = creator;
  r.created_at = r.updated_at = NowTimestamp();
  return r;
}

}  // namespace

void RecordService::Insert(soci::session& s, Record& r, const std::string& unit_path, const audit::Actor& actor) {
  CheckClauses(s, r.clause_ids);
  store::Insert(s, r, FoldForSearch(r.title));
  store::SetClauses(s, r.id, r.clause_ids);
  audit::Append(db_, s, actor, {"record", std::to_string(r.id), "create", std::nullopt, Json(r), unit_path});
}

Record RecordService::Create(const auth::Principal& who, const RecordInput& in, const audit::Actor& actor) {
  CheckNewRecord(in);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageDocuments);
  if (in.owner_id && *in.owner_id != who.user_id) {
    org_.RequireActiveUser(who, *in.owner_id, "owner_id");
    auth::RequireNamed(org_, who, *in.owner_id, Permission::kManageDocuments, unit.path, "owner_id");
  }
  Record r = NewRecord(in, unit.id, who.user_id);
  db_.Write([&](soci::session& s) { Insert(s, r, unit.path, actor); });
  return r;
}

Record RecordService::CreateOnBehalf(const auth::Principal& who, const RecordInput& in,
                                     std::shared_ptr<const http::SpoolPath> evidence,
                                     const std::string& evidence_name, const audit::Actor& actor) {
  PreparedRecord prepared = PrepareOnBehalf(who, in, std::move(evidence), evidence_name);
  Record r;
  db_.Write([&](soci::session& s) { r = FileIn(s, prepared, actor); });
  return r;
}

RecordService::PreparedRecord RecordService::PrepareOnBehalf(const auth::Principal& who, const RecordInput& in,
                                                             std::shared_ptr<const http::SpoolPath> evidence,
                                                             const std::string& evidence_name) {
  CheckNewRecord(in);
  attachments::PreparedUpload upload = attachments_.Prepare(std::move(evidence), evidence_name);
  org::Unit unit = org_.GetUnit(nullptr, in.unit_id);
  RecordInput own = in;
  own.owner_id = who.user_id;
  return {NewRecord(own, unit.id, who.user_id), unit.path, std::move(upload), who.user_id};
}

Record RecordService::FileIn(soci::session& s, PreparedRecord& prepared, const audit::Actor& actor) {
  Record r = prepared.record;
  Insert(s, r, prepared.unit_path, actor);
  attachments_.Attach(db_, s, {"record", r.id}, prepared.upload, prepared.filed_by, actor, prepared.unit_path);
  return r;
}

Record RecordService::Update(const auth::Principal& who, db::Id id, long long version, const RecordPatch& patch,
                             const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, 300, true);
  if (patch.description) CheckText("description", *patch.description, 10000, false);
  if (patch.category) CheckCategory(*patch.category);
  if (patch.recorded_on) CheckRecordedOn(*patch.recorded_on);
  if (patch.retention_months) CheckRetention(*patch.retention_months);
  Record after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    // Owning a record is no permission to keep it: its owner needs the document managers' permission too.
    auth::Require(who, Permission::kManageDocuments, path, before.owner_id == who.user_id);
    if (before.disposed_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.description) after.description = *patch.description;
    if (patch.category) after.category = *patch.category;
    if (patch.recorded_on) after.recorded_on = *patch.recorded_on;
    if (patch.retention_months) after.retention_months = *patch.retention_months;
    if (patch.legal_hold) after.legal_hold = *patch.legal_hold;
    if (patch.legal_hold_reason) after.legal_hold_reason = *patch.legal_hold_reason;
    CheckHold(after.legal_hold, after.legal_hold_reason);
    after.retain_until = RetainUntil(after.recorded_on, after.retention_months);
    if (patch.clause_ids) {
      CheckClauses(s, *patch.clause_ids);
      after.clause_ids = *patch.clause_ids;
      std::sort(after.clause_ids.begin(), after.clause_ids.end());
      store::SetClauses(s, id, after.clause_ids);
    }
    after.updated_at = NowTimestamp();
    if (!store::Update(s, after, FoldForSearch(after.title), version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"record", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

Record RecordService::Dispose(const auth::Principal& who, db::Id id, long long version, const std::string& reason,
                              const audit::Actor& actor) {
  CheckText("reason", reason, 1000, true);
  Record after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageDocuments, path)) Fail(403, "auth.forbidden");
    if (before.version != version) FailStale(before.version);
    if (auto problem = DisposalProblem(before, Today()))
      Fail(Problem::Make(409, *problem).With("retain_until", before.retain_until));
    after = before;
    after.disposed_at = after.updated_at = NowTimestamp();
    after.disposal_reason = reason;
    if (!store::Update(s, after, FoldForSearch(after.title), version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"record", std::to_string(id), "dispose", Json(before), Json(after), path});
  });
  return after;
}

std::vector<std::pair<db::Id, Record>> RecordService::LinkedToClauses(const auth::Principal& who,
                                                                      const std::vector<db::Id>& clause_ids,
                                                                      const std::optional<std::string>& within_path) {
  std::vector<std::pair<db::Id, Record>> out;
  auto scope = db::ScopeWithin(who.Scope(Permission::kViewDocuments), within_path);
  if (scope.empty()) return out;
  db_.Read([&](soci::session& s) { out = store::LinkedToClauses(s, scope, clause_ids); });
  return out;
}


attachments::Attachment RecordService::AttachFile(const auth::Principal& who, db::Id id,
                                                  std::shared_ptr<const http::SpoolPath> file,
                                                  const std::string& file_name, const audit::Actor& actor) {
  // Reading the file (hash, type, text) before the transaction keeps the write lock short.
  attachments::PreparedUpload upload = attachments_.Prepare(std::move(file), file_name);
  attachments::Attachment out;
  db_.Write([&](soci::session& s) {
    auto path = Attachable(s, who, id).second;
    out = attachments_.Attach(db_, s, {"record", id}, upload, who.user_id, actor, path);
  });
  return out;
}

std::pair<Record, std::string> RecordService::Attachable(soci::session& s, const auth::Principal& who, db::Id id) {
  auto [record, path] = Visible(s, who, id);
  auth::Require(who, Permission::kManageDocuments, path, record.owner_id == who.user_id);
  if (record.disposed_at) Fail(409, "conflict.archived");
  return {record, path};
}

void RecordService::AdmitFile(const auth::Principal& who, db::Id id) {
  db_.Read([&](soci::session& s) { Attachable(s, who, id); });
}

std::vector<attachments::Attachment> RecordService::Files(const auth::Principal& who, db::Id id) {
  std::vector<attachments::Attachment> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = attachments_.List(s, {"record", id});
  });
  return out;
}

http::Response RecordService::DownloadFile(const auth::Principal& who, db::Id id, db::Id attachment_id) {
  http::Response out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = attachments_.Download(s, attachments_.Get(s, {"record", id}, attachment_id));
  });
  return out;
}

}  // namespace eduims::records
