#include "documents/service.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "documents/evidence.h"
#include "documents/markdown.h"
#include "documents/snippet.h"
#include "documents/store.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/dates.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "standards/catalogue.h"

namespace eduims::documents {
namespace {

using auth::Permission;

std::string Today() { return FormatDate(TodayInVietnam()); }
std::string Json(const Document& d) { return boost::json::serialize(ToJson(d, Today())); }
std::string Json(const Revision& r) { return boost::json::serialize(ToJson(r, false)); }

void CheckOneOf(const std::string& field, const std::string& value, const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) Fail(422, "validation.invalid_value", field);
}

void CheckCode(const std::string& code) {
  if (code.empty() || code.size() > 32) Fail(422, "validation.invalid_value", "code");
  for (unsigned char c : code)
    if (!std::isalnum(c) && c != '-' && c != '_' && c != '.' && c != '/') Fail(422, "validation.invalid_value", "code");
}

}  // namespace

store::Reader DocumentService::ReaderOf(const auth::Principal& who) const {
  return {who.user_id, who.Scope(Permission::kViewDocuments), who.Scope(Permission::kManageDocuments), who.unit_path,
          Today()};
}

std::pair<Document, std::string> DocumentService::Visible(soci::session& s, const auth::Principal& who, db::Id id,
                                                           bool* as_addressee_only) {
  auto found = store::FindDocument(s, id);
  if (!found) FailNotFound("document");
  const auto& [doc, path] = *found;
  bool visible = who.Can(Permission::kViewDocuments, path) &&
                 (doc.confidentiality != "restricted" || doc.owner_id == who.user_id ||
                  who.Can(Permission::kManageDocuments, path));
  if (as_addressee_only) *as_addressee_only = false;
  if (!visible && store::ReadableAsAddressee(s, ReaderOf(who), id)) {
    visible = true;
    if (as_addressee_only) *as_addressee_only = true;
  }
  if (!visible) FailNotFound("document");
  return *found;
}

std::pair<Document, std::string> DocumentService::ManagedForDistribution(soci::session& s,
                                                                          const auth::Principal& who, db::Id id) {
  auto found = Visible(s, who, id);
  auth::Require(who, Permission::kManageDocuments, found.second, found.first.owner_id == who.user_id);
  return found;
}

boost::json::object DocumentService::Readership(const auth::Principal& who, db::Id document_id, int pending_limit) {
  boost::json::object out;
  std::vector<std::pair<db::Id, db::Id>> not_yet_read;
  db_.Read([&](soci::session& s) {
    auto [doc, path] = ManagedForDistribution(s, who, document_id);
    auto targets = store::Distribution(s, document_id);
    std::vector<UnitReadership> units;
    if (doc.current_revision_id) {
      units = store::Readership(s, document_id, *doc.current_revision_id, Today());
      not_yet_read = store::NotYetRead(s, document_id, *doc.current_revision_id, pending_limit, Today());
    }
    out = ReadershipJson(doc.current_revision_id, targets, units);
  });
  // Names are looked up once this session is returned to the pool: holding one while borrowing another could
  // exhaust the pool under load. The owner sees the names of the people the document was sent to, wherever they are.
  boost::json::array pending;
  for (auto [user_id, unit_id] : not_yet_read)
    pending.push_back({{"user_id", user_id}, {"full_name", org_.GetUser(nullptr, user_id).full_name}, {"unit_id", unit_id}});
  out["pending"] = std::move(pending);
  return out;
}

