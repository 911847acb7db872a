#include "documents/store.h"

#include <set>
#include <tuple>
#include <unordered_map>

#include "org/members.h"
#include "org/store.h"
#include "platform/db/query.h"
#include "platform/i18n/fold.h"

namespace eduims::documents::store {
namespace {

// The statuses of a revision under way (the partial index document_revisions_open holds one per document).
const std::string kOpenStatuses = "('draft', 'in_review', 'changes_requested', 'approved')";

// The last column is the status of the revision under way, so that a list says "in review" without asking per row.
const std::string kDocumentColumns =
    "d.id, d.unit_id, d.code, d.title, d.type, d.confidentiality, d.owner_id, d.review_months, d.status, "
    "d.current_revision_id, d.effective_on, d.next_review_on, d.version, d.created_by, d.created_at, d.updated_at, "
    "d.archived_at, u.path, (SELECT o.status FROM document_revisions o WHERE o.document_id = d.id AND o.status IN " +
    kOpenStatuses + ") AS open_revision_status";

template <class T>
std::optional<T> Opt(const T& v, soci::indicator ind) {
  return ind == soci::i_ok ? std::optional<T>(v) : std::nullopt;
}

struct DocumentReader {
  Document d;
  std::string path, effective, review, archived, open;
  db::Id current = 0, created_by = 0;
  soci::indicator current_ind, effective_ind, review_ind, by_ind, archived_ind, open_ind;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(d.id));
    st.exchange(soci::into(d.unit_id));
    st.exchange(soci::into(d.code));
    st.exchange(soci::into(d.title));
    st.exchange(soci::into(d.type));
    st.exchange(soci::into(d.confidentiality));
    st.exchange(soci::into(d.owner_id));
    st.exchange(soci::into(d.review_months));
    st.exchange(soci::into(d.status));
    st.exchange(soci::into(current, current_ind));
    st.exchange(soci::into(effective, effective_ind));
    st.exchange(soci::into(review, review_ind));
    st.exchange(soci::into(d.version));
    st.exchange(soci::into(created_by, by_ind));
    st.exchange(soci::into(d.created_at));
    st.exchange(soci::into(d.updated_at));
    st.exchange(soci::into(archived, archived_ind));
    st.exchange(soci::into(path));
    st.exchange(soci::into(open, open_ind));
  }
  std::pair<Document, std::string> Take() const {
    Document out = d;
    out.current_revision_id = Opt(current, current_ind);
    out.effective_on = Opt(effective, effective_ind);
    out.next_review_on = Opt(review, review_ind);
    out.created_by = Opt(created_by, by_ind);
    out.archived_at = Opt(archived, archived_ind);
    out.open_revision_status = Opt(open, open_ind);
    return {out, path};
  }
};

const char* kRevisionColumns =
    "id, document_id, number, change_description, content_markdown, content_html, content_hash, status, author_id, "
    "approver_id, effective_on, published_at, version, created_at, updated_at";

struct RevisionReader {
  Revision r;
  std::string status, effective, published;
  db::Id approver = 0;
  soci::indicator approver_ind, effective_ind, published_ind;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.document_id));
    st.exchange(soci::into(r.number));
    st.exchange(soci::into(r.change_description));
    st.exchange(soci::into(r.content_markdown));
    st.exchange(soci::into(r.content_html));
    st.exchange(soci::into(r.content_hash));
    st.exchange(soci::into(status));
    st.exchange(soci::into(r.author_id));
    st.exchange(soci::into(approver, approver_ind));
    st.exchange(soci::into(effective, effective_ind));
    st.exchange(soci::into(published, published_ind));
    st.exchange(soci::into(r.version));
    st.exchange(soci::into(r.created_at));
    st.exchange(soci::into(r.updated_at));
  }
  Revision Take() const {
    Revision out = r;
    out.status = ParseRevisionStatus(status).value_or(RevisionStatus::kDraft);
    out.approver_id = Opt(approver, approver_ind);
    out.effective_on = Opt(effective, effective_ind);
    out.published_at = Opt(published, published_ind);
    return out;
  }
};

struct DecisionReader {
  Decision d;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(d.id));
    st.exchange(soci::into(d.user_id));
    st.exchange(soci::into(d.action));
    st.exchange(soci::into(d.comment));
    st.exchange(soci::into(d.content_hash));
    st.exchange(soci::into(d.at));
  }
  Decision Take() const { return d; }
};

