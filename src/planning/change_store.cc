#include "planning/change_store.h"

#include "planning/context_model.h"
#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::planning::change_store {
namespace {

const char* kColumns =
    "c.id, c.unit_id, c.title, c.purpose, c.risks, c.resources, c.responsibilities, c.planned_on, c.document_ids, "
    "c.process_ids, c.status, c.decided_by, c.decided_at, c.decision_note, c.version, c.created_by, c.created_at, "
    "c.updated_at, c.archived_at, u.path";

struct Reader {
  PlannedChange c;
  std::string documents, processes, path;
  db::Nullable<std::string> planned, decided_at, archived;
  db::Nullable<db::Id> decided_by, created_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.unit_id));
    st.exchange(soci::into(c.title));
    st.exchange(soci::into(c.purpose));
    st.exchange(soci::into(c.risks));
    st.exchange(soci::into(c.resources));
    st.exchange(soci::into(c.responsibilities));
    st.exchange(soci::into(planned.value, planned.ind));
    st.exchange(soci::into(documents));
    st.exchange(soci::into(processes));
    st.exchange(soci::into(c.status));
    st.exchange(soci::into(decided_by.value, decided_by.ind));
    st.exchange(soci::into(decided_at.value, decided_at.ind));
    st.exchange(soci::into(c.decision_note));
    st.exchange(soci::into(c.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(c.created_at));
    st.exchange(soci::into(c.updated_at));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(path));
  }
  std::pair<PlannedChange, std::string> Take() const {
    PlannedChange out = c;
    out.planned_on = planned.Get();
    out.document_ids = IdsFromText(documents);
    out.process_ids = IdsFromText(processes);
    out.decided_by = decided_by.Get();
    out.decided_at = decided_at.Get();
    out.created_by = created_by.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

std::vector<std::pair<PlannedChange, std::string>> Run(soci::session& s, const std::string& where, db::Binds& p) {
  return db::FetchAll<Reader>(
      s, std::string("SELECT ") + kColumns + " FROM planned_changes c JOIN units u ON u.id = c.unit_id WHERE " + where,
      p);
}

// The fields every write binds, with their indicators.
struct Writable {
  std::string documents, processes;
  db::Nullable<std::string> planned, decided_at, archived;
  db::Nullable<db::Id> decided_by, created_by;
  explicit Writable(const PlannedChange& c)
      : documents(IdsText(c.document_ids)),
        processes(IdsText(c.process_ids)),
        planned(c.planned_on),
        decided_at(c.decided_at),
        archived(c.archived_at),
        decided_by(c.decided_by),
        created_by(c.created_by) {}
};

}  // namespace

std::optional<std::pair<PlannedChange, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = Run(s, "c.id = " + p.Id("id", id), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<PlannedChange> List(soci::session& s, const ChangeQuery& q) {
  auto roots = db::ScopeWithin(q.scope, q.within_path);
  if (roots.empty()) return {};
  db::Binds p;
  std::string where = db::SubtreeClause(roots, "u.path", p);
  if (q.unit_id) where += " AND c.unit_id = " + p.Id("unit_id", *q.unit_id);
  if (q.status) where += " AND c.status = " + p.Text("status", *q.status);
  if (!q.include_archived) where += " AND c.archived_at IS NULL";
  if (q.after) where += " AND c.id > " + p.Id("after", *q.after);
  std::vector<PlannedChange> out;
  for (auto& row : Run(s, where + " ORDER BY c.id LIMIT " + std::to_string(q.limit), p))
    out.push_back(std::move(row.first));
  return out;
}

void Insert(soci::session& s, PlannedChange& c) {
  Writable w(c);
  s << "INSERT INTO planned_changes (unit_id, title, purpose, risks, resources, responsibilities, planned_on, "
       "document_ids, process_ids, status, decision_note, version, created_by, created_at, updated_at) VALUES "
       "(:unit, :title, :purpose, :risks, :resources, :responsibilities, :planned, :documents, :processes, :status, "
       ":note, 1, :by, :created, :updated) RETURNING id",
      soci::use(c.unit_id), soci::use(c.title), soci::use(c.purpose), soci::use(c.risks), soci::use(c.resources),
      soci::use(c.responsibilities), soci::use(w.planned.value, w.planned.ind), soci::use(w.documents),
      soci::use(w.processes), soci::use(c.status), soci::use(c.decision_note),
      soci::use(w.created_by.value, w.created_by.ind), soci::use(c.created_at), soci::use(c.updated_at),
      soci::into(c.id);
  c.version = 1;
}

bool Update(soci::session& s, const PlannedChange& c, long long expected_version) {
  Writable w(c);
  soci::statement st =
      (s.prepare << "UPDATE planned_changes SET title = :title, purpose = :purpose, risks = :risks, resources = "
                    ":resources, responsibilities = :responsibilities, planned_on = :planned, document_ids = "
                    ":documents, process_ids = :processes, status = :status, decided_by = :decided_by, "
                    "decided_at = :decided_at, decision_note = :note, version = version + 1, updated_at = :updated, "
                    "archived_at = :archived WHERE id = :id AND version = :expected",
       soci::use(c.title), soci::use(c.purpose), soci::use(c.risks), soci::use(c.resources),
       soci::use(c.responsibilities), soci::use(w.planned.value, w.planned.ind), soci::use(w.documents),
       soci::use(w.processes), soci::use(c.status), soci::use(w.decided_by.value, w.decided_by.ind),
       soci::use(w.decided_at.value, w.decided_at.ind), soci::use(c.decision_note), soci::use(c.updated_at),
       soci::use(w.archived.value, w.archived.ind), soci::use(c.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace eduims::planning::change_store
