#include "recruitment/store.h"

#include "platform/db/text_list.h"
#include "platform/nullable_column.h"

namespace eduims::recruitment::store {
namespace {

using db::Nullable;

struct ProcessReader {
  Process p;
  std::string competences, steps;
  Nullable<db::Id> document, created_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.unit_path));
    st.exchange(soci::into(p.position));
    st.exchange(soci::into(competences));
    st.exchange(soci::into(p.criteria));
    st.exchange(soci::into(steps));
    st.exchange(soci::into(document.value, document.ind));
    st.exchange(soci::into(p.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(p.created_at));
    st.exchange(soci::into(p.updated_at));
  }
  Process Take() const {
    Process out = p;
    out.competences = db::TextListFrom(competences);
    out.steps = db::TextListFrom(steps);
    out.document_id = document.Get();
    out.created_by = created_by.Get();
    return out;
  }
};

const char* kProcessSelect =
    "SELECT p.id, p.unit_id, u.path, p.position, p.competences, p.criteria, p.steps, p.document_id, p.version, "
    "p.created_by, p.created_at, p.updated_at FROM recruitment_processes p JOIN units u ON u.id = p.unit_id WHERE ";

struct RecruitmentReader {
  Recruitment r;
  std::string panel, appointed, status;
  Nullable<std::string> decided_on, cancel_reason, archived_at;
  Nullable<db::Id> created_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.unit_id));
    st.exchange(soci::into(r.unit_path));
    st.exchange(soci::into(r.process_id));
    st.exchange(soci::into(r.position));
    st.exchange(soci::into(r.title));
    st.exchange(soci::into(r.vacancies));
    st.exchange(soci::into(r.opened_on));
    st.exchange(soci::into(r.method));
    st.exchange(soci::into(panel));
    st.exchange(soci::into(r.candidates));
    st.exchange(soci::into(decided_on.value, decided_on.ind));
    st.exchange(soci::into(appointed));
    st.exchange(soci::into(r.outcome));
    st.exchange(soci::into(status));
    st.exchange(soci::into(cancel_reason.value, cancel_reason.ind));
    st.exchange(soci::into(archived_at.value, archived_at.ind));
    st.exchange(soci::into(r.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(r.created_at));
    st.exchange(soci::into(r.updated_at));
  }
  Recruitment Take() const {
    Recruitment out = r;
    out.panel = PanelOf(panel);
    out.appointed = AppointedOf(appointed);
    out.status = ParseStatus(status).value_or(Status::kPlanned);
    out.decided_on = decided_on.Get();
    out.cancel_reason = cancel_reason.Get();
    out.archived_at = archived_at.Get();
    out.created_by = created_by.Get();
    return out;
  }
};

const char* kRecruitmentSelect =
    "SELECT r.id, r.unit_id, u.path, r.process_id, p.position, r.title, r.vacancies, r.opened_on, r.method, r.panel, "
    "r.candidates, r.decided_on, r.appointed, r.outcome, r.status, r.cancel_reason, r.archived_at, r.version, "
    "r.created_by, r.created_at, r.updated_at FROM recruitments r JOIN units u ON u.id = r.unit_id JOIN "
    "recruitment_processes p ON p.id = r.process_id WHERE ";

std::string IdList(const std::vector<db::Id>& ids, db::Binds& b, const std::string& prefix) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + b.Id(prefix + std::to_string(i), ids[i]);
  return out;
}

}  // namespace

std::vector<Process> ListProcesses(soci::session& s, const std::vector<std::string>& roots,
                                   const std::optional<std::vector<db::Id>>& unit_ids, std::optional<db::Id> after,
                                   int limit) {
  db::Binds b;
  std::string where;
  if (unit_ids) {
    if (unit_ids->empty()) return {};
    where = "p.unit_id IN (" + IdList(*unit_ids, b, "unit") + ")";
  } else {
    where = db::SubtreeClause(roots, "u.path", b);
  }
  if (after) where += " AND p.id > " + b.Id("after", *after);
  return db::FetchAll<ProcessReader>(s, kProcessSelect + where + " ORDER BY p.id LIMIT " + std::to_string(limit), b);
}