std::vector<db::Id> Ids(soci::session& s, const std::string& sql, db::Id value) {
  db::Binds b;
  b.Id("v", value);
  return db::FetchIds(s, sql, b);
}

void LoadClauses(soci::session& s, Document& d) {
  d.clause_ids = Ids(s, "SELECT clause_id FROM document_clauses WHERE document_id = :v ORDER BY clause_id", d.id);
  d.process_ids =
      Ids(s, "SELECT process_id FROM document_processes WHERE document_id = :v ORDER BY process_id", d.id);
}

// The clause and process links of every document of `rows`: two statements per slice of ids, not two per document.
template <class Row, class DocumentOf>
void LoadLinks(soci::session& s, std::vector<Row>& rows, DocumentOf document_of) {
  std::unordered_map<db::Id, Document*> by_id;
  std::vector<db::Id> ids;
  for (auto& row : rows) {
    Document& d = document_of(row);
    d.clause_ids.clear();
    d.process_ids.clear();
    by_id[d.id] = &d;
    ids.push_back(d.id);
  }
  for (const auto& slice : db::PaddedIdSlices(ids)) {
    for (const auto& [table, column, into] :
         {std::tuple{"document_clauses", "clause_id", &Document::clause_ids},
          std::tuple{"document_processes", "process_id", &Document::process_ids}}) {
      db::Binds b;
      std::string sql = std::string("SELECT document_id, ") + column + " FROM " + table + " WHERE document_id IN " +
                        db::IdList(slice, "d", b) + " ORDER BY document_id, " + column;
      for (const auto& [document_id, linked_id] : db::FetchAll<db::IdPairReader>(s, sql, b))
        (by_id.at(document_id)->*into).push_back(linked_id);
    }
  }
}

Document& Itself(Document& d) { return d; }

// The roles that let their holders read documents: only their grants make someone an addressee.
const std::vector<auth::Role>& ReadingRoles() {
  static const std::vector<auth::Role> roles = [] {
    std::vector<auth::Role> out;
    for (auth::Role role : auth::AllRoles())
      if (auth::RoleHasPermission(role, auth::Permission::kViewDocuments)) out.push_back(role);
    return out;
  }();
  return roles;
}

// (user_id, unit_id) of the users `document_sql` (an expression: a bind or a column) is distributed to on `today`,
// bound in `b` (once per statement: every use binds the same date).
std::string Reached(const std::string& document_sql, db::Binds& b, const std::string& today,
                    const std::string& user_condition = "1 = 1") {
  return org::store::ReachedUsersSql("document_distribution", "t.document_id = " + document_sql, user_condition,
                                     b.Text("reached_on", today), ReadingRoles());
}

// The filters of a query; their binds are named after `prefix`, so one statement can apply them twice.
std::string Filters(const DocumentQuery& q, db::Binds& b, const std::string& prefix) {
  std::string where = "1 = 1";
  if (q.unit_id) where += " AND d.unit_id = " + b.Id(prefix + "unit_id", *q.unit_id);
  if (q.type) where += " AND d.type = " + b.Text(prefix + "type", *q.type);
  if (q.status) where += " AND d.status = " + b.Text(prefix + "status", *q.status);
  if (q.clause_id)
    where += " AND EXISTS (SELECT 1 FROM document_clauses c WHERE c.document_id = d.id AND c.clause_id = " +
             b.Id(prefix + "clause_id", *q.clause_id) + ")";
  if (q.process_id)
    where += " AND EXISTS (SELECT 1 FROM document_processes dp WHERE dp.document_id = d.id AND dp.process_id = " +
             b.Id(prefix + "process_id", *q.process_id) + ")";
  if (q.review_due_before)
    where += " AND d.status = 'published' AND d.next_review_on < " +
             b.Text(prefix + "review_due", *q.review_due_before);
  if (!q.include_archived) where += " AND d.archived_at IS NULL";
  if (q.after) where += " AND d.id > " + b.Id(prefix + "after", *q.after);
  return where;
}

// Documents of the reader's subtrees (within q.within_path); restricted ones only for their owner and their unit's
// document managers.
std::string InSubtrees(const Reader& reader, const DocumentQuery& q, db::Binds& b) {
  return db::SubtreeClause(db::ScopeWithin(reader.view_scope, q.within_path), "u.path", b, "view") +
         " AND (d.confidentiality <> 'restricted' OR d.owner_id = " + b.Id("reader", reader.user_id) + " OR " +
         db::SubtreeClause(reader.manage_scope, "u.path", b, "manage") + ")";
}