boost::json::object DocumentService::SetDistribution(const auth::Principal& who, db::Id document_id,
                                                     const std::vector<DistributionTarget>& targets,
                                                     const audit::Actor& actor) {
  if (auto problem = TargetsProblem(targets)) Fail(422, *problem, "targets");
  for (const auto& t : targets) {
    try {
      if (org_.GetUnit(&who, t.unit_id).archived_at) Fail(409, "conflict.archived", "targets");
    } catch (const ProblemError& e) {
      if (e.problem().code == "conflict.archived") throw;
      Fail(422, "validation.reference_not_found", "targets");
    }
  }
  db_.Write([&](soci::session& s) {
    auto [doc, path] = ManagedForDistribution(s, who, document_id);
    if (doc.archived_at) Fail(409, "conflict.archived");
    auto before = store::Distribution(s, document_id);
    store::SetDistribution(s, document_id, targets);
    audit::Append(db_, s, actor,
                  {"document", std::to_string(document_id), "distribute",
                   boost::json::serialize(ReadershipJson(std::nullopt, before, {}).at("targets")),
                   boost::json::serialize(ReadershipJson(std::nullopt, targets, {}).at("targets")), path});
  });
  return Readership(who, document_id, 100);
}

std::pair<std::string, bool> DocumentService::Acknowledge(const auth::Principal& who, db::Id document_id,
                                                          db::Id revision_id, const audit::Actor& actor) {
  std::pair<std::string, bool> out;
  db_.Write([&](soci::session& s) {
    auto [doc, path] = Visible(s, who, document_id);
    if (doc.status != "published" || !doc.current_revision_id) Fail(409, "documents.not_published");
    if (*doc.current_revision_id != revision_id) Fail(409, "documents.not_current_revision", "revision_id");
    if (!store::IsAddressee(s, document_id, who.user_id, Today())) Fail(403, "documents.not_addressee");
    if (auto at = store::AcknowledgedAt(s, revision_id, who.user_id)) {
      out = {*at, false};
      return;
    }
    std::string now = NowTimestamp();
    store::Acknowledge(s, revision_id, who.user_id, now);
    boost::json::object after{{"document_id", document_id}, {"user_id", who.user_id}, {"acknowledged_at", now}};
    audit::Append(db_, s, actor,
                  {"revision", std::to_string(revision_id), "acknowledge", std::nullopt, boost::json::serialize(after),
                   path});
    out = {now, true};
  });
  return out;
}

std::vector<std::pair<Document, std::optional<std::string>>> DocumentService::ReadingList(
    const auth::Principal& who, bool unread_only, std::optional<db::Id> after, int limit) {
  std::vector<std::pair<Document, std::optional<std::string>>> out;
  db_.Read([&](soci::session& s) { out = store::ReadingList(s, ReaderOf(who), unread_only, after, limit); });
  return out;
}

boost::json::object DocumentService::AwaitingMe(const auth::Principal& who, int limit) {
  boost::json::array items;
  db_.Read([&](soci::session& s) {
    for (const auto& [revision_id, waiting_for] : store::AwaitingDecision(s, who.user_id, limit)) {
      auto revision = store::FindRevision(s, revision_id);
      auto doc = store::FindDocument(s, revision->document_id);
      boost::json::object document{{"id", doc->first.id},         {"code", doc->first.code},
                                   {"title", doc->first.title},   {"type", doc->first.type},
                                   {"unit_id", doc->first.unit_id}};
      items.push_back(boost::json::object{
          {"waiting_for", waiting_for}, {"document", std::move(document)}, {"revision", ToJson(*revision, false)}});
    }
  });
  return {{"items", std::move(items)}};
}

void DocumentService::CheckPeople(const auth::Principal& who, const Document& doc, const std::string& unit_path,
                                  const std::vector<db::Id>& reviewers, const std::optional<db::Id>& approver,
                                  db::Id author) {
  // People named on a revision may sit above the author's unit (a department head approving a school's
  // procedure), so what counts is what they may do on this document's unit (auth::RequireNamed).
  std::set<db::Id> seen;
  for (db::Id id : reviewers) {
    if (!seen.insert(id).second) Fail(422, "validation.invalid_value", "reviewer_ids");
    auth::RequireNamed(org_, who, id, Permission::kReviewDocuments, unit_path, "reviewer_ids");
    // A reviewer must be able to read the document: for a restricted one, that means managing its documents.
    if (doc.confidentiality == "restricted" && id != doc.owner_id)
      auth::RequireNamed(org_, who, id, Permission::kManageDocuments, unit_path, "reviewer_ids");
  }
  if (!approver) return;
  if (*approver == author) Fail(422, "documents.self_approval", "approver_id");
  auth::RequireNamed(org_, who, *approver, Permission::kManageDocuments, unit_path, "approver_id");
}