std::optional<Process> FindProcess(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = db::FetchAll<ProcessReader>(s, kProcessSelect + ("p.id = " + b.Id("id", id)), b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void InsertProcess(soci::session& s, Process& p) {
  std::string competences = db::TextListJson(p.competences), steps = db::TextListJson(p.steps);
  Nullable<db::Id> document(p.document_id), by(p.created_by);
  s << "INSERT INTO recruitment_processes (unit_id, position, competences, criteria, steps, document_id, version, "
       "created_by, created_at, updated_at) VALUES (:u, :pos, :c, :cr, :st, :doc, 1, :by, :at, :up) RETURNING id",
      soci::use(p.unit_id), soci::use(p.position), soci::use(competences), soci::use(p.criteria), soci::use(steps),
      soci::use(document.value, document.ind), soci::use(by.value, by.ind), soci::use(p.created_at),
      soci::use(p.updated_at), soci::into(p.id);
  p.version = 1;
}

bool UpdateProcess(soci::session& s, const Process& p, long long expected_version) {
  std::string competences = db::TextListJson(p.competences), steps = db::TextListJson(p.steps);
  Nullable<db::Id> document(p.document_id);
  soci::statement st =
      (s.prepare << "UPDATE recruitment_processes SET position = :pos, competences = :c, criteria = :cr, steps = :st, "
                    "document_id = :doc, version = version + 1, updated_at = :up WHERE id = :id AND version = :v",
       soci::use(p.position), soci::use(competences), soci::use(p.criteria), soci::use(steps),
       soci::use(document.value, document.ind), soci::use(p.updated_at), soci::use(p.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<Recruitment> ListRecruitments(soci::session& s, const std::vector<std::string>& roots, db::Id user_id,
                                          const RecruitmentFilter& f) {
  db::Binds b;
  // A panel member sees the recruitments they sit on, wherever those are; the panel is a short JSON list of ids.
  std::string where = "(" + db::SubtreeClause(roots, "u.path", b) + " OR r.panel LIKE " +
                      b.Text("member", "%[" + std::to_string(user_id) + "]%") + " OR r.panel LIKE " +
                      b.Text("first", "%[" + std::to_string(user_id) + ",%") + " OR r.panel LIKE " +
                      b.Text("middle", "%," + std::to_string(user_id) + ",%") + " OR r.panel LIKE " +
                      b.Text("last", "%," + std::to_string(user_id) + "]%") + ")";
  if (f.unit_id) where += " AND r.unit_id = " + b.Id("unit", *f.unit_id);
  if (f.process_id) where += " AND r.process_id = " + b.Id("process", *f.process_id);
  if (f.status) where += " AND r.status = " + b.Text("status", *f.status);
  if (f.after) where += " AND r.id > " + b.Id("after", *f.after);
  return db::FetchAll<RecruitmentReader>(
      s, kRecruitmentSelect + where + " ORDER BY r.id LIMIT " + std::to_string(f.limit), b);
}

std::optional<Recruitment> FindRecruitment(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = db::FetchAll<RecruitmentReader>(s, kRecruitmentSelect + ("r.id = " + b.Id("id", id)), b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void InsertRecruitment(soci::session& s, Recruitment& r) {
  std::string panel = PanelText(r.panel), appointed = AppointedText(r.appointed), status = StatusName(r.status);
  Nullable<db::Id> by(r.created_by);
  s << "INSERT INTO recruitments (unit_id, process_id, title, vacancies, opened_on, method, panel, candidates, "
       "appointed, outcome, status, version, created_by, created_at, updated_at) VALUES (:u, :p, :t, :v, :o, :m, "
       ":panel, :c, :a, :out, :s, 1, :by, :at, :up) RETURNING id",
      soci::use(r.unit_id), soci::use(r.process_id), soci::use(r.title), soci::use(r.vacancies),
      soci::use(r.opened_on), soci::use(r.method), soci::use(panel), soci::use(r.candidates), soci::use(appointed),
      soci::use(r.outcome), soci::use(status), soci::use(by.value, by.ind), soci::use(r.created_at),
      soci::use(r.updated_at), soci::into(r.id);
  r.version = 1;
}

bool UpdateRecruitment(soci::session& s, const Recruitment& r, long long expected_version) {
  std::string panel = PanelText(r.panel), appointed = AppointedText(r.appointed), status = StatusName(r.status);
  Nullable<std::string> decided(r.decided_on), reason(r.cancel_reason), archived(r.archived_at);
  soci::statement st =
      (s.prepare << "UPDATE recruitments SET title = :t, vacancies = :v, opened_on = :o, method = :m, panel = :panel, "
                    "candidates = :c, decided_on = :d, appointed = :a, outcome = :out, status = :s, "
                    "cancel_reason = :reason, archived_at = :archived, version = version + 1, updated_at = :up "
                    "WHERE id = :id AND version = :expected",
       soci::use(r.title), soci::use(r.vacancies), soci::use(r.opened_on), soci::use(r.method), soci::use(panel),
       soci::use(r.candidates), soci::use(decided.value, decided.ind), soci::use(appointed), soci::use(r.outcome),
       soci::use(status), soci::use(reason.value, reason.ind), soci::use(archived.value, archived.ind),
       soci::use(r.updated_at), soci::use(r.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<std::string> DocumentUnitPath(soci::session& s, db::Id id) {
  std::string path;
  soci::indicator ind = soci::i_null;
  s << "SELECT u.path FROM documents d JOIN units u ON u.id = d.unit_id WHERE d.id = :id", soci::use(id),
      soci::into(path, ind);
  if (!s.got_data() || ind != soci::i_ok) return std::nullopt;
  return path;
}

std::pair<long long, long long> RegisterCounts(soci::session& s, const std::string& path) {
  auto [lo, hi] = db::SubtreeRange(path);
  long long processes = 0, decided = 0;
  s << "SELECT COUNT(*) FROM recruitment_processes p JOIN units u ON u.id = p.unit_id WHERE u.path >= :lo AND "
       "u.path < :hi",
      soci::use(lo), soci::use(hi), soci::into(processes);
  s << "SELECT COUNT(*) FROM recruitments r JOIN units u ON u.id = r.unit_id WHERE u.path >= :lo AND u.path < :hi "
       "AND r.status IN ('decided', 'closed')",
      soci::use(lo), soci::use(hi), soci::into(decided);
  return {processes, decided};
}

}  // namespace eduims::recruitment::store