// Published, live documents distributed to the reader, wherever they are (within q.within_path): what an addressee
// may read, for a document by id, the reading list, the list and the search alike. A target that reaches the
// reader is on a unit of the path of the reader's own unit, so only those units' targets are read (through an
// index, never the whole distribution), and Reached() decides for each.
std::string DistributedToReader(const Reader& reader, const DocumentQuery& q, db::Binds& b) {
  std::vector<std::string> own_path;
  for (size_t end = reader.unit_path.find('/', 1); end != std::string::npos; end = reader.unit_path.find('/', end + 1))
    own_path.push_back(reader.unit_path.substr(0, end + 1));
  if (own_path.empty()) return "1 = 0";
  std::string units;
  for (size_t i = 0; i < own_path.size(); ++i)
    units += (i ? ", " : "") + b.Text("own_path" + std::to_string(i), own_path[i]);
  std::string where =
      "d.status = 'published' AND d.archived_at IS NULL AND d.id IN (SELECT t0.document_id FROM "
      "document_distribution t0 JOIN units a ON a.id = t0.unit_id WHERE a.path IN (" +
      units + ") AND EXISTS (" +
      Reached("t0.document_id", b, reader.today, "p.id = " + b.Id("addressee", reader.user_id)) + "))";
  if (q.within_path) where += " AND " + db::SubtreeClause({*q.within_path}, "u.path", b, "within");
  return where;
}

// What the reader may read that passes the filters, as one condition: for the search, where the index's matches
// drive the statement and each is tested.
std::string Readable(const Reader& reader, const DocumentQuery& q, db::Binds& b) {
  return "((" + InSubtrees(reader, q, b) + ") OR (" + DistributedToReader(reader, q, b) + ")) AND " + Filters(q, b, "");
}

// The visibility rule of the clause evidence: documents of the reader's subtrees only.
std::string Where(const Reader& reader, const DocumentQuery& q, db::Binds& b) {
  return InSubtrees(reader, q, b) + " AND " + Filters(q, b, "");
}

}  // namespace

std::optional<std::pair<Document, std::string>> FindDocument(soci::session& s, db::Id id) {
  db::Binds b;
  std::string sql = std::string("SELECT ") + kDocumentColumns +
                    " FROM documents d JOIN units u ON u.id = d.unit_id WHERE d.id = " + b.Id("id", id);
  auto rows = db::FetchAll<DocumentReader>(s, sql, b);
  if (rows.empty()) return std::nullopt;
  LoadClauses(s, rows.front().first);
  return rows.front();
}

std::vector<Document> ListDocuments(soci::session& s, const Reader& reader, const DocumentQuery& q) {
  // Two pages, each read through its own index, merged: one condition holding both rules would have the engine
  // walk every document in id order to fill a page of a small subtree.
  db::Binds b;
  std::string from =
      std::string("SELECT ") + kDocumentColumns + " FROM documents d JOIN units u ON u.id = d.unit_id WHERE ";
  std::string page = " ORDER BY d.id LIMIT " + std::to_string(q.limit);
  std::string sql = "SELECT * FROM (" + from + InSubtrees(reader, q, b) + " AND " + Filters(q, b, "") + page +
                    ") seen UNION SELECT * FROM (" + from + DistributedToReader(reader, q, b) + " AND " +
                    Filters(q, b, "sent_") + page + ") sent ORDER BY id LIMIT " + std::to_string(q.limit);
  std::vector<Document> out;
  for (auto& row : db::FetchAll<DocumentReader>(s, sql, b)) out.push_back(std::move(row.first));
  LoadLinks(s, out, Itself);
  return out;
}

bool CodeTaken(soci::session& s, db::Id unit_id, const std::string& code) {
  int n = 0;
  s << "SELECT COUNT(*) FROM documents WHERE unit_id = :u AND code = :c", soci::use(unit_id), soci::use(code),
      soci::into(n);
  return n > 0;
}

int TakeNextNumber(db::Database& db, soci::session& s, db::Id unit_id, const std::string& type) {
  int next = 0;
  s << std::string("SELECT next_number FROM document_counters WHERE unit_id = :u AND type = :t") + db.ForUpdate(),
      soci::use(unit_id), soci::use(type), soci::into(next);
  if (!s.got_data()) {
    next = 1;
    s << "INSERT INTO document_counters (unit_id, type, next_number) VALUES (:u, :t, 2)", soci::use(unit_id),
        soci::use(type);
    return next;
  }
  s << "UPDATE document_counters SET next_number = next_number + 1 WHERE unit_id = :u AND type = :t",
      soci::use(unit_id), soci::use(type);
  return next;
}