Document DocumentService::Get(const auth::Principal& who, db::Id id) {
  Document out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

namespace {

void CheckFilter(const DocumentFilter& f) {
  const std::vector<std::string> statuses = {"draft", "published", "obsolete"};
  if (f.type && std::find(DocumentTypes().begin(), DocumentTypes().end(), *f.type) == DocumentTypes().end())
    Fail(400, "request.bad_query", "type");
  if (f.status && std::find(statuses.begin(), statuses.end(), *f.status) == statuses.end())
    Fail(400, "request.bad_query", "status");
}

}  // namespace

std::vector<Document> DocumentService::List(const auth::Principal& who, const DocumentFilter& f) {
  CheckFilter(f);
  store::DocumentQuery q;
  q.unit_id = f.unit_id;
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.type = f.type;
  q.status = f.status;
  q.clause_id = f.clause_id;
  q.process_id = f.process_id;
  if (f.review_overdue) q.review_due_before = Today();
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Document> out;
  db_.Read([&](soci::session& s) { out = store::ListDocuments(s, ReaderOf(who), q); });
  return out;
}

Document DocumentService::Create(const auth::Principal& who, const DocumentInput& in, const audit::Actor& actor) {
  CheckText("title", in.title, 300, true);
  CheckOneOf("type", in.type, DocumentTypes());
  CheckOneOf("confidentiality", in.confidentiality, Confidentialities());
  if (in.code) CheckCode(*in.code);
  int months = in.review_months.value_or(DefaultReviewMonths(in.type));
  if (months < 1 || months > 120) Fail(422, "validation.invalid_value", "review_months");
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageDocuments);
  db::Id owner = in.owner_id.value_or(who.user_id);
  if (owner != who.user_id) {
    org_.RequireActiveUser(who, owner, "owner_id");
    auth::RequireNamed(org_, who, owner, Permission::kManageDocuments, unit.path, "owner_id");
  }
  Document d;
  db_.Write([&](soci::session& s) {
    for (db::Id clause : in.clause_ids)
      if (!standards::ClauseExists(s, clause)) Fail(422, "validation.reference_not_found", "clause_ids");
    for (db::Id process : in.process_ids) processes_.CheckVisible(s, who, process, "process_ids");
    if (in.code) {
      if (store::CodeTaken(s, unit.id, *in.code)) Fail(409, "conflict.duplicate", "code");
      d.code = *in.code;
    } else {
      // Skip numbers someone took by hand, so a generated code never collides.
      do {
        char number[16];
        std::snprintf(number, sizeof number, "%02d", store::TakeNextNumber(db_, s, unit.id, in.type));
        d.code = CodePrefix(in.type) + "-" + number;
      } while (store::CodeTaken(s, unit.id, d.code));
    }
    d.unit_id = unit.id;
    d.title = in.title;
    d.type = in.type;
    d.confidentiality = in.confidentiality;
    d.owner_id = owner;
    d.review_months = months;
    d.created_by = who.user_id;
    d.created_at = d.updated_at = NowTimestamp();
    store::InsertDocument(s, d);
    store::SetClauses(s, d.id, in.clause_ids);
    d.clause_ids = in.clause_ids;
    std::sort(d.clause_ids.begin(), d.clause_ids.end());
    store::SetProcesses(s, d.id, in.process_ids);
    d.process_ids = in.process_ids;
    std::sort(d.process_ids.begin(), d.process_ids.end());
    store::IndexDocument(db_, s, d.id, IndexText(s, d, nullptr));
    audit::Append(db_, s, actor, {"document", std::to_string(d.id), "create", std::nullopt, Json(d), unit.path});
  });
  return d;
}

