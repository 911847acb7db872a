#include "audits/store.h"

#include <map>

#include "notifications/task_reader.h"
#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::audits::store {
namespace {

using db::Nullable;

struct ClauseReader {
  ClauseRef c;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.urn));
    st.exchange(soci::into(c.number));
  }
  ClauseRef Take() const { return c; }
};

using ClauseLinkReader = db::KeyedReader<ClauseReader>;

std::vector<ClauseRef> ClausesOf(soci::session& s, const std::string& link_table, const std::string& owner_column,
                                 db::Id owner) {
  db::Binds b;
  return db::FetchAll<ClauseReader>(s,
                                    "SELECT c.id, c.urn, c.number FROM " + link_table + " l JOIN clauses c ON c.id = "
                                    "l.clause_id WHERE l." + owner_column + " = " + b.Id("owner", owner) +
                                        " ORDER BY c.standard_id, c.position",
                                    b);
}

const char* kProgrammeColumns =
    "p.id, p.unit_id, p.year, p.title, p.objectives, p.version, p.created_by, p.created_at, p.updated_at, "
    "p.archived_at, u.path";

struct ProgrammeReader {
  Programme p;
  std::string path;
  Nullable<db::Id> created_by;
  Nullable<std::string> archived;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.year));
    st.exchange(soci::into(p.title));
    st.exchange(soci::into(p.objectives));
    st.exchange(soci::into(p.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(p.created_at));
    st.exchange(soci::into(p.updated_at));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(path));
  }
  std::pair<Programme, std::string> Take() const {
    Programme out = p;
    out.created_by = created_by.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

const char* kAuditColumns =
    "a.id, a.programme_id, a.unit_id, a.title, a.type, a.status, a.lead_auditor_id, a.planned_start, a.planned_end, "
    "a.agenda, a.summary, a.version, a.created_at, a.updated_at, a.closed_at, a.archived_at, u.path";

struct AuditReader {
  Audit a;
  std::string status, path;
  Nullable<std::string> summary, closed, archived;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(a.id));
    st.exchange(soci::into(a.programme_id));
    st.exchange(soci::into(a.unit_id));
    st.exchange(soci::into(a.title));
    st.exchange(soci::into(a.type));
    st.exchange(soci::into(status));
    st.exchange(soci::into(a.lead_auditor_id));
    st.exchange(soci::into(a.planned_start));
    st.exchange(soci::into(a.planned_end));
    st.exchange(soci::into(a.agenda));
    st.exchange(soci::into(summary.value, summary.ind));
    st.exchange(soci::into(a.version));
    st.exchange(soci::into(a.created_at));
    st.exchange(soci::into(a.updated_at));
    st.exchange(soci::into(closed.value, closed.ind));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(path));
  }
  std::pair<Audit, std::string> Take() const {
    Audit out = a;
    out.status = ParseAuditStatus(status).value_or(AuditStatus::kPlanned);
    out.summary = summary.Get();
    out.closed_at = closed.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

// The team, auditees, clauses and processes of a new audit or of an edited plan.
void InsertLinks(soci::session& s, Audit& a, const std::vector<db::Id>& clause_ids) {
  for (db::Id user : a.team_ids)
    s << "INSERT INTO audit_team (audit_id, user_id) VALUES (:a, :u)", soci::use(a.id), soci::use(user);
  for (db::Id user : a.auditee_ids)
    s << "INSERT INTO audit_auditees (audit_id, user_id) VALUES (:a, :u)", soci::use(a.id), soci::use(user);
  for (db::Id clause : clause_ids)
    s << "INSERT INTO audit_clauses (audit_id, clause_id) VALUES (:a, :c)", soci::use(a.id), soci::use(clause);
  a.clauses = ClausesOf(s, "audit_clauses", "audit_id", a.id);
  for (db::Id process : a.process_ids)
    s << "INSERT INTO audit_processes (audit_id, process_id) VALUES (:a, :p)", soci::use(a.id), soci::use(process);
}

// `by_unit` false joins through +a.unit_id, so that the engine walks the audits in id order and stops at the page's
// end instead of reading every audit of a large subtree through audits_unit and sorting them (see db::kFewUnits).
std::vector<std::pair<Audit, std::string>> RunAudits(soci::session& s, const std::string& where, db::Binds& b,
                                                     int limit, bool by_unit = true) {
  std::string sql = std::string("SELECT ") + kAuditColumns + " FROM audits a JOIN units u ON u.id = " +
                    (by_unit ? "a.unit_id" : "+a.unit_id") + " WHERE " + where + " ORDER BY a.id LIMIT " +
                    std::to_string(limit);
  auto rows = db::FetchAll<AuditReader>(s, sql, b);
  // The people, clauses and processes of the whole page: four statements per slice of ids, not four per audit.
  std::map<db::Id, Audit*> by_id;
  std::vector<db::Id> ids;
  for (auto& [audit, path] : rows) {
    by_id[audit.id] = &audit;
    ids.push_back(audit.id);
  }
  for (const auto& slice : db::PaddedIdSlices(ids)) {
    db::Binds team, auditees, clauses, processes;
    for (const auto& [audit_id, user_id] : db::FetchAll<db::IdPairReader>(
             s, "SELECT audit_id, user_id FROM audit_team WHERE audit_id IN " + db::IdList(slice, "a", team) +
                    " ORDER BY audit_id, user_id",
             team))
      by_id.at(audit_id)->team_ids.push_back(user_id);
    for (const auto& [audit_id, user_id] : db::FetchAll<db::IdPairReader>(
             s, "SELECT audit_id, user_id FROM audit_auditees WHERE audit_id IN " + db::IdList(slice, "a", auditees) +
                    " ORDER BY audit_id, user_id",
             auditees))
      by_id.at(audit_id)->auditee_ids.push_back(user_id);
    for (const auto& [audit_id, clause] : db::FetchAll<ClauseLinkReader>(
             s, "SELECT l.audit_id, c.id, c.urn, c.number FROM audit_clauses l JOIN clauses c ON c.id = l.clause_id "
                "WHERE l.audit_id IN " + db::IdList(slice, "a", clauses) + " ORDER BY l.audit_id, c.standard_id, c.position",
             clauses))
      by_id.at(audit_id)->clauses.push_back(clause);
    for (const auto& [audit_id, process_id] : db::FetchAll<db::IdPairReader>(
             s, "SELECT audit_id, process_id FROM audit_processes WHERE audit_id IN " + db::IdList(slice, "a", processes) +
                    " ORDER BY audit_id, process_id",
             processes))
      by_id.at(audit_id)->process_ids.push_back(process_id);
  }
  return rows;
}

const char* kLineColumns =
    "id, audit_id, position, question, result, evidence, finding, nonconformity_id, improvement_id, version, "
    "updated_at";

struct LineReader {
  ChecklistLine l;
  Nullable<std::string> result, finding;
  Nullable<db::Id> nc, improvement;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(l.id));
    st.exchange(soci::into(l.audit_id));
    st.exchange(soci::into(l.position));
    st.exchange(soci::into(l.question));
    st.exchange(soci::into(result.value, result.ind));
    st.exchange(soci::into(l.evidence));
    st.exchange(soci::into(finding.value, finding.ind));
    st.exchange(soci::into(nc.value, nc.ind));
    st.exchange(soci::into(improvement.value, improvement.ind));
    st.exchange(soci::into(l.version));
    st.exchange(soci::into(l.updated_at));
  }
  ChecklistLine Take() const {
    ChecklistLine out = l;
    out.result = result.Get();
    out.finding = finding.Get();
    out.nonconformity_id = nc.Get();
    out.improvement_id = improvement.Get();
    return out;
  }
};

}  // namespace

