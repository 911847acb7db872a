// The rules of controlled documents: who may read which document (unit subtree and confidentiality), numbering,
// one open revision at a time, the approval workflow with its recorded decisions, publication that supersedes
// the previous revision atomically, and search limited to what the reader may see. Failures are ProblemError.
#pragma once
#include <functional>
#include <optional>
#include <tuple>
#include <string>
#include <vector>

#include "attachments/service.h"
#include "documents/distribution.h"
#include "documents/markdown.h"
#include "documents/model.h"
#include "documents/store.h"
#include "org/service.h"
#include "processes/service.h"
#include "records/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "platform/i18n/language.h"

namespace eduims::documents {

struct DocumentInput {
  db::Id unit_id = 0;
  std::optional<std::string> code;  // generated (QT-07) when absent
  std::string title, type;
  std::string confidentiality = "internal";
  std::optional<db::Id> owner_id;   // the creator when absent
  std::optional<int> review_months;  // the type's default when absent
  std::vector<db::Id> clause_ids;
  std::vector<db::Id> process_ids;
};

struct DocumentPatch {
  std::optional<std::string> title, confidentiality;
  std::optional<db::Id> owner_id;
  std::optional<int> review_months;
  std::optional<std::vector<db::Id>> clause_ids;
  std::optional<std::vector<db::Id>> process_ids;
};

struct DocumentFilter {
  std::optional<db::Id> unit_id, within, clause_id, process_id;
  std::optional<std::string> type, status;
  bool review_overdue = false;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

struct RevisionInput {
  std::string change_description;
  std::optional<std::string> content_markdown;  // the published content when absent
  std::vector<db::Id> reviewer_ids;
  std::optional<db::Id> approver_id;
};

struct RevisionPatch {
  std::optional<std::string> change_description, content_markdown;
  std::optional<std::vector<db::Id>> reviewer_ids;
  bool approver_present = false;
  std::optional<db::Id> approver_id;
};

struct DecisionInput {
  std::string action;
  std::optional<std::string> comment;
  std::optional<std::string> effective_on;
  long long version = 0;
};

// The hash of the content decided on: the Markdown's SHA-256, or with attached files, that of the Markdown followed
// by the files' SHA-256 (`hashes`, in upload order).
std::string ContentHash(const std::string& markdown, const std::vector<std::string>& hashes);

// Markdown to safe HTML; RenderMarkdown, or in tests a renderer that watches when it is called.
using MarkdownRenderer = std::function<std::string(std::string_view)>;

class DocumentService {
 public:
  DocumentService(db::Database& db, org::OrgService& org, processes::ProcessService& processes,
                  records::RecordService& records, MarkdownRenderer render = RenderMarkdown)
      : db_(db), org_(org), processes_(processes), records_(records), render_(std::move(render)) {}

  Document Get(const auth::Principal& who, db::Id id);
  std::vector<Document> List(const auth::Principal& who, const DocumentFilter& filter);
  Document Create(const auth::Principal& who, const DocumentInput& input, const audit::Actor& actor);
  Document Update(const auth::Principal& who, db::Id id, long long version, const DocumentPatch& patch,
                  const audit::Actor& actor);
  Document Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);

  std::vector<Revision> Revisions(const auth::Principal& who, db::Id document_id);
  Revision GetRevision(const auth::Principal& who, db::Id document_id, db::Id revision_id);
  Revision CreateRevision(const auth::Principal& who, db::Id document_id, const RevisionInput& input,
                          const audit::Actor& actor);
  Revision UpdateRevision(const auth::Principal& who, db::Id document_id, db::Id revision_id, long long version,
                          const RevisionPatch& patch, const audit::Actor& actor);
  Revision Decide(const auth::Principal& who, db::Id document_id, db::Id revision_id, const DecisionInput& input,
                  const audit::Actor& actor);

  // The clause evidence and mandatory documented information checklist of a standard, counting documents the
  // caller may see (within the subtree of `within`, when given).
  boost::json::object Evidence(const auth::Principal& who, db::Id standard_id, std::optional<db::Id> within);

  std::vector<SearchHit> Search(const auth::Principal& who, const std::string& text, const DocumentFilter& filter);