Document DocumentService::Update(const auth::Principal& who, db::Id id, long long version, const DocumentPatch& patch,
                                 const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, 300, true);
  if (patch.confidentiality) CheckOneOf("confidentiality", *patch.confidentiality, Confidentialities());
  if (patch.review_months && (*patch.review_months < 1 || *patch.review_months > 120))
    Fail(422, "validation.invalid_value", "review_months");
  if (patch.owner_id) org_.RequireActiveUser(who, *patch.owner_id, "owner_id");
  Document after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageDocuments, path)) Fail(403, "auth.forbidden");
    if (patch.owner_id) auth::RequireNamed(org_, who, *patch.owner_id, Permission::kManageDocuments, path, "owner_id");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.confidentiality) after.confidentiality = *patch.confidentiality;
    if (patch.owner_id) after.owner_id = *patch.owner_id;
    if (patch.review_months) {
      after.review_months = *patch.review_months;
      if (after.effective_on)
        after.next_review_on =
            FormatDate(AddMonths(*ParseDate(*after.effective_on), after.review_months));
    }
    if (patch.clause_ids) {
      for (db::Id clause : *patch.clause_ids)
        if (!standards::ClauseExists(s, clause)) Fail(422, "validation.reference_not_found", "clause_ids");
      std::vector<db::Id> ids = *patch.clause_ids;
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      store::SetClauses(s, id, ids);
      after.clause_ids = ids;
    }
    if (patch.process_ids) {
      for (db::Id process : *patch.process_ids) processes_.CheckVisible(s, who, process, "process_ids");
      std::vector<db::Id> ids = *patch.process_ids;
      std::sort(ids.begin(), ids.end());
      store::SetProcesses(s, id, ids);
      after.process_ids = ids;
    }
    after.updated_at = NowTimestamp();
    if (!store::UpdateDocument(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    if (patch.title) {
      // The index holds the published text, or the open draft's while nothing is published.
      std::optional<Revision> indexed = after.current_revision_id ? store::FindRevision(s, *after.current_revision_id)
                                                                  : store::OpenRevision(s, id);
      store::IndexDocument(db_, s, id, IndexText(s, after, indexed ? &*indexed : nullptr));
    }
    audit::Append(db_, s, actor, {"document", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

Document DocumentService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Document after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageDocuments, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (store::OpenRevision(s, id)) Fail(409, "documents.open_revision_exists");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!store::UpdateDocument(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"document", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

std::vector<Revision> DocumentService::Revisions(const auth::Principal& who, db::Id document_id) {
  std::vector<Revision> out;
  db_.Read([&](soci::session& s) {
    bool as_addressee_only = false;
    auto [doc, path] = Visible(s, who, document_id, &as_addressee_only);
    out = store::ListRevisions(s, document_id);
    // An addressee reads what is in force, not the drafts around it.
    if (as_addressee_only) std::erase_if(out, [&](const Revision& r) { return r.id != doc.current_revision_id; });
  });
  return out;
}

Revision DocumentService::GetRevision(const auth::Principal& who, db::Id document_id, db::Id revision_id) {
  Revision out;
  db_.Read([&](soci::session& s) {
    out = std::get<Revision>(VisibleRevision(s, who, document_id, revision_id));
  });
  return out;
}

std::tuple<Document, std::string, Revision> DocumentService::VisibleRevision(soci::session& s,
                                                                             const auth::Principal& who,
                                                                             db::Id document_id, db::Id revision_id) {
  bool as_addressee_only = false;
  auto [doc, path] = Visible(s, who, document_id, &as_addressee_only);
  auto r = store::FindRevision(s, revision_id);
  if (!r || r->document_id != document_id) FailNotFound("revision");
  if (as_addressee_only && r->id != doc.current_revision_id) FailNotFound("revision");
  return {doc, path, *r};
}

Revision DocumentService::CreateRevision(const auth::Principal& who, db::Id document_id, const RevisionInput& in,
                                         const audit::Actor& actor) {
  CheckText("change_description", in.change_description, 2000, true);
  if (in.content_markdown) CheckText("content_markdown", *in.content_markdown, kMaxMarkdown, false);
  // Rendering is linear in the text but takes a while at the size limit: it happens before the transaction, so
  // other writers never wait on it.
  std::optional<RenderedContent> given;
  if (in.content_markdown) given = Render(*in.content_markdown);
  Revision r;
  db_.Write([&](soci::session& s) {
    auto [doc, path] = Visible(s, who, document_id);
    if (!who.Can(Permission::kManageDocuments, path)) Fail(403, "auth.forbidden");
    if (doc.archived_at || doc.status == "obsolete") Fail(409, "conflict.archived");
    if (store::OpenRevision(s, document_id)) Fail(409, "documents.open_revision_exists");
    CheckPeople(who, doc, path, in.reviewer_ids, in.approver_id, who.user_id);
    std::string content = in.content_markdown.value_or("");
    std::optional<std::string> text;
    if (given) {
      r.content_html = given->html;
      text = given->text;
    } else if (doc.current_revision_id) {
      // The published revision's HTML was rendered from the same Markdown when it was saved.
      Revision current = *store::FindRevision(s, *doc.current_revision_id);
      content = current.content_markdown;
      r.content_html = current.content_html;
    }
    r.document_id = document_id;
    r.number = store::LastRevisionNumber(s, document_id) + 1;
    r.change_description = in.change_description;
    r.content_markdown = content;
    r.author_id = who.user_id;
    r.approver_id = in.approver_id;
    r.created_at = r.updated_at = NowTimestamp();
    // A revision that starts from the one in force starts with its files too.
    bool copies_current = !in.content_markdown && doc.current_revision_id;
    r.content_hash = ContentHash(
        content, copies_current ? attachments_.HashesOf(s, {"revision", *doc.current_revision_id})
                                : std::vector<std::string>{});
    store::InsertRevision(s, r);
    if (copies_current)
      attachments_.CopyAll(s, {"revision", *doc.current_revision_id}, {"revision", r.id}, who.user_id);
    store::SetReviewers(s, r.id, in.reviewer_ids);
    r.reviewer_ids = in.reviewer_ids;
    // A document never published is found by its draft; a published one keeps its published text in the index.
    if (!doc.current_revision_id)
      store::IndexDocument(db_, s, document_id, IndexText(s, doc, &r, text ? &*text : nullptr));
    audit::Append(db_, s, actor, {"revision", std::to_string(r.id), "create", std::nullopt, Json(r), path});
  });
  return r;
}

Revision DocumentService::UpdateRevision(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                                         long long version, const RevisionPatch& patch, const audit::Actor& actor) {
  if (patch.change_description) CheckText("change_description", *patch.change_description, 2000, true);
  if (patch.content_markdown) CheckText("content_markdown", *patch.content_markdown, kMaxMarkdown, false);
  std::optional<RenderedContent> given;
  if (patch.content_markdown) given = Render(*patch.content_markdown);
  Revision after;
  db_.Write([&](soci::session& s) {
    auto [doc, path] = Visible(s, who, document_id);
    auto before = store::FindRevision(s, revision_id);
    if (!before || before->document_id != document_id) FailNotFound("revision");
    auth::Require(who, Permission::kManageDocuments, path, before->author_id == who.user_id);
    if (before->status != RevisionStatus::kDraft) Fail(409, "documents.not_editable");
    if (before->version != version) FailStale(before->version);
    after = *before;
    if (patch.change_description) after.change_description = *patch.change_description;
    if (patch.content_markdown) {
      after.content_markdown = *patch.content_markdown;
      after.content_html = given->html;
      after.content_hash = ContentHash(after.content_markdown, attachments_.HashesOf(s, {"revision", revision_id}));
    }
    if (patch.approver_present) after.approver_id = patch.approver_id;
    if (patch.reviewer_ids) after.reviewer_ids = *patch.reviewer_ids;
    CheckPeople(who, doc, path, after.reviewer_ids, after.approver_id, after.author_id);
    after.updated_at = NowTimestamp();
    if (!store::UpdateRevision(s, after, version)) FailStale(before->version);
    if (patch.reviewer_ids) store::SetReviewers(s, revision_id, after.reviewer_ids);
    after.version = before->version + 1;
    if (!doc.current_revision_id && patch.content_markdown)
      store::IndexDocument(db_, s, document_id, IndexText(s, doc, &after, &given->text));
    audit::Append(db_, s, actor, {"revision", std::to_string(revision_id), "update", Json(*before), Json(after), path});
  });
  return after;
}

Revision DocumentService::Decide(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                                 const DecisionInput& in, const audit::Actor& actor) {
  if (in.comment) CheckText("comment", *in.comment, 2000, false);
  std::optional<std::chrono::year_month_day> effective;
  if (in.effective_on) {
    if (in.action != "publish") Fail(422, "validation.unknown_field", "effective_on");
    effective = ParseDate(*in.effective_on);
    if (!effective) Fail(422, "validation.invalid_date", "effective_on");
    if (*in.effective_on < Today()) Fail(422, "validation.invalid_value", "effective_on");
  }
  Revision after;
  db_.Write([&](soci::session& s) {
    auto [doc, path] = Visible(s, who, document_id);
    if (doc.archived_at) Fail(409, "conflict.archived");
    auto before = store::FindRevision(s, revision_id);
    if (!before || before->document_id != document_id) FailNotFound("revision");
    if (before->version != in.version) FailStale(before->version);
    Roles roles;
    auto author = auth::PartOf(who, before->author_id == who.user_id, Permission::kManageDocuments, path);
    roles.author = author.plays;
    bool named_reviewer = std::count(before->reviewer_ids.begin(), before->reviewer_ids.end(), who.user_id) > 0;
    auto reviewer = auth::PartOf(who, named_reviewer, Permission::kReviewDocuments, path);
    auto approver = auth::PartOf(who, before->approver_id == who.user_id, Permission::kManageDocuments, path);
    roles.reviewer = reviewer.plays;
    roles.approver = approver.plays;
    roles.manager = who.Can(Permission::kManageDocuments, path);
    // Endorsements count from the latest submission on.
    size_t since = 0;
    for (size_t i = 0; i < before->decisions.size(); ++i)
      if (before->decisions[i].action == "submit") since = i;
    std::set<db::Id> endorsed;
    for (size_t i = since; i < before->decisions.size(); ++i)
      if (before->decisions[i].action == "endorse" && before->decisions[i].content_hash == before->content_hash)
        endorsed.insert(before->decisions[i].user_id);
    RevisionFacts facts;
    facts.status = before->status;
    facts.has_approver = before->approver_id.has_value();
    facts.approver_is_author = before->approver_id == before->author_id;
    facts.all_reviewers_endorsed = std::all_of(before->reviewer_ids.begin(), before->reviewer_ids.end(),
                                               [&](db::Id id) { return endorsed.count(id) > 0; });
    facts.caller_endorsed = endorsed.count(who.user_id) > 0;
    facts.has_comment = in.comment && in.comment->find_first_not_of(" \t\r\n") != std::string::npos;
    facts.has_effective_date = effective.has_value();
    auto verdict = CheckAction(in.action, roles, facts);
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(auth::Explained(*problem, {author, reviewer, approver}));
    after = *before;
    after.status = std::get<RevisionStatus>(verdict);
    std::string now = NowTimestamp();
    after.updated_at = now;
    Document doc_after = doc;
    if (in.action == "publish") {
      after.effective_on = in.effective_on;
      after.published_at = now;
      store::SupersedeOthers(s, document_id, revision_id, now);
      doc_after.status = "published";
      doc_after.current_revision_id = revision_id;
      doc_after.effective_on = in.effective_on;
      doc_after.next_review_on = FormatDate(AddMonths(*effective, doc.review_months));
      store::IndexDocument(db_, s, document_id, IndexText(s, doc, &after));
    } else if (in.action == "withdraw") {
      doc_after.status = "obsolete";
      doc_after.next_review_on.reset();
    }
    if (!store::UpdateRevision(s, after, in.version)) FailStale(before->version);
    after.version = before->version + 1;
    Decision decision{0, who.user_id, in.action, in.comment.value_or(""), before->content_hash, now};
    store::InsertDecision(s, revision_id, decision);
    after.decisions.push_back(decision);
    if (doc_after.status != doc.status || doc_after.current_revision_id != doc.current_revision_id) {
      doc_after.updated_at = now;
      if (!store::UpdateDocument(s, doc_after, doc.version)) FailStale(doc.version);
      audit::Append(db_, s, actor, {"document", std::to_string(document_id), in.action, Json(doc), Json(doc_after), path});
    }
    boost::json::object after_json = ToJson(after, false);
    after_json["decision"] = boost::json::object{{"action", in.action}, {"comment", decision.comment},
                                                 {"content_hash", decision.content_hash}};
    audit::Append(db_, s, actor,
                  {"revision", std::to_string(revision_id), in.action, Json(*before),
                   boost::json::serialize(after_json), path});
  });
  return after;
}

boost::json::object DocumentService::Evidence(const auth::Principal& who, db::Id standard_id,
                                              std::optional<db::Id> within) {
  auto standard = standards::GetStandard(db_, standard_id);
  if (!standard) FailNotFound("standard");
  auto clauses = standards::ListClauses(db_, standard_id);
  std::erase_if(clauses, [](const standards::Clause& c) { return c.kind != "clause"; });
  auto correspondences = standards::ListCorrespondences(db_, standard_id, std::nullopt);
  std::vector<db::Id> standard_ids = {standard_id};
  for (const auto& c : correspondences)
    for (db::Id other : {c.from.standard_id, c.to.standard_id})
      if (std::find(standard_ids.begin(), standard_ids.end(), other) == standard_ids.end()) standard_ids.push_back(other);
  std::optional<std::string> within_path;
  if (within) within_path = org_.GetUnit(&who, *within).path;
  std::vector<LinkedDocument> links;
  db_.Read([&](soci::session& s) {
    for (auto& [clause_id, doc] : store::LinkedToStandards(s, ReaderOf(who), standard_ids, within_path))
      links.push_back({clause_id, std::move(doc)});
  });
  std::vector<db::Id> clause_ids;
  for (const auto& clause : clauses) clause_ids.push_back(clause.id);
  for (const auto& c : correspondences)
    for (db::Id id : {c.from.id, c.to.id}) clause_ids.push_back(id);
  std::sort(clause_ids.begin(), clause_ids.end());
  clause_ids.erase(std::unique(clause_ids.begin(), clause_ids.end()), clause_ids.end());
  EvidenceLinks linked;
  linked.documents = std::move(links);
  for (auto& [clause_id, process] : processes_.LinkedToClauses(who, clause_ids, within_path))
    linked.processes.push_back({clause_id, std::move(process)});
  for (auto& [clause_id, record] : records_.LinkedToClauses(who, clause_ids, within_path))
    linked.records.push_back({clause_id, std::move(record)});
  auto report = BuildEvidence(standard_id, clauses, standards::ListMandatoryItems(db_, standard_id), correspondences,
                              linked, Today());
  report.json["standard"] = standards::ToJson(*standard);
  return report.json;
}

std::vector<SearchHit> DocumentService::Search(const auth::Principal& who, const std::string& text,
                                               const DocumentFilter& f) {
  CheckFilter(f);
  store::SearchQuery q;
  q.terms = QueryTerms(text);
  if (q.terms.empty()) Fail(400, "request.bad_query", "q");
  q.filters.unit_id = f.unit_id;
  if (f.within) q.filters.within_path = org_.GetUnit(&who, *f.within).path;
  q.filters.type = f.type;
  q.filters.status = f.status;
  q.filters.clause_id = f.clause_id;
  q.filters.process_id = f.process_id;
  q.filters.limit = f.limit;
  std::vector<SearchHit> hits;
  db_.Read([&](soci::session& s) {
    for (auto& [doc, original] : store::Search(db_, s, ReaderOf(who), q))
      hits.push_back({std::move(doc), Snippet(original, q.terms)});
  });
  return hits;
}

}  // namespace eduims::documents
