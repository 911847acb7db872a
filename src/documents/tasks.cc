#include "documents/tasks.h"

#include <climits>

#include "documents/store.h"
#include "notifications/task_reader.h"
#include "platform/db/query.h"

namespace eduims::documents {
namespace {

std::vector<notifications::UserTask> RevisionTasks(soci::session& s, std::optional<db::Id> user) {
  db::Binds b;
  auto endorsed = [](const std::string& reviewer) {
    return "EXISTS (SELECT 1 FROM revision_decisions x WHERE x.revision_id = r.id AND x.user_id = " + reviewer +
           " AND x.action = 'endorse' AND x.content_hash = r.content_hash)";
  };
  const std::string what = "d.code || ' — ' || d.title, NULL, '/documents/' || d.id FROM document_revisions r JOIN "
                           "documents d ON d.id = r.document_id";
  std::string sql =
      "SELECT v.user_id, 'revision_review:' || r.id || ':' || r.content_hash, 'revision_review', " + what +
      " JOIN revision_reviewers v ON v.revision_id = r.id WHERE r.status = 'in_review' AND d.archived_at IS NULL "
      "AND NOT " + endorsed("v.user_id") + (user ? " AND v.user_id = " + b.Id("reviewer", *user) : "") +
      " UNION ALL SELECT r.approver_id, CASE WHEN r.status = 'approved' THEN 'revision_publication:' ELSE "
      "'revision_approval:' END || r.id, CASE WHEN r.status = 'approved' THEN 'revision_publication' ELSE "
      "'revision_approval' END, " + what +
      " WHERE d.archived_at IS NULL AND r.approver_id IS NOT NULL" +
      (user ? " AND r.approver_id = " + b.Id("approver", *user) : "") +
      " AND (r.status = 'approved' OR (r.status = 'in_review' AND NOT EXISTS (SELECT 1 FROM revision_reviewers v "
      "WHERE v.revision_id = r.id AND NOT " + endorsed("v.user_id") + ")))";
  return db::FetchAll<notifications::TaskReader>(s, sql, b);
}

struct ToRead {
  db::Id id = 0, revision_id = 0;
  std::string code, title;
};

// Published, live documents with a distribution: those whose addressees are to acknowledge the revision in force.
std::vector<ToRead> DistributedDocuments(soci::session& s) {
  struct Reader {
    ToRead d;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(d.id));
      st.exchange(soci::into(d.revision_id));
      st.exchange(soci::into(d.code));
      st.exchange(soci::into(d.title));
    }
    ToRead Take() const { return d; }
  };
  db::Binds b;
  return db::FetchAll<Reader>(s,
                              "SELECT d.id, d.current_revision_id, d.code, d.title FROM documents d WHERE d.status = "
                              "'published' AND d.archived_at IS NULL AND d.current_revision_id IS NOT NULL AND EXISTS "
                              "(SELECT 1 FROM document_distribution t WHERE t.document_id = d.id) ORDER BY d.id",
                              b);
}

notifications::UserTask ReadTask(db::Id user_id, db::Id document_id, db::Id revision_id, const std::string& code,
                                 const std::string& title) {
  return {user_id, "document_read:" + std::to_string(revision_id), "document_read", code + " — " + title, std::nullopt,
          "/documents/" + std::to_string(document_id)};
}

}  // namespace

std::vector<notifications::UserTask> DocumentTasks::OpenTasks(std::optional<db::Id> user, const std::string& today) {
  std::optional<auth::Principal> person = user ? org_.PrincipalOf(*user) : std::nullopt;
  std::vector<notifications::UserTask> out;
  db_.Read([&](soci::session& s) {
    out = RevisionTasks(s, user);
    if (person) {
      // As the reading list reads it (DocumentService::ReadingList): distributed to them, not yet acknowledged.
      store::Reader reader{person->user_id, person->Scope(auth::Permission::kViewDocuments),
                           person->Scope(auth::Permission::kManageDocuments), person->unit_path, today};
      for (const auto& [doc, acknowledged] : store::ReadingList(s, reader, true, std::nullopt, 1000))
        if (doc.current_revision_id)
          out.push_back(ReadTask(*user, doc.id, *doc.current_revision_id, doc.code, doc.title));
    } else if (!user) {
      for (const ToRead& d : DistributedDocuments(s))
        for (const auto& [user_id, unit_id] : store::NotYetRead(s, d.id, d.revision_id, INT_MAX, today))
          out.push_back(ReadTask(user_id, d.id, d.revision_id, d.code, d.title));
    }
  });
  return out;
}

}  // namespace eduims::documents