  // Distribution and acknowledgement. The document managers of its unit (its owner only as one of them) set the
  // distribution and see its readership (with at most `pending_limit` addressees still to read); an addressee may read the published
  // revision of a document distributed to them even outside the subtrees they may view.
  boost::json::object Readership(const auth::Principal& who, db::Id document_id, int pending_limit);
  boost::json::object SetDistribution(const auth::Principal& who, db::Id document_id,
                                      const std::vector<DistributionTarget>& targets, const audit::Actor& actor);
  // The acknowledgement time, and whether this call made it (a second acknowledgement changes nothing).
  std::pair<std::string, bool> Acknowledge(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                                           const audit::Actor& actor);
  // Files of a revision (PDF, Office documents, images): attached and removed while the revision is a draft, by a
  // document manager (its author too only as one); read by whoever may read the revision. Their text is searched with the revision's
  // and their SHA-256 is part of the content hash reviewers and the approver decide on.
  attachments::Attachment AttachFile(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                                     std::shared_ptr<const http::SpoolPath> file, const std::string& file_name,
                                     const audit::Actor& actor);
  // Fails as AttachFile would for `who`, before the file is received.
  void AdmitFile(const auth::Principal& who, db::Id document_id, db::Id revision_id);
  std::vector<attachments::Attachment> Files(const auth::Principal& who, db::Id document_id, db::Id revision_id);
  http::Response DownloadFile(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                              db::Id attachment_id);
  attachments::Attachment RemoveFile(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                                     db::Id attachment_id, const audit::Actor& actor);

  // A revision that has been published, as a PDF controlled copy in `language` (see controlled_copy.cc).
  http::Response ControlledCopy(const auth::Principal& who, db::Id document_id, db::Id revision_id,
                                Language language);

  // The revisions waiting for the caller's decision (store::AwaitingDecision), at most `limit`, each with its
  // document: {"items": [{"waiting_for", "document": {id, code, title, unit_id, type}, "revision": summary}]}.
  boost::json::object AwaitingMe(const auth::Principal& who, int limit);

  std::vector<std::pair<Document, std::optional<std::string>>> ReadingList(const auth::Principal& who,
                                                                           bool unread_only,
                                                                           std::optional<db::Id> after, int limit);

  // The audit trail's guard (audit/content_guard.h) for entries of kAuditedEntities: whether `who` may read what
  // an entry of a document, of one of its revisions or of a revision's file says, i.e. may open the document now.
  static inline const std::vector<std::string> kAuditedEntities = {"document", "revision", "attachment"};
  bool MayReadAuditContent(const auth::Principal& who, const audit::Entry& entry);

 private:
  struct RenderedContent {
    std::string html, text;  // render_'s HTML and MarkdownText's search text
  };
  RenderedContent Render(std::string_view markdown) const { return {render_(markdown), MarkdownText(markdown)}; }

  // The document if `who` may read it; `as_addressee_only` is set when only its distribution lets them.
  std::pair<Document, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id,
                                           bool* as_addressee_only = nullptr);
  std::pair<Document, std::string> ManagedForDistribution(soci::session& s, const auth::Principal& who, db::Id id);
  // The reviewers (review_documents; manage_documents too on a restricted document they do not own) and the
  // approver (manage_documents) `who` names on a revision of `doc`, as auth::RequireNamed checks them.
  void CheckPeople(const auth::Principal& who, const Document& doc, const std::string& unit_path,
                   const std::vector<db::Id>& reviewers, const std::optional<db::Id>& approver, db::Id author);
  store::Reader ReaderOf(const auth::Principal& who) const;
  // The revision `revision_id` of the document, if `who` may read it (an addressee only the revision in force).
  std::tuple<Document, std::string, Revision> VisibleRevision(soci::session& s, const auth::Principal& who,
                                                              db::Id document_id, db::Id revision_id);
  // A draft revision whose files `who` may change: its author or a document manager.
  std::tuple<Document, std::string, Revision> EditableRevision(soci::session& s, const auth::Principal& who,
                                                               db::Id document_id, db::Id revision_id);
  // What the search index holds for `doc` showing `revision` (none: code and title only). `revision_text` is the
  // revision's MarkdownText when the caller has it already (computed before the transaction).
  std::string IndexText(soci::session& s, const Document& doc, const Revision* revision,
                        const std::string* revision_text = nullptr) const;
  // After files changed: a new content hash, a new version, and the index if the revision is the one indexed.
  void FilesChanged(soci::session& s, const Document& doc, Revision& revision);

  db::Database& db_;
  org::OrgService& org_;
  processes::ProcessService& processes_;
  records::RecordService& records_;
  MarkdownRenderer render_;
  attachments::AttachmentService attachments_;
};

}  // namespace eduims::documents