void InsertDocument(soci::session& s, Document& d) {
  db::Id created_by = d.created_by.value_or(0);
  soci::indicator by_ind = d.created_by ? soci::i_ok : soci::i_null;
  s << "INSERT INTO documents (unit_id, code, title, type, confidentiality, owner_id, review_months, status, "
       "version, created_by, created_at, updated_at) VALUES (:unit, :code, :title, :type, :conf, :owner, :months, "
       ":status, 1, :by, :created, :updated) RETURNING id",
      soci::use(d.unit_id), soci::use(d.code), soci::use(d.title), soci::use(d.type), soci::use(d.confidentiality),
      soci::use(d.owner_id), soci::use(d.review_months), soci::use(d.status), soci::use(created_by, by_ind),
      soci::use(d.created_at), soci::use(d.updated_at), soci::into(d.id);
  d.version = 1;
}

bool UpdateDocument(soci::session& s, const Document& d, long long expected_version) {
  db::Id current = d.current_revision_id.value_or(0);
  std::string effective = d.effective_on.value_or(""), review = d.next_review_on.value_or(""),
              archived = d.archived_at.value_or("");
  soci::indicator current_ind = d.current_revision_id ? soci::i_ok : soci::i_null,
                  effective_ind = d.effective_on ? soci::i_ok : soci::i_null,
                  review_ind = d.next_review_on ? soci::i_ok : soci::i_null,
                  archived_ind = d.archived_at ? soci::i_ok : soci::i_null;
  soci::statement st =
      (s.prepare << "UPDATE documents SET code = :code, title = :title, confidentiality = :conf, owner_id = :owner, "
                    "review_months = :months, status = :status, current_revision_id = :current, "
                    "effective_on = :effective, next_review_on = :review, version = version + 1, "
                    "updated_at = :updated, archived_at = :archived WHERE id = :id AND version = :expected",
       soci::use(d.code), soci::use(d.title), soci::use(d.confidentiality), soci::use(d.owner_id),
       soci::use(d.review_months), soci::use(d.status), soci::use(current, current_ind),
       soci::use(effective, effective_ind), soci::use(review, review_ind), soci::use(d.updated_at),
       soci::use(archived, archived_ind), soci::use(d.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void SetProcesses(soci::session& s, db::Id document_id, const std::vector<db::Id>& process_ids) {
  s << "DELETE FROM document_processes WHERE document_id = :d", soci::use(document_id);
  for (db::Id process : process_ids)
    s << "INSERT INTO document_processes (document_id, process_id) VALUES (:d, :p)", soci::use(document_id),
        soci::use(process);
}

void SetClauses(soci::session& s, db::Id document_id, const std::vector<db::Id>& clause_ids) {
  s << "DELETE FROM document_clauses WHERE document_id = :d", soci::use(document_id);
  for (db::Id clause : clause_ids)
    s << "INSERT INTO document_clauses (document_id, clause_id) VALUES (:d, :c)", soci::use(document_id),
        soci::use(clause);
}

namespace {

std::vector<Revision> Revisions(soci::session& s, const std::string& where, db::Id value, bool details) {
  db::Binds b;
  b.Id("v", value);
  auto revisions = db::FetchAll<RevisionReader>(
      s, std::string("SELECT ") + kRevisionColumns + " FROM document_revisions WHERE " + where, b);
  if (details) {
    for (Revision& r : revisions) {
      r.reviewer_ids = Ids(s, "SELECT user_id FROM revision_reviewers WHERE revision_id = :v ORDER BY user_id", r.id);
      db::Binds d;
      d.Id("v", r.id);
      r.decisions = db::FetchAll<DecisionReader>(
          s, "SELECT id, user_id, action, comment, content_hash, at FROM revision_decisions WHERE revision_id = :v "
             "ORDER BY id",
          d);
    }
  }
  return revisions;
}

}  // namespace

std::optional<Revision> FindRevision(soci::session& s, db::Id revision_id) {
  auto found = Revisions(s, "id = :v", revision_id, true);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<Revision> ListRevisions(soci::session& s, db::Id document_id) {
  return Revisions(s, "document_id = :v ORDER BY number DESC", document_id, false);
}

std::vector<std::pair<db::Id, std::string>> AwaitingDecision(soci::session& s, db::Id user_id, int limit) {
  db::Binds b;
  auto to_review = [&](const std::string& name) {
    std::string me = b.Id(name, user_id), again = b.Id(name + "_decided", user_id);
    return "(r.status = 'in_review' AND EXISTS (SELECT 1 FROM revision_reviewers v WHERE v.revision_id = r.id AND "
           "v.user_id = " + me + ") AND NOT EXISTS (SELECT 1 FROM revision_decisions x WHERE x.revision_id = r.id "
           "AND x.user_id = " + again + " AND x.action = 'endorse' AND x.content_hash = r.content_hash))";
  };
  std::string sql = "SELECT r.id, CASE WHEN r.status = 'approved' THEN 'publication' WHEN " + to_review("a") +
                    " THEN 'review' ELSE 'approval' END FROM document_revisions r JOIN documents d ON d.id = "
                    "r.document_id WHERE d.archived_at IS NULL AND (" + to_review("b") +
                    " OR (r.status IN ('in_review', 'approved') AND r.approver_id = " + b.Id("approver", user_id) +
                    ")) ORDER BY r.updated_at, r.id LIMIT " + std::to_string(limit);
  return db::FetchAll<db::IdTextReader>(s, sql, b);
}

std::optional<Revision> OpenRevision(soci::session& s, db::Id document_id) {
  auto found = Revisions(
      s, "document_id = :v AND status IN " + kOpenStatuses, document_id, true);
  if (found.empty()) return std::nullopt;
  return found.front();
}

int LastRevisionNumber(soci::session& s, db::Id document_id) {
  int n = 0;
  soci::indicator ind;
  s << "SELECT MAX(number) FROM document_revisions WHERE document_id = :d", soci::use(document_id), soci::into(n, ind);
  return ind == soci::i_ok ? n : 0;
}

void InsertRevision(soci::session& s, Revision& r) {
  std::string status = RevisionStatusName(r.status);
  db::Id approver = r.approver_id.value_or(0);
  soci::indicator approver_ind = r.approver_id ? soci::i_ok : soci::i_null;
  s << "INSERT INTO document_revisions (document_id, number, change_description, content_markdown, content_html, "
       "content_hash, status, author_id, approver_id, version, created_at, updated_at) VALUES (:doc, :num, :change, "
       ":md, :html, :hash, :status, :author, :approver, 1, :created, :updated) RETURNING id",
      soci::use(r.document_id), soci::use(r.number), soci::use(r.change_description), soci::use(r.content_markdown),
      soci::use(r.content_html), soci::use(r.content_hash), soci::use(status), soci::use(r.author_id),
      soci::use(approver, approver_ind), soci::use(r.created_at), soci::use(r.updated_at), soci::into(r.id);
  r.version = 1;
}

bool UpdateRevision(soci::session& s, const Revision& r, long long expected_version) {
  std::string status = RevisionStatusName(r.status);
  db::Id approver = r.approver_id.value_or(0);
  std::string effective = r.effective_on.value_or(""), published = r.published_at.value_or("");
  soci::indicator approver_ind = r.approver_id ? soci::i_ok : soci::i_null,
                  effective_ind = r.effective_on ? soci::i_ok : soci::i_null,
                  published_ind = r.published_at ? soci::i_ok : soci::i_null;
  soci::statement st =
      (s.prepare << "UPDATE document_revisions SET change_description = :change, content_markdown = :md, "
                    "content_html = :html, content_hash = :hash, status = :status, approver_id = :approver, "
                    "effective_on = :effective, published_at = :published, version = version + 1, "
                    "updated_at = :updated WHERE id = :id AND version = :expected",
       soci::use(r.change_description), soci::use(r.content_markdown), soci::use(r.content_html),
       soci::use(r.content_hash), soci::use(status), soci::use(approver, approver_ind),
       soci::use(effective, effective_ind), soci::use(published, published_ind), soci::use(r.updated_at),
       soci::use(r.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void SetReviewers(soci::session& s, db::Id revision_id, const std::vector<db::Id>& user_ids) {
  s << "DELETE FROM revision_reviewers WHERE revision_id = :r", soci::use(revision_id);
  for (db::Id user : user_ids)
    s << "INSERT INTO revision_reviewers (revision_id, user_id) VALUES (:r, :u)", soci::use(revision_id),
        soci::use(user);
}

void InsertDecision(soci::session& s, db::Id revision_id, Decision& d) {
  s << "INSERT INTO revision_decisions (revision_id, user_id, action, comment, content_hash, at) VALUES (:r, :u, :a, "
       ":c, :h, :at) RETURNING id",
      soci::use(revision_id), soci::use(d.user_id), soci::use(d.action), soci::use(d.comment),
      soci::use(d.content_hash), soci::use(d.at), soci::into(d.id);
}

std::vector<db::Id> SupersedeOthers(soci::session& s, db::Id document_id, db::Id keep, const std::string& at) {
  db::Binds b;
  b.Id("v", document_id);
  b.Id("keep", keep);
  auto ids = db::FetchIds(
      s, "SELECT id FROM document_revisions WHERE document_id = :v AND status = 'published' AND id <> :keep", b);
  for (db::Id id : ids)
    s << "UPDATE document_revisions SET status = 'superseded', version = version + 1, updated_at = :at WHERE id = :id",
        soci::use(at), soci::use(id);
  return ids;
}

namespace {

struct LinkReader : DocumentReader {
  db::Id clause_id = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(clause_id));
    DocumentReader::Bind(st);
  }
  std::pair<db::Id, Document> Take() const { return {clause_id, DocumentReader::Take().first}; }
};

}  // namespace

std::vector<std::pair<db::Id, Document>> LinkedToStandards(soci::session& s, const Reader& reader,
                                                           const std::vector<db::Id>& standard_ids,
                                                           const std::optional<std::string>& within_path) {
  if (standard_ids.empty()) return {};
  db::Binds b;
  DocumentQuery q;
  q.within_path = within_path;
  std::string in;
  for (size_t i = 0; i < standard_ids.size(); ++i)
    in += (i ? ", " : "") + b.Id("standard" + std::to_string(i), standard_ids[i]);
  std::string sql = std::string("SELECT dc.clause_id, ") + kDocumentColumns +
                    " FROM document_clauses dc JOIN clauses c ON c.id = dc.clause_id JOIN documents d ON d.id = "
                    "dc.document_id JOIN units u ON u.id = d.unit_id WHERE c.standard_id IN (" +
                    in + ") AND " + Where(reader, q, b) + " ORDER BY dc.clause_id, d.id";
  return db::FetchAll<LinkReader>(s, sql, b);
}

void IndexDocument(db::Database& db, soci::session& s, db::Id document_id, const std::string& original) {
  // The first line is the code and the title (DocumentService::IndexText), matched apart for the ranking.
  size_t line_end = original.find('\n');
  std::string head = FoldForSearch(original.substr(0, line_end));
  if (db.is_sqlite()) {
    std::string body = line_end == std::string::npos ? "" : FoldForSearch(original.substr(line_end + 1));
    s << "DELETE FROM document_search WHERE rowid = :d", soci::use(document_id);
    s << "INSERT INTO document_search (rowid, head, body, original) VALUES (:d, :h, :b, :o)", soci::use(document_id),
        soci::use(head), soci::use(body), soci::use(original);
  } else {
    std::string folded = FoldForSearch(original);
    s << "DELETE FROM document_search WHERE document_id = :d", soci::use(document_id);
    s << "INSERT INTO document_search (document_id, folded, head, original) VALUES (:d, :f, :h, :o)",
        soci::use(document_id), soci::use(folded), soci::use(head), soci::use(original);
  }
}

namespace {

struct HitReader : DocumentReader {
  std::string original;
  void Bind(soci::statement& st) {
    DocumentReader::Bind(st);
    st.exchange(soci::into(original));
  }
  std::pair<Document, std::string> Take() const { return {DocumentReader::Take().first, original}; }
};

}  // namespace

std::vector<std::pair<Document, std::string>> Search(db::Database& db, soci::session& s, const Reader& reader,
                                                     const SearchQuery& q) {
  if (q.terms.empty()) return {};
  // Terms are letters and digits only (QueryTerms), so quoting them is enough; the last one matches as a prefix,
  // so results appear while the user is still typing. Documents whose code or title matches come first, then those
  // matching in their content only, newest first in each: no score is computed, so the engine stops at the limit.
  std::vector<std::pair<Document, std::string>> rows;
  if (db.is_sqlite()) {
    std::string terms;
    for (size_t i = 0; i < q.terms.size(); ++i)
      terms += (i ? " " : "") + ("\"" + q.terms[i] + "\"") + (i + 1 == q.terms.size() ? "*" : "");
    auto matching = [&](const std::string& match) {
      db::Binds b;
      std::string where = Readable(reader, q.filters, b);
      std::string sql = std::string("SELECT ") + kDocumentColumns +
                        ", s.original FROM document_search s JOIN documents d ON d.id = s.rowid JOIN units u ON "
                        "u.id = d.unit_id WHERE document_search MATCH " +
                        b.Text("match", match) + " AND " + where + " ORDER BY s.rowid DESC LIMIT " +
                        std::to_string(q.filters.limit);
      return db::FetchAll<HitReader>(s, sql, b);
    };
    rows = matching("{head} : (" + terms + ")");
    // Fewer than a page matched in the head, so all of those are known, and the first page of every match holds
    // the rest of ours once they are skipped. Asking for "NOT {head} : ..." instead made the engine evaluate the
    // head match again for every candidate: twice to three times as long.
    if (int(rows.size()) < q.filters.limit) {
      std::set<db::Id> in_head;
      for (const auto& row : rows) in_head.insert(row.first.id);
      for (auto& row : matching("(" + terms + ")")) {
        if (int(rows.size()) == q.filters.limit) break;
        if (!in_head.count(row.first.id)) rows.push_back(std::move(row));
      }
    }
  } else {
    std::string match;
    for (size_t i = 0; i < q.terms.size(); ++i)
      match += (i ? " & " : "") + q.terms[i] + (i + 1 == q.terms.size() ? ":*" : "");
    db::Binds b;
    std::string where = Readable(reader, q.filters, b);
    std::string sql = std::string("SELECT ") + kDocumentColumns +
                      ", s.original FROM document_search s JOIN documents d ON d.id = s.document_id JOIN units u ON "
                      "u.id = d.unit_id WHERE s.tsv @@ to_tsquery('simple', " +
                      b.Text("match", match) + ") AND " + where + " ORDER BY s.head_tsv @@ to_tsquery('simple', " +
                      b.Text("match2", match) + ") DESC, d.id DESC LIMIT " + std::to_string(q.filters.limit);
    rows = db::FetchAll<HitReader>(s, sql, b);
  }
  LoadLinks(s, rows, [](auto& row) -> Document& { return row.first; });
  return rows;
}

std::vector<DistributionTarget> Distribution(soci::session& s, db::Id document_id) {
  struct TargetReader {
    DistributionTarget t;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(t.unit_id));
      st.exchange(soci::into(t.role));
    }
    DistributionTarget Take() const { return t; }
  };
  db::Binds b;
  return db::FetchAll<TargetReader>(s,
                                    "SELECT unit_id, role FROM document_distribution WHERE document_id = " +
                                        b.Id("d", document_id) + " ORDER BY unit_id, role",
                                    b);
}

void SetDistribution(soci::session& s, db::Id document_id, const std::vector<DistributionTarget>& targets) {
  s << "DELETE FROM document_distribution WHERE document_id = :d", soci::use(document_id);
  for (const auto& t : targets)
    s << "INSERT INTO document_distribution (document_id, unit_id, role) VALUES (:d, :u, :r)", soci::use(document_id),
        soci::use(t.unit_id), soci::use(t.role);
}

bool IsAddressee(soci::session& s, db::Id document_id, db::Id user_id, const std::string& today) {
  db::Binds b;
  std::string doc = b.Id("d", document_id);
  return !db::FetchIds(s, "SELECT user_id FROM (" + Reached(doc, b, today, "p.id = " + b.Id("u", user_id)) + ") r", b)
              .empty();
}

bool ReadableAsAddressee(soci::session& s, const Reader& reader, db::Id document_id) {
  db::Binds b;
  return !db::FetchIds(s,
                       "SELECT d.id FROM documents d JOIN units u ON u.id = d.unit_id WHERE d.id = " +
                           b.Id("id", document_id) + " AND " + DistributedToReader(reader, {}, b),
                       b)
              .empty();
}

std::vector<UnitReadership> Readership(soci::session& s, db::Id document_id, db::Id revision_id,
                                       const std::string& today) {
  struct ReadershipReader {
    UnitReadership u;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(u.unit_id));
      st.exchange(soci::into(u.unit_name));
      st.exchange(soci::into(u.addressees));
      st.exchange(soci::into(u.acknowledged));
    }
    UnitReadership Take() const { return u; }
  };
  db::Binds b;
  std::string doc = b.Id("d", document_id);
  return db::FetchAll<ReadershipReader>(
      s,
      "SELECT r.unit_id, MIN(un.name), COUNT(*), COUNT(a.user_id) FROM (" + Reached(doc, b, today) +
          ") r JOIN units un ON un.id = r.unit_id LEFT JOIN document_acknowledgements a ON a.user_id = r.user_id AND "
          "a.revision_id = " +
          b.Id("rev", revision_id) + " GROUP BY r.unit_id ORDER BY MIN(un.name), r.unit_id",
      b);
}

std::vector<std::pair<db::Id, db::Id>> NotYetRead(soci::session& s, db::Id document_id, db::Id revision_id,
                                                  int limit, const std::string& today) {
  db::Binds b;
  std::string doc = b.Id("d", document_id);
  return db::FetchAll<db::IdPairReader>(
      s,
      "SELECT r.user_id, r.unit_id FROM (" + Reached(doc, b, today) +
          ") r WHERE NOT EXISTS (SELECT 1 FROM document_acknowledgements a WHERE a.user_id = r.user_id AND "
          "a.revision_id = " +
          b.Id("rev", revision_id) + ") ORDER BY r.user_id LIMIT " + std::to_string(limit),
      b);
}

std::vector<std::pair<db::Id, db::Id>> AddresseesWithin(soci::session& s, db::Id document_id, db::Id revision_id,
                                                        const std::string& path, const std::string& today) {
  db::Binds b;
  std::string doc = b.Id("d", document_id);
  std::string in_subtree = "p.id IN (" + org::MemberIdsSql(path, b) + ")";
  return db::FetchAll<db::IdPairReader>(
      s,
      "SELECT r.user_id, CASE WHEN EXISTS (SELECT 1 FROM document_acknowledgements a WHERE a.user_id = r.user_id AND "
      "a.revision_id = " + b.Id("rev", revision_id) + ") THEN 1 ELSE 0 END FROM (" + Reached(doc, b, today, in_subtree) +
          ") r",
      b);
}

std::optional<std::string> AcknowledgedAt(soci::session& s, db::Id revision_id, db::Id user_id) {
  std::string at;
  soci::indicator ind = soci::i_null;
  s << "SELECT acknowledged_at FROM document_acknowledgements WHERE revision_id = :r AND user_id = :u",
      soci::use(revision_id), soci::use(user_id), soci::into(at, ind);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  return at;
}

void Acknowledge(soci::session& s, db::Id revision_id, db::Id user_id, const std::string& at) {
  s << "INSERT INTO document_acknowledgements (revision_id, user_id, acknowledged_at) VALUES (:r, :u, :a)",
      soci::use(revision_id), soci::use(user_id), soci::use(at);
}

std::vector<std::pair<Document, std::optional<std::string>>> ReadingList(soci::session& s, const Reader& reader,
                                                                         bool unread_only,
                                                                         std::optional<db::Id> after, int limit) {
  struct ListedReader : DocumentReader {
    std::string at;
    soci::indicator at_ind = soci::i_null;
    void Bind(soci::statement& st) {
      DocumentReader::Bind(st);
      st.exchange(soci::into(at, at_ind));
    }
    std::pair<Document, std::optional<std::string>> Take() const {
      return {DocumentReader::Take().first, at_ind == soci::i_ok ? std::optional<std::string>(at) : std::nullopt};
    }
  };
  db::Binds b;
  std::string me = b.Id("me", reader.user_id);
  std::string sql = std::string("SELECT ") + kDocumentColumns +
                    ", a.acknowledged_at FROM documents d JOIN units u ON u.id = d.unit_id "
                    "LEFT JOIN document_acknowledgements a ON a.revision_id = d.current_revision_id AND a.user_id = " +
                    me + " WHERE " + DistributedToReader(reader, {}, b);
  if (unread_only) sql += " AND a.user_id IS NULL";
  if (after) sql += " AND d.id > " + b.Id("after", *after);
  sql += " ORDER BY d.id LIMIT " + std::to_string(limit);
  auto out = db::FetchAll<ListedReader>(s, sql, b);
  LoadLinks(s, out, [](auto& row) -> Document& { return row.first; });
  return out;
}

}  // namespace eduims::documents::store
