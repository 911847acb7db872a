// All SQL of the documents module, the search index's two dialects (SQLite FTS5, PostgreSQL tsvector) included.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "documents/distribution.h"
#include "documents/model.h"

namespace eduims::documents::store {

// Who is asking, for the visibility rule: a document is visible in the `view_scope` subtrees, except restricted
// ones, which need the `manage_scope` or being the owner; and, wherever it is, a published document distributed to
// the reader (they belong to `unit_path`, the path of their own unit).
struct Reader {
  db::Id user_id = 0;
  std::vector<std::string> view_scope;
  std::vector<std::string> manage_scope;
  std::string unit_path;
  std::string today;  // "YYYY-MM-DD": only grants in force then make the reader an addressee
};

struct DocumentQuery {
  std::optional<db::Id> unit_id;
  std::optional<std::string> within_path;
  std::optional<std::string> type, status;
  std::optional<db::Id> clause_id, process_id;
  std::optional<std::string> review_due_before;  // published with next_review_on before this date
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// The document with its unit's path.
std::optional<std::pair<Document, std::string>> FindDocument(soci::session& s, db::Id id);
// The documents `reader` may read (those of their subtrees and those distributed to them) that pass the filters, by
// id after query.after.
std::vector<Document> ListDocuments(soci::session& s, const Reader& reader, const DocumentQuery& query);
bool CodeTaken(soci::session& s, db::Id unit_id, const std::string& code);
// Takes the next number of the unit's sequence for `type` (locking it), e.g. 7 for QT-07.
int TakeNextNumber(db::Database& db, soci::session& s, db::Id unit_id, const std::string& type);
void InsertDocument(soci::session& s, Document& d);
bool UpdateDocument(soci::session& s, const Document& d, long long expected_version);
void SetClauses(soci::session& s, db::Id document_id, const std::vector<db::Id>& clause_ids);
void SetProcesses(soci::session& s, db::Id document_id, const std::vector<db::Id>& process_ids);

std::optional<Revision> FindRevision(soci::session& s, db::Id revision_id);
std::vector<Revision> ListRevisions(soci::session& s, db::Id document_id);
// The open revisions waiting for `user_id`, oldest change first, at most `limit`: (revision id, what for) where
// what is "review" (named reviewer who has not endorsed the current content), "approval" (named approver of one in
// review) or "publication" (named approver of an approved one). Revisions of archived documents are left out.
std::vector<std::pair<db::Id, std::string>> AwaitingDecision(soci::session& s, db::Id user_id, int limit);
std::optional<Revision> OpenRevision(soci::session& s, db::Id document_id);
int LastRevisionNumber(soci::session& s, db::Id document_id);
void InsertRevision(soci::session& s, Revision& r);
bool UpdateRevision(soci::session& s, const Revision& r, long long expected_version);
void SetReviewers(soci::session& s, db::Id revision_id, const std::vector<db::Id>& user_ids);
void InsertDecision(soci::session& s, db::Id revision_id, Decision& d);
// Marks every published revision of the document other than `keep` superseded; returns their ids.
std::vector<db::Id> SupersedeOthers(soci::session& s, db::Id document_id, db::Id keep, const std::string& at);

// Documents visible to `reader` (optionally within a subtree) linked to any clause of `standard_ids`.
std::vector<std::pair<db::Id, Document>> LinkedToStandards(soci::session& s, const Reader& reader,
                                                           const std::vector<db::Id>& standard_ids,
                                                           const std::optional<std::string>& within_path);

// Replaces the document's entry in the search index.
void IndexDocument(db::Database& db, soci::session& s, db::Id document_id, const std::string& original);

struct SearchQuery {
  std::vector<std::string> terms;  // folded words, letters and digits only
  DocumentQuery filters;
};
// Matches in the code or title first, then matches in the content only, newest first in each; at most
// filters.limit, with the original text of each for its snippet.
std::vector<std::pair<Document, std::string>> Search(db::Database& db, soci::session& s, const Reader& reader,
                                                     const SearchQuery& query);

// Distribution and acknowledgement (distribution.h).
std::vector<DistributionTarget> Distribution(soci::session& s, db::Id document_id);
void SetDistribution(soci::session& s, db::Id document_id, const std::vector<DistributionTarget>& targets);
// Whether the document is distributed to `user_id`, through grants in force on `today` (ReachedUsersSql).
bool IsAddressee(soci::session& s, db::Id document_id, db::Id user_id, const std::string& today);
// Whether `reader` may read the document as one of its addressees: published, not archived and distributed to them.
bool ReadableAsAddressee(soci::session& s, const Reader& reader, db::Id document_id);
// Addressees and acknowledgements of `revision_id` per unit of the addressees, by unit name.
std::vector<UnitReadership> Readership(soci::session& s, db::Id document_id, db::Id revision_id,
                                       const std::string& today);
// Addressees who have not acknowledged `revision_id`, by id: (user id, unit id), at most `limit`.
std::vector<std::pair<db::Id, db::Id>> NotYetRead(soci::session& s, db::Id document_id, db::Id revision_id, int limit,
                                                  const std::string& today);
// The addressees of the document among the enabled people of the subtree at `path`, each with whether they
// acknowledged `revision_id`: (user id, 1 or 0).
std::vector<std::pair<db::Id, db::Id>> AddresseesWithin(soci::session& s, db::Id document_id, db::Id revision_id,
                                                        const std::string& path, const std::string& today);
// When `user_id` acknowledged `revision_id`, if they did.
std::optional<std::string> AcknowledgedAt(soci::session& s, db::Id revision_id, db::Id user_id);
void Acknowledge(soci::session& s, db::Id revision_id, db::Id user_id, const std::string& at);
// Published, live documents distributed to the reader, by id after `after`, with when the user acknowledged the
// revision in force (nullopt: still to read). Only those not yet acknowledged when `unread_only`.
std::vector<std::pair<Document, std::optional<std::string>>> ReadingList(soci::session& s, const Reader& reader,
                                                                         bool unread_only,
                                                                         std::optional<db::Id> after, int limit);

}  // namespace eduims::documents::store