std::optional<std::pair<Programme, std::string>> FindProgramme(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = db::FetchAll<ProgrammeReader>(s,
                                            std::string("SELECT ") + kProgrammeColumns +
                                                " FROM audit_programmes p JOIN units u ON u.id = p.unit_id WHERE "
                                                "p.id = " + b.Id("id", id),
                                            b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Programme> ListProgrammes(soci::session& s, const ProgrammeQuery& q) {
  if (q.scope.empty()) return {};
  db::Binds b;
  std::string where = db::SubtreeClause(q.scope, "u.path", b);
  if (!q.include_archived) where += " AND p.archived_at IS NULL";
  if (q.unit_id) where += " AND p.unit_id = " + b.Id("unit", *q.unit_id);
  if (q.year) where += " AND p.year = " + b.Id("year", *q.year);
  if (q.after) where += " AND p.id > " + b.Id("after", *q.after);
  std::vector<Programme> out;
  for (auto& row : db::FetchAll<ProgrammeReader>(s,
                                                 std::string("SELECT ") + kProgrammeColumns +
                                                     " FROM audit_programmes p JOIN units u ON u.id = p.unit_id "
                                                     "WHERE " + where + " ORDER BY p.id LIMIT " +
                                                     std::to_string(q.limit),
                                                 b))
    out.push_back(std::move(row.first));
  return out;
}

bool ProgrammeExists(soci::session& s, db::Id unit_id, int year) {
  int n = 0;
  s << "SELECT COUNT(*) FROM audit_programmes WHERE unit_id = :u AND year = :y", soci::use(unit_id), soci::use(year),
      soci::into(n);
  return n > 0;
}

void InsertProgramme(soci::session& s, Programme& p) {
  Nullable<db::Id> by(p.created_by);
  s << "INSERT INTO audit_programmes (unit_id, year, title, objectives, version, created_by, created_at, updated_at) "
       "VALUES (:unit, :year, :title, :objectives, 1, :by, :created, :updated) RETURNING id",
      soci::use(p.unit_id), soci::use(p.year), soci::use(p.title), soci::use(p.objectives),
      soci::use(by.value, by.ind), soci::use(p.created_at), soci::use(p.updated_at), soci::into(p.id);
  p.version = 1;
}

bool UpdateProgramme(soci::session& s, const Programme& p, long long expected_version) {
  Nullable<std::string> archived(p.archived_at);
  soci::statement st =
      (s.prepare << "UPDATE audit_programmes SET title = :title, objectives = :objectives, version = version + 1, "
                    "updated_at = :updated, archived_at = :archived WHERE id = :id AND version = :expected",
       soci::use(p.title), soci::use(p.objectives), soci::use(p.updated_at), soci::use(archived.value, archived.ind),
       soci::use(p.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

int OpenAudits(soci::session& s, db::Id programme_id) {
  int n = 0;
  s << "SELECT COUNT(*) FROM audits WHERE programme_id = :p AND archived_at IS NULL AND status <> 'closed'",
      soci::use(programme_id), soci::into(n);
  return n;
}

std::optional<std::pair<Audit, std::string>> FindAudit(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = RunAudits(s, "a.id = " + b.Id("id", id), b, 1);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Audit> ListAudits(soci::session& s, const AuditQuery& q) {
  if (q.scope.empty()) return {};
  db::Binds b;
  std::string where = db::SubtreeClause(q.scope, "u.path", b);
  if (!q.include_archived) where += " AND a.archived_at IS NULL";
  if (q.programme_id) where += " AND a.programme_id = " + b.Id("programme", *q.programme_id);
  if (q.unit_id) where += " AND a.unit_id = " + b.Id("unit", *q.unit_id);
  if (q.lead_auditor_id) where += " AND a.lead_auditor_id = " + b.Id("lead", *q.lead_auditor_id);
  if (q.status) where += " AND a.status = " + b.Text("status", AuditStatusName(*q.status));
  if (q.after) where += " AND a.id > " + b.Id("after", *q.after);
  // A programme's audits are read through audits_programme in id order already.
  bool by_unit = q.unit_id || q.programme_id || db::HasFewUnits(s, q.scope);
  std::vector<Audit> out;
  for (auto& row : RunAudits(s, where, b, q.limit, by_unit)) out.push_back(std::move(row.first));
  return out;
}

std::vector<Audit> ScheduledAudits(soci::session& s, const ScheduleQuery& q) {
  if (q.scope.empty() && !q.taking_part) return {};
  db::Binds b;
  std::string visible = db::SubtreeClause(q.scope, "u.path", b);
  if (q.taking_part) {
    visible += " AND (a.lead_auditor_id = " + b.Id("lead", *q.taking_part) +
               " OR EXISTS (SELECT 1 FROM audit_team t WHERE t.audit_id = a.id AND t.user_id = " +
               b.Id("member", *q.taking_part) + ")";
    if (q.own_unit) visible += " OR a.unit_id = " + b.Id("own_unit", *q.own_unit);
    // The plan is communicated to the auditees (ISO 19011 6.3.2): theirs even without the right to view audits.
    visible += ") OR EXISTS (SELECT 1 FROM audit_auditees e WHERE e.audit_id = a.id AND e.user_id = " +
               b.Id("auditee", *q.taking_part) + ")";
  }
  std::string where = "a.archived_at IS NULL AND a.planned_start <= " + b.Text("to", q.to) +
                      " AND a.planned_end >= " + b.Text("from", q.from) + " AND (" + visible + ")";
  std::vector<Audit> out;
  for (auto& row : db::FetchAll<AuditReader>(s,
                                             std::string("SELECT ") + kAuditColumns +
                                                 " FROM audits a JOIN units u ON u.id = a.unit_id WHERE " + where +
                                                 " ORDER BY a.planned_start, a.id LIMIT " + std::to_string(q.limit),
                                             b))
    out.push_back(std::move(row.first));
  return out;
}

void InsertAudit(soci::session& s, Audit& a, const std::vector<db::Id>& clause_ids) {
  std::string status = AuditStatusName(a.status);
  s << "INSERT INTO audits (programme_id, unit_id, title, type, status, lead_auditor_id, planned_start, planned_end, "
       "agenda, version, created_at, updated_at) VALUES (:programme, :unit, :title, :type, :status, :lead, :start, "
       ":end, :agenda, 1, :created, :updated) RETURNING id",
      soci::use(a.programme_id), soci::use(a.unit_id), soci::use(a.title), soci::use(a.type), soci::use(status),
      soci::use(a.lead_auditor_id), soci::use(a.planned_start), soci::use(a.planned_end), soci::use(a.agenda),
      soci::use(a.created_at), soci::use(a.updated_at), soci::into(a.id);
  a.version = 1;
  InsertLinks(s, a, clause_ids);
}

void ReplaceAuditLinks(soci::session& s, Audit& a, const std::vector<db::Id>& clause_ids) {
  for (const char* table : {"audit_team", "audit_auditees", "audit_clauses", "audit_processes"})
    s << "DELETE FROM " + std::string(table) + " WHERE audit_id = :a", soci::use(a.id);
  InsertLinks(s, a, clause_ids);
}

bool UpdateAudit(soci::session& s, const Audit& a, long long expected_version) {
  std::string status = AuditStatusName(a.status);
  Nullable<std::string> summary(a.summary), closed(a.closed_at), archived(a.archived_at);
  soci::statement st =
      (s.prepare << "UPDATE audits SET title = :title, type = :type, status = :status, lead_auditor_id = :lead, "
                    "planned_start = :start, planned_end = :end, agenda = :agenda, summary = :summary, "
                    "version = version + 1, updated_at = :updated, closed_at = :closed, archived_at = :archived "
                    "WHERE id = :id AND version = :expected",
       soci::use(a.title), soci::use(a.type), soci::use(status), soci::use(a.lead_auditor_id),
       soci::use(a.planned_start), soci::use(a.planned_end), soci::use(a.agenda), soci::use(summary.value, summary.ind),
       soci::use(a.updated_at), soci::use(closed.value, closed.ind), soci::use(archived.value, archived.ind),
       soci::use(a.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::map<db::Id, int> AuditsPerProcess(soci::session& s, db::Id programme_id) {
  struct CountReader {
    db::Id process = 0;
    long long audits = 0;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(process));
      st.exchange(soci::into(audits));
    }
    std::pair<db::Id, int> Take() const { return {process, int(audits)}; }
  };
  db::Binds b;
  auto rows = db::FetchAll<CountReader>(
      s,
      "SELECT ap.process_id, COUNT(*) FROM audit_processes ap JOIN audits a ON a.id = ap.audit_id WHERE "
      "a.archived_at IS NULL AND a.programme_id = " +
          b.Id("programme", programme_id) + " GROUP BY ap.process_id",
      b);
  return {rows.begin(), rows.end()};
}

std::set<db::Id> AuditedClauses(soci::session& s, db::Id programme_id) {
  db::Binds b;
  // One probe of audit_clauses_clause per clause of the catalogue (a few hundred), whatever the programme's size:
  // reading every line of a province's thousand audits and sorting out the distinct clauses took five times longer.
  auto ids = db::FetchIds(s,
                          "SELECT cl.id FROM clauses cl WHERE EXISTS (SELECT 1 FROM audit_clauses c WHERE "
                          "c.clause_id = cl.id AND c.audit_id IN (SELECT a.id FROM audits a WHERE a.archived_at IS "
                          "NULL AND a.programme_id = " +
                              b.Id("programme", programme_id) + "))",
                          b);
  return {ids.begin(), ids.end()};
}

namespace {

struct UnitReader {
  UnitRef u;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(u.id));
    st.exchange(soci::into(u.code));
    st.exchange(soci::into(u.name));
  }
  UnitRef Take() const { return u; }
};

}  // namespace

std::vector<UnitRef> UnauditedUnits(soci::session& s, db::Id programme_id, const std::string& unit_path) {
  db::Binds b;
  // The programme's audited units are read once, through audits_programme, not searched for unit by unit.
  std::string sql = "SELECT u.id, u.code, u.name FROM units u WHERE " +
                    db::SubtreeClause({unit_path}, "u.path", b) +
                    " AND u.archived_at IS NULL AND u.id NOT IN (SELECT a.unit_id FROM audits a WHERE "
                    "a.archived_at IS NULL AND a.programme_id = " +
                    b.Id("programme", programme_id) + ") ORDER BY u.path";
  return db::FetchAll<UnitReader>(s, sql, b);
}

void InsertLine(soci::session& s, ChecklistLine& l, const std::vector<db::Id>& clause_ids) {
  s << "INSERT INTO checklist_lines (audit_id, position, question, evidence, version, updated_at) VALUES (:audit, "
       ":position, :question, '', 1, :updated) RETURNING id",
      soci::use(l.audit_id), soci::use(l.position), soci::use(l.question), soci::use(l.updated_at), soci::into(l.id);
  l.version = 1;
  for (db::Id clause : clause_ids)
    s << "INSERT INTO checklist_line_clauses (line_id, clause_id) VALUES (:l, :c)", soci::use(l.id),
        soci::use(clause);
  l.clauses = ClausesOf(s, "checklist_line_clauses", "line_id", l.id);
}

std::vector<ChecklistLine> ListLines(soci::session& s, db::Id audit_id) {
  db::Binds b;
  auto lines = db::FetchAll<LineReader>(s,
                                        std::string("SELECT ") + kLineColumns +
                                            " FROM checklist_lines WHERE audit_id = " + b.Id("audit", audit_id) +
                                            " ORDER BY position",
                                        b);
  for (auto& line : lines) line.clauses = ClausesOf(s, "checklist_line_clauses", "line_id", line.id);
  return lines;
}

std::optional<ChecklistLine> FindLine(soci::session& s, db::Id line_id) {
  db::Binds b;
  auto lines = db::FetchAll<LineReader>(
      s, std::string("SELECT ") + kLineColumns + " FROM checklist_lines WHERE id = " + b.Id("id", line_id), b);
  if (lines.empty()) return std::nullopt;
  lines.front().clauses = ClausesOf(s, "checklist_line_clauses", "line_id", line_id);
  return lines.front();
}

bool UpdateLine(soci::session& s, const ChecklistLine& l, long long expected_version) {
  Nullable<std::string> result(l.result), finding(l.finding);
  Nullable<db::Id> nc(l.nonconformity_id), improvement(l.improvement_id);
  soci::statement st =
      (s.prepare << "UPDATE checklist_lines SET question = :question, result = :result, evidence = :evidence, "
                    "finding = :finding, nonconformity_id = :nc, improvement_id = :improvement, "
                    "version = version + 1, updated_at = :updated WHERE id = :id AND version = :expected",
       soci::use(l.question), soci::use(result.value, result.ind), soci::use(l.evidence),
       soci::use(finding.value, finding.ind), soci::use(nc.value, nc.ind),
       soci::use(improvement.value, improvement.ind), soci::use(l.updated_at), soci::use(l.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void ParkLine(soci::session& s, db::Id line_id) {
  s << "UPDATE checklist_lines SET position = -position WHERE id = :id", soci::use(line_id);
}

void PlaceLine(soci::session& s, ChecklistLine& l, int position, const std::vector<db::Id>& clause_ids) {
  s << "UPDATE checklist_lines SET position = :position, version = version + 1, updated_at = :updated WHERE id = :id",
      soci::use(position), soci::use(l.updated_at), soci::use(l.id);
  s << "DELETE FROM checklist_line_clauses WHERE line_id = :l", soci::use(l.id);
  for (db::Id clause : clause_ids)
    s << "INSERT INTO checklist_line_clauses (line_id, clause_id) VALUES (:l, :c)", soci::use(l.id),
        soci::use(clause);
  l.position = position;
  ++l.version;
  l.clauses = ClausesOf(s, "checklist_line_clauses", "line_id", l.id);
}

void DeleteLine(soci::session& s, db::Id line_id) {
  s << "DELETE FROM checklist_line_clauses WHERE line_id = :l", soci::use(line_id);
  s << "DELETE FROM checklist_lines WHERE id = :l", soci::use(line_id);
}

std::vector<notifications::UserTask> AssignedTasks(soci::session& s, std::optional<db::Id> user) {
  db::Binds b;
  std::string people = "SELECT lead_auditor_id AS user_id, id AS audit_id FROM audits UNION SELECT user_id, audit_id "
                       "FROM audit_team";
  std::string sql = "SELECT p.user_id, 'audit_assigned:' || a.id, 'audit_assigned', a.title, CASE WHEN a.status = "
                    "'planned' THEN a.planned_start ELSE a.planned_end END, '/audits/' || a.id FROM audits a JOIN (" +
                    people + ") p ON p.audit_id = a.id WHERE a.status IN ('planned', 'in_progress') AND "
                    "a.archived_at IS NULL" + (user ? " AND p.user_id = " + b.Id("user", *user) : "");
  return db::FetchAll<notifications::TaskReader>(s, sql, b);
}

}  // namespace eduims::audits::store
