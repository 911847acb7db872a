// Controlled documents (policies, manuals, procedures, work instructions, forms, plans, external documents) and
// their revisions. A document's published revision is what its readers follow; every other revision is history
// or work in progress.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "documents/workflow.h"
#include "platform/db/database.h"

namespace eduims::documents {

const std::vector<std::string>& DocumentTypes();
const std::vector<std::string>& Confidentialities();
// "QT" for procedures ("quy trình"), "CS" for policies, ...: the prefix of generated codes such as QT-07.
std::string CodePrefix(const std::string& type);
// Months between periodic reviews when the document does not say.
int DefaultReviewMonths(const std::string& type);

struct Document {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string code, title, type, confidentiality = "internal";
  db::Id owner_id = 0;
  int review_months = 12;
  std::string status = "draft";
  std::optional<db::Id> current_revision_id;
  std::optional<std::string> open_revision_status;  // of its draft, review or approval under way; read, not written
  std::optional<std::string> effective_on, next_review_on;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
  std::vector<db::Id> clause_ids;
  std::vector<db::Id> process_ids;  // the processes this document describes (sorted)
};

struct Decision {
  db::Id id = 0;
  db::Id user_id = 0;
  std::string action, comment, content_hash, at;
};

struct Revision {
  db::Id id = 0;
  db::Id document_id = 0;
  int number = 1;
  std::string change_description, content_markdown, content_html, content_hash;
  RevisionStatus status = RevisionStatus::kDraft;
  db::Id author_id = 0;
  std::optional<db::Id> approver_id;
  std::optional<std::string> effective_on, published_at;
  long long version = 1;
  std::string created_at, updated_at;
  std::vector<db::Id> reviewer_ids;
  std::vector<Decision> decisions;
};

struct SearchHit {
  Document document;
  std::string snippet;  // HTML: escaped text with <mark> around matches
};

// `today` ("YYYY-MM-DD") decides the derived "review_overdue".
boost::json::object ToJson(const Document& d, const std::string& today);
// With `full`, the content, reviewers and decisions; otherwise a summary for lists.
boost::json::object ToJson(const Revision& r, bool full);

}  // namespace eduims::documents
