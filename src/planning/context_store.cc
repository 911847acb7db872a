#include "planning/context_store.h"

#include "platform/db/query.h"
#include "platform/i18n/fold.h"
#include "platform/nullable_column.h"

namespace eduims::planning::context_store {
namespace {

const char* kColumns =
    "c.id, c.unit_id, c.title, c.description, c.kind, c.category, c.effect, c.process_ids, c.clause_ids, "
    "c.review_date, c.version, c.created_by, c.created_at, c.updated_at, c.archived_at, u.path";

struct Reader {
  ContextIssue c;
  std::string processes, clauses, path;
  db::Nullable<std::string> review, archived;
  db::Nullable<db::Id> created_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.unit_id));
    st.exchange(soci::into(c.title));
    st.exchange(soci::into(c.description));
    st.exchange(soci::into(c.kind));
    st.exchange(soci::into(c.category));
    st.exchange(soci::into(c.effect));
    st.exchange(soci::into(processes));
    st.exchange(soci::into(clauses));
    st.exchange(soci::into(review.value, review.ind));
    st.exchange(soci::into(c.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(c.created_at));
    st.exchange(soci::into(c.updated_at));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(path));
  }
  std::pair<ContextIssue, std::string> Take() const {
    ContextIssue out = c;
    out.process_ids = IdsFromText(processes);
    out.clause_ids = IdsFromText(clauses);
    out.review_date = review.Get();
    out.created_by = created_by.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

std::vector<std::pair<ContextIssue, std::string>> Run(soci::session& s, const std::string& where, db::Binds& p) {
  return db::FetchAll<Reader>(
      s, std::string("SELECT ") + kColumns + " FROM context_issues c JOIN units u ON u.id = c.unit_id WHERE " + where,
      p);
}

std::string SearchText(const ContextIssue& c) { return FoldForSearch(c.title + "\n" + c.description); }

struct VersionReader {
  IssueVersion v;
  db::Nullable<db::Id> by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(v.version));
    st.exchange(soci::into(v.snapshot));
    st.exchange(soci::into(by.value, by.ind));
    st.exchange(soci::into(v.replaced_at));
  }
  IssueVersion Take() const {
    IssueVersion out = v;
    out.replaced_by = by.Get();
    return out;
  }
};

}  // namespace

std::optional<std::pair<ContextIssue, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = Run(s, "c.id = " + p.Id("id", id), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<ContextIssue> List(soci::session& s, const IssueQuery& q) {
  auto roots = db::ScopeWithin(q.scope, q.within_path);
  if (roots.empty()) return {};
  db::Binds p;
  std::string where = db::SubtreeClause(roots, "u.path", p);
  if (q.unit_id) where += " AND c.unit_id = " + p.Id("unit_id", *q.unit_id);
  if (q.category) where += " AND c.category = " + p.Text("category", *q.category);
  if (q.kind) where += " AND c.kind = " + p.Text("kind", *q.kind);
  if (q.effect) where += " AND c.effect = " + p.Text("effect", *q.effect);
  if (q.folded_text && !q.folded_text->empty())
    where += " AND " + db::ContainsWords({"c.search_text"}, *q.folded_text, p);
  if (!q.include_archived) where += " AND c.archived_at IS NULL";
  if (q.after) where += " AND c.id > " + p.Id("after", *q.after);
  std::vector<ContextIssue> out;
  for (auto& row : Run(s, where + " ORDER BY c.id LIMIT " + std::to_string(q.limit), p))
    out.push_back(std::move(row.first));
  return out;
}

void Insert(soci::session& s, ContextIssue& c) {
  std::string processes = IdsText(c.process_ids), clauses = IdsText(c.clause_ids), search = SearchText(c);
  db::Nullable<std::string> review(c.review_date);
  db::Nullable<db::Id> by(c.created_by);
  s << "INSERT INTO context_issues (unit_id, title, description, kind, category, effect, process_ids, clause_ids, "
       "review_date, search_text, version, created_by, created_at, updated_at) VALUES (:unit, :title, :description, "
       ":kind, :category, :effect, :processes, :clauses, :review, :search, 1, :by, :created, :updated) RETURNING id",
      soci::use(c.unit_id), soci::use(c.title), soci::use(c.description), soci::use(c.kind), soci::use(c.category),
      soci::use(c.effect), soci::use(processes), soci::use(clauses), soci::use(review.value, review.ind),
      soci::use(search), soci::use(by.value, by.ind), soci::use(c.created_at), soci::use(c.updated_at),
      soci::into(c.id);
  c.version = 1;
}

bool Update(soci::session& s, const ContextIssue& c, long long expected_version) {
  std::string processes = IdsText(c.process_ids), clauses = IdsText(c.clause_ids), search = SearchText(c);
  db::Nullable<std::string> review(c.review_date), archived(c.archived_at);
  soci::statement st =
      (s.prepare << "UPDATE context_issues SET unit_id = :unit, title = :title, description = :description, "
                    "kind = :kind, category = :category, effect = :effect, process_ids = :processes, "
                    "clause_ids = :clauses, review_date = :review, search_text = :search, version = version + 1, "
                    "updated_at = :updated, archived_at = :archived WHERE id = :id AND version = :expected",
       soci::use(c.unit_id), soci::use(c.title), soci::use(c.description), soci::use(c.kind), soci::use(c.category),
       soci::use(c.effect), soci::use(processes), soci::use(clauses), soci::use(review.value, review.ind),
       soci::use(search), soci::use(c.updated_at), soci::use(archived.value, archived.ind), soci::use(c.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void InsertVersion(soci::session& s, db::Id issue_id, const IssueVersion& v) {
  db::Nullable<db::Id> by(v.replaced_by);
  s << "INSERT INTO context_issue_versions (issue_id, version, snapshot, replaced_by, replaced_at) "
       "VALUES (:issue, :version, :snapshot, :by, :at)",
      soci::use(issue_id), soci::use(v.version), soci::use(v.snapshot), soci::use(by.value, by.ind),
      soci::use(v.replaced_at);
}

std::vector<IssueVersion> Versions(soci::session& s, db::Id issue_id) {
  db::Binds p;
  return db::FetchAll<VersionReader>(s,
                                     "SELECT version, snapshot, replaced_by, replaced_at FROM context_issue_versions "
                                     "WHERE issue_id = " + p.Id("issue", issue_id) + " ORDER BY version DESC",
                                     p);
}

}  // namespace eduims::planning::context_store
