#include "certification/store.h"

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::certification::store {
namespace {

using db::Nullable;

struct StandardReader {
  StandardRef r;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.code));
    st.exchange(soci::into(r.edition));
  }
  StandardRef Take() const { return r; }
};

// The standards of a project or certificate, from `table` whose owner column is `owner_column`.
std::vector<StandardRef> StandardsOf(soci::session& s, const std::string& table, const std::string& owner_column,
                                     db::Id owner) {
  db::Binds b;
  return db::FetchAll<StandardReader>(s,
                                      "SELECT standard_id, code, edition FROM " + table + " WHERE " + owner_column +
                                          " = " + b.Id("owner", owner) + " ORDER BY code, edition",
                                      b);
}

void InsertStandards(soci::session& s, const std::string& table, const std::string& owner_column, db::Id owner,
                     const std::vector<StandardRef>& standards) {
  s << "DELETE FROM " + table + " WHERE " + owner_column + " = :o", soci::use(owner);
  for (const StandardRef& r : standards)
    s << "INSERT INTO " + table + " (" + owner_column + ", standard_id, code, edition) VALUES (:o, :s, :c, :e)",
        soci::use(owner), soci::use(r.id), soci::use(r.code), soci::use(r.edition);
}

// ---- projects ----

const char* kProjectColumns =
    "p.id, p.unit_id, p.title, p.body_name, p.accreditation_body, p.accreditation_number, p.step, p.cycle, "
    "p.stage2_repeat_after, p.version, p.created_by, p.created_at, p.updated_at, u.path";

struct ProjectReader {
  Project p;
  std::string step, path;
  Nullable<std::string> repeat_after;
  Nullable<db::Id> created_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.title));
    st.exchange(soci::into(p.body.name));
    st.exchange(soci::into(p.body.accreditation_body));
    st.exchange(soci::into(p.body.accreditation_number));
    st.exchange(soci::into(step));
    st.exchange(soci::into(p.cycle));
    st.exchange(soci::into(repeat_after.value, repeat_after.ind));
    st.exchange(soci::into(p.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(p.created_at));
    st.exchange(soci::into(p.updated_at));
    st.exchange(soci::into(path));
  }
  std::pair<Project, std::string> Take() const {
    Project out = p;
    out.step = ParseStep(step).value_or(ProjectStep::kRegistration);
    out.stage2_repeat_after = repeat_after.Get();
    out.created_by = created_by.Get();
    return {out, path};
  }
};

struct StepReader {
  StepState st;
  std::string step;
  Nullable<db::Id> responsible;
  Nullable<std::string> planned, completed;
  void Bind(soci::statement& q) {
    q.exchange(soci::into(step));
    q.exchange(soci::into(responsible.value, responsible.ind));
    q.exchange(soci::into(planned.value, planned.ind));
    q.exchange(soci::into(completed.value, completed.ind));
    q.exchange(soci::into(st.note));
  }
  StepState Take() const {
    StepState out = st;
    out.step = ParseStep(step).value_or(ProjectStep::kRegistration);
    out.responsible_id = responsible.Get();
    out.planned_on = planned.Get();
    out.completed_on = completed.Get();
    return out;
  }
};

struct StepRecordReader {
  std::string step;
  db::Id record = 0;
  void Bind(soci::statement& q) {
    q.exchange(soci::into(step));
    q.exchange(soci::into(record));
  }
  std::pair<std::string, db::Id> Take() const { return {step, record}; }
};

void LoadParts(soci::session& s, Project& p) {
  p.standards = StandardsOf(s, "certification_project_standards", "project_id", p.id);
  db::Binds sites;
  p.site_ids =
      db::FetchIds(s,
                   "SELECT unit_id FROM certification_project_sites WHERE project_id = " + sites.Id("project", p.id) +
                       " ORDER BY unit_id",
                   sites);
  p.steps = FreshSteps();
  db::Binds steps;
  for (const StepState& loaded : db::FetchAll<StepReader>(
           s,
           "SELECT step, responsible_id, planned_on, completed_on, note FROM certification_steps WHERE project_id = " +
               steps.Id("project", p.id),
           steps))
    p.StateOf(loaded.step) = loaded;
  db::Binds records;
  for (const auto& [step, record] : db::FetchAll<StepRecordReader>(
           s,
           "SELECT step, record_id FROM certification_step_records WHERE project_id = " + records.Id("project", p.id) +
               " ORDER BY record_id",
           records))
    if (auto parsed = ParseStep(step)) p.StateOf(*parsed).record_ids.push_back(record);
}

std::vector<std::pair<Project, std::string>> SelectProjects(soci::session& s, const std::string& where, db::Binds& b,
                                                            int limit) {
  auto rows = db::FetchAll<ProjectReader>(s,
                                          std::string("SELECT ") + kProjectColumns +
                                              " FROM certification_projects p JOIN units u ON u.id = p.unit_id "
                                              "WHERE " +
                                              where + " ORDER BY p.id LIMIT " + std::to_string(limit),
                                          b);
  for (auto& row : rows) LoadParts(s, row.first);
  return rows;
}

void WriteParts(soci::session& s, const Project& p) {
  InsertStandards(s, "certification_project_standards", "project_id", p.id, p.standards);
  s << "DELETE FROM certification_project_sites WHERE project_id = :p", soci::use(p.id);
  for (db::Id site : p.site_ids)
    s << "INSERT INTO certification_project_sites (project_id, unit_id) VALUES (:p, :u)", soci::use(p.id),
        soci::use(site);
  s << "DELETE FROM certification_step_records WHERE project_id = :p", soci::use(p.id);
  s << "DELETE FROM certification_steps WHERE project_id = :p", soci::use(p.id);
  for (const StepState& st : p.steps) {
    std::string step = StepName(st.step);
    Nullable<db::Id> responsible(st.responsible_id);
    Nullable<std::string> planned(st.planned_on), completed(st.completed_on);
    s << "INSERT INTO certification_steps (project_id, step, responsible_id, planned_on, completed_on, note) VALUES "
         "(:p, :s, :r, :planned, :completed, :note)",
        soci::use(p.id), soci::use(step), soci::use(responsible.value, responsible.ind),
        soci::use(planned.value, planned.ind), soci::use(completed.value, completed.ind), soci::use(st.note);
    for (db::Id record : st.record_ids)
      s << "INSERT INTO certification_step_records (project_id, step, record_id) VALUES (:p, :s, :r)", soci::use(p.id),
          soci::use(step), soci::use(record);
  }
}

// ---- audits ----

const char* kAuditColumns =
    "id, project_id, type, status, start_date, end_date, audit_days, window_justification, notes, version, "
    "created_at, updated_at";

struct AuditReader {
  Audit a;
  std::string status;
  Nullable<std::string> justification;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(a.id));
    st.exchange(soci::into(a.project_id));
    st.exchange(soci::into(a.type));
    st.exchange(soci::into(status));
    st.exchange(soci::into(a.start_date));
    st.exchange(soci::into(a.end_date));
    st.exchange(soci::into(a.audit_days));
    st.exchange(soci::into(justification.value, justification.ind));
    st.exchange(soci::into(a.notes));
    st.exchange(soci::into(a.version));
    st.exchange(soci::into(a.created_at));
    st.exchange(soci::into(a.updated_at));
  }
  Audit Take() const {
    Audit out = a;
    out.status = ParseAuditStatus(status).value_or(AuditStatus::kPlanned);
    out.window_justification = justification.Get();
    return out;
  }
};

struct TeamReader {
  TeamMember m;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(m.name));
    st.exchange(soci::into(m.role));
  }
  TeamMember Take() const { return m; }
};

std::vector<Audit> SelectAudits(soci::session& s, const std::string& where, db::Binds& b) {
  auto audits = db::FetchAll<AuditReader>(
      s,
      std::string("SELECT ") + kAuditColumns + " FROM certification_audits WHERE " + where + " ORDER BY start_date, id",
      b);
  for (Audit& a : audits) {
    db::Binds team;
    a.team = db::FetchAll<TeamReader>(s,
                                      "SELECT name, role FROM certification_audit_team WHERE audit_id = " +
                                          team.Id("audit", a.id) + " ORDER BY position",
                                      team);
  }
  return audits;
}

void WriteTeam(soci::session& s, const Audit& a) {
  s << "DELETE FROM certification_audit_team WHERE audit_id = :a", soci::use(a.id);
  int position = 0;
  for (const TeamMember& m : a.team) {
    ++position;
    s << "INSERT INTO certification_audit_team (audit_id, position, name, role) VALUES (:a, :p, :n, :r)",
        soci::use(a.id), soci::use(position), soci::use(m.name), soci::use(m.role);
  }
}

// ---- findings ----

const char* kFindingColumns =
    "f.id, f.audit_id, f.grade, f.title, f.description, f.unit_id, f.nonconformity_id, f.improvement_id, "
    "f.created_by, f.created_at";

struct FindingReader {
  Finding f;
  Nullable<db::Id> nc, improvement, by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(f.id));
    st.exchange(soci::into(f.audit_id));
    st.exchange(soci::into(f.grade));
    st.exchange(soci::into(f.title));
    st.exchange(soci::into(f.description));
    st.exchange(soci::into(f.unit_id));
    st.exchange(soci::into(nc.value, nc.ind));
    st.exchange(soci::into(improvement.value, improvement.ind));
    st.exchange(soci::into(by.value, by.ind));
    st.exchange(soci::into(f.created_at));
  }
  Finding Take() const {
    Finding out = f;
    out.nonconformity_id = nc.Get();
    out.improvement_id = improvement.Get();
    out.created_by = by.Get();
    return out;
  }
};

// ---- certificates ----

const char* kCertificateColumns =
    "c.id, c.project_id, c.unit_id, c.number, c.entity_name, c.entity_address, c.organisation_type, c.region, "
    "c.scope_vi, c.scope_en, c.body_name, c.accreditation_body, c.accreditation_number, c.original_issue_date, "
    "c.issue_date, c.cycle_start, c.expiry_date, c.cycle, c.status, c.version, c.created_by, c.created_at, "
    "c.updated_at, u.path";

struct CertificateReader {
  Certificate c;
  std::string status, path;
  Nullable<db::Id> by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.project_id));
    st.exchange(soci::into(c.unit_id));
    st.exchange(soci::into(c.number));
    st.exchange(soci::into(c.entity_name));
    st.exchange(soci::into(c.entity_address));
    st.exchange(soci::into(c.organisation_type));
    st.exchange(soci::into(c.region));
    st.exchange(soci::into(c.scope_vi));
    st.exchange(soci::into(c.scope_en));
    st.exchange(soci::into(c.body.name));
    st.exchange(soci::into(c.body.accreditation_body));
    st.exchange(soci::into(c.body.accreditation_number));
    st.exchange(soci::into(c.original_issue_date));
    st.exchange(soci::into(c.issue_date));
    st.exchange(soci::into(c.cycle_start));
    st.exchange(soci::into(c.expiry_date));
    st.exchange(soci::into(c.cycle));
    st.exchange(soci::into(status));
    st.exchange(soci::into(c.version));
    st.exchange(soci::into(by.value, by.ind));
    st.exchange(soci::into(c.created_at));
    st.exchange(soci::into(c.updated_at));
    st.exchange(soci::into(path));
  }
  std::pair<Certificate, std::string> Take() const {
    Certificate out = c;
    out.status = ParseCertificateStatus(status).value_or(CertificateStatus::kActive);
    out.created_by = by.Get();
    return {out, path};
  }
};

struct SiteReader {
  CertificateSite site;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(site.unit_id));
    st.exchange(soci::into(site.name));
    st.exchange(soci::into(site.address));
  }
  CertificateSite Take() const { return site; }
};

std::vector<std::pair<Certificate, std::string>> SelectCertificates(soci::session& s, const std::string& where,
                                                                    db::Binds& b, int limit) {
  auto rows = db::FetchAll<CertificateReader>(s,
                                              std::string("SELECT ") + kCertificateColumns +
                                                  " FROM certificates c JOIN units u ON u.id = c.unit_id WHERE " +
                                                  where + " ORDER BY c.id LIMIT " + std::to_string(limit),
                                              b);
  for (auto& [c, path] : rows) {
    c.standards = StandardsOf(s, "certificate_standards", "certificate_id", c.id);
    db::Binds sites;
    c.sites = db::FetchAll<SiteReader>(s,
                                       "SELECT unit_id, name, address FROM certificate_sites WHERE certificate_id = " +
                                           sites.Id("certificate", c.id) + " ORDER BY unit_id",
                                       sites);
  }
  return rows;
}

void WriteSites(soci::session& s, const Certificate& c) {
  s << "DELETE FROM certificate_sites WHERE certificate_id = :c", soci::use(c.id);
  for (const CertificateSite& site : c.sites)
    s << "INSERT INTO certificate_sites (certificate_id, unit_id, name, address) VALUES (:c, :u, :n, :a)",
        soci::use(c.id), soci::use(site.unit_id), soci::use(site.name), soci::use(site.address);
}

struct TransitionReader {
  TransitionRecord t;
  std::string from, to;
  Nullable<db::Id> user;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(t.id));
    st.exchange(soci::into(t.action));
    st.exchange(soci::into(from));
    st.exchange(soci::into(to));
    st.exchange(soci::into(t.cycle));
    st.exchange(soci::into(user.value, user.ind));
    st.exchange(soci::into(t.comment));
    st.exchange(soci::into(t.on_date));
    st.exchange(soci::into(t.at));
  }
  TransitionRecord Take() const {
    TransitionRecord out = t;
    out.from = ParseStep(from).value_or(ProjectStep::kRegistration);
    out.to = ParseStep(to).value_or(ProjectStep::kRegistration);
    out.user_id = user.Get();
    return out;
  }
};

struct ChangeReader {
  CertificateChange c;
  Nullable<db::Id> user;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.kind));
    st.exchange(soci::into(c.reason));
    st.exchange(soci::into(c.effective_on));
    st.exchange(soci::into(c.before_json));
    st.exchange(soci::into(c.after_json));
    st.exchange(soci::into(user.value, user.ind));
    st.exchange(soci::into(c.at));
  }
  CertificateChange Take() const {
    CertificateChange out = c;
    out.user_id = user.Get();
    return out;
  }
};

struct ValidReader {
  CertifiedStandard v;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(v.certificate_id));
    st.exchange(soci::into(v.unit_id));
    st.exchange(soci::into(v.organisation_type));
    st.exchange(soci::into(v.region));
    st.exchange(soci::into(v.code));
    st.exchange(soci::into(v.edition));
  }
  CertifiedStandard Take() const { return v; }
};

struct HeldReader {
  HeldStandard v;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(v.certificate_id));
    st.exchange(soci::into(v.number));
    st.exchange(soci::into(v.code));
    st.exchange(soci::into(v.edition));
  }
  HeldStandard Take() const { return v; }
};

}  // namespace

std::optional<std::pair<Project, std::string>> FindProject(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = SelectProjects(s, "p.id = " + b.Id("id", id), b, 1);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Project> ListProjects(soci::session& s, const ProjectQuery& q) {
  if (q.scope.empty()) return {};
  db::Binds b;
  std::string where = db::SubtreeClause(q.scope, "u.path", b);
  if (q.unit_id) where += " AND p.unit_id = " + b.Id("unit", *q.unit_id);
  if (q.step) where += " AND p.step = " + b.Text("step", StepName(*q.step));
  if (q.after) where += " AND p.id > " + b.Id("after", *q.after);
  std::vector<Project> out;
  for (auto& row : SelectProjects(s, where, b, q.limit)) out.push_back(std::move(row.first));
  return out;
}

void InsertProject(soci::session& s, Project& p) {
  std::string step = StepName(p.step);
  Nullable<std::string> repeat_after(p.stage2_repeat_after);
  Nullable<db::Id> by(p.created_by);
  s << "INSERT INTO certification_projects (unit_id, title, body_name, accreditation_body, accreditation_number, "
       "step, cycle, stage2_repeat_after, version, created_by, created_at, updated_at) VALUES (:unit, :title, :body, "
       ":accreditation_body, :accreditation_number, :step, :cycle, :repeat_after, 1, :by, :created, :updated) "
       "RETURNING id",
      soci::use(p.unit_id), soci::use(p.title), soci::use(p.body.name), soci::use(p.body.accreditation_body),
      soci::use(p.body.accreditation_number), soci::use(step), soci::use(p.cycle),
      soci::use(repeat_after.value, repeat_after.ind), soci::use(by.value, by.ind), soci::use(p.created_at),
      soci::use(p.updated_at), soci::into(p.id);
  p.version = 1;
  WriteParts(s, p);
}

bool UpdateProject(soci::session& s, const Project& p, long long expected_version) {
  std::string step = StepName(p.step);
  Nullable<std::string> repeat_after(p.stage2_repeat_after);
  soci::statement st =
      (s.prepare << "UPDATE certification_projects SET title = :title, body_name = :body, accreditation_body = "
                    ":accreditation_body, accreditation_number = :accreditation_number, step = :step, cycle = :cycle, "
                    "stage2_repeat_after = :repeat_after, version = version + 1, updated_at = :updated WHERE id = :id "
                    "AND version = :expected",
       soci::use(p.title), soci::use(p.body.name), soci::use(p.body.accreditation_body),
       soci::use(p.body.accreditation_number), soci::use(step), soci::use(p.cycle),
       soci::use(repeat_after.value, repeat_after.ind), soci::use(p.updated_at), soci::use(p.id),
       soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  WriteParts(s, p);
  return true;
}

void InsertTransition(soci::session& s, db::Id project_id, TransitionRecord& t) {
  std::string from = StepName(t.from), to = StepName(t.to);
  Nullable<db::Id> user(t.user_id);
  s << "INSERT INTO certification_transitions (project_id, action, from_step, to_step, cycle, user_id, comment, "
       "on_date, at) VALUES (:p, :action, :from, :to, :cycle, :user, :comment, :on_date, :at) RETURNING id",
      soci::use(project_id), soci::use(t.action), soci::use(from), soci::use(to), soci::use(t.cycle),
      soci::use(user.value, user.ind), soci::use(t.comment), soci::use(t.on_date), soci::use(t.at), soci::into(t.id);
}

std::vector<TransitionRecord> ListTransitions(soci::session& s, db::Id project_id) {
  db::Binds b;
  return db::FetchAll<TransitionReader>(s,
                                        "SELECT id, action, from_step, to_step, cycle, user_id, comment, on_date, at "
                                        "FROM certification_transitions WHERE project_id = " +
                                            b.Id("project", project_id) + " ORDER BY id",
                                        b);
}

std::optional<Audit> FindAudit(soci::session& s, db::Id id) {
  db::Binds b;
  auto audits = SelectAudits(s, "id = " + b.Id("id", id), b);
  if (audits.empty()) return std::nullopt;
  return audits.front();
}

std::vector<Audit> ListAudits(soci::session& s, db::Id project_id) {
  db::Binds b;
  return SelectAudits(s, "project_id = " + b.Id("project", project_id), b);
}

void InsertAudit(soci::session& s, Audit& a) {
  std::string status = AuditStatusName(a.status);
  Nullable<std::string> justification(a.window_justification);
  s << "INSERT INTO certification_audits (project_id, type, status, start_date, end_date, audit_days, "
       "window_justification, notes, version, created_at, updated_at) VALUES (:project, :type, :status, :start, :end, "
       ":days, :justification, :notes, 1, :created, :updated) RETURNING id",
      soci::use(a.project_id), soci::use(a.type), soci::use(status), soci::use(a.start_date), soci::use(a.end_date),
      soci::use(a.audit_days), soci::use(justification.value, justification.ind), soci::use(a.notes),
      soci::use(a.created_at), soci::use(a.updated_at), soci::into(a.id);
  a.version = 1;
  WriteTeam(s, a);
}

bool UpdateAudit(soci::session& s, const Audit& a, long long expected_version) {
  std::string status = AuditStatusName(a.status);
  Nullable<std::string> justification(a.window_justification);
  soci::statement st =
      (s.prepare << "UPDATE certification_audits SET status = :status, start_date = :start, end_date = :end, "
                    "audit_days = :days, window_justification = :justification, notes = :notes, version = version "
                    "+ 1, updated_at = :updated WHERE id = :id AND version = :expected",
       soci::use(status), soci::use(a.start_date), soci::use(a.end_date), soci::use(a.audit_days),
       soci::use(justification.value, justification.ind), soci::use(a.notes), soci::use(a.updated_at), soci::use(a.id),
       soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  WriteTeam(s, a);
  return true;
}

void InsertFinding(soci::session& s, Finding& f) {
  Nullable<db::Id> nc(f.nonconformity_id), improvement(f.improvement_id), by(f.created_by);
  s << "INSERT INTO certification_findings (audit_id, grade, title, description, unit_id, nonconformity_id, "
       "improvement_id, created_by, created_at) VALUES (:audit, :grade, :title, :description, :unit, :nc, "
       ":improvement, :by, :created) RETURNING id",
      soci::use(f.audit_id), soci::use(f.grade), soci::use(f.title), soci::use(f.description), soci::use(f.unit_id),
      soci::use(nc.value, nc.ind), soci::use(improvement.value, improvement.ind), soci::use(by.value, by.ind),
      soci::use(f.created_at), soci::into(f.id);
}

std::vector<Finding> ListFindings(soci::session& s, db::Id audit_id) {
  db::Binds b;
  return db::FetchAll<FindingReader>(
      s,
      std::string("SELECT ") + kFindingColumns +
          " FROM certification_findings f WHERE f.audit_id = " + b.Id("audit", audit_id) + " ORDER BY f.id",
      b);
}

std::vector<Finding> ProjectFindings(soci::session& s, db::Id project_id) {
  db::Binds b;
  return db::FetchAll<FindingReader>(s,
                                     std::string("SELECT ") + kFindingColumns +
                                         " FROM certification_findings f JOIN certification_audits a ON a.id = "
                                         "f.audit_id WHERE a.project_id = " +
                                         b.Id("project", project_id) + " ORDER BY f.id",
                                     b);
}

std::optional<std::pair<Certificate, std::string>> FindCertificate(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = SelectCertificates(s, "c.id = " + b.Id("id", id), b, 1);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<Certificate> FindCertificateByNumber(soci::session& s, const std::string& number) {
  db::Binds b;
  auto rows = SelectCertificates(s, "c.number = " + b.Text("number", number), b, 1);
  if (rows.empty()) return std::nullopt;
  return rows.front().first;
}

std::vector<Certificate> ListCertificates(soci::session& s, const CertificateQuery& q) {
  if (q.scope.empty()) return {};
  db::Binds b;
  std::string where = db::SubtreeClause(q.scope, "u.path", b);
  if (q.unit_id) where += " AND c.unit_id = " + b.Id("unit", *q.unit_id);
  if (q.project_id) where += " AND c.project_id = " + b.Id("project", *q.project_id);
  if (q.after) where += " AND c.id > " + b.Id("after", *q.after);
  std::vector<Certificate> out;
  for (auto& row : SelectCertificates(s, where, b, q.limit)) out.push_back(std::move(row.first));
  return out;
}

std::vector<Certificate> ProjectCertificates(soci::session& s, db::Id project_id) {
  db::Binds b;
  std::vector<Certificate> out;
  for (auto& row : SelectCertificates(s, "c.project_id = " + b.Id("project", project_id), b, 1000))
    out.push_back(std::move(row.first));
  return out;
}

bool NumberTaken(soci::session& s, const std::string& number) {
  int n = 0;
  s << "SELECT COUNT(*) FROM certificates WHERE number = :n", soci::use(number), soci::into(n);
  return n > 0;
}

void InsertCertificate(soci::session& s, Certificate& c) {
  std::string status = CertificateStatusName(c.status);
  Nullable<db::Id> by(c.created_by);
  s << "INSERT INTO certificates (project_id, unit_id, number, entity_name, entity_address, organisation_type, "
       "region, scope_vi, scope_en, body_name, accreditation_body, accreditation_number, original_issue_date, "
       "issue_date, cycle_start, expiry_date, cycle, status, version, created_by, created_at, updated_at) VALUES "
       "(:project, :unit, :number, :name, :address, :type, :region, :scope_vi, :scope_en, :body, :accreditation_body, "
       ":accreditation_number, :original, :issue, :cycle_start, :expiry, :cycle, :status, 1, :by, :created, "
       ":updated) RETURNING id",
      soci::use(c.project_id), soci::use(c.unit_id), soci::use(c.number), soci::use(c.entity_name),
      soci::use(c.entity_address), soci::use(c.organisation_type), soci::use(c.region), soci::use(c.scope_vi),
      soci::use(c.scope_en), soci::use(c.body.name), soci::use(c.body.accreditation_body),
      soci::use(c.body.accreditation_number), soci::use(c.original_issue_date), soci::use(c.issue_date),
      soci::use(c.cycle_start), soci::use(c.expiry_date), soci::use(c.cycle), soci::use(status),
      soci::use(by.value, by.ind), soci::use(c.created_at), soci::use(c.updated_at), soci::into(c.id);
  c.version = 1;
  InsertStandards(s, "certificate_standards", "certificate_id", c.id, c.standards);
  WriteSites(s, c);
}

bool UpdateCertificate(soci::session& s, const Certificate& c, long long expected_version) {
  std::string status = CertificateStatusName(c.status);
  soci::statement st =
      (s.prepare << "UPDATE certificates SET entity_name = :name, entity_address = :address, organisation_type = "
                    ":type, region = :region, scope_vi = :scope_vi, scope_en = :scope_en, issue_date = :issue, "
                    "cycle_start = :cycle_start, expiry_date = :expiry, cycle = :cycle, status = :status, version = "
                    "version + 1, updated_at = :updated WHERE id = :id AND version = :expected",
       soci::use(c.entity_name), soci::use(c.entity_address), soci::use(c.organisation_type), soci::use(c.region),
       soci::use(c.scope_vi), soci::use(c.scope_en), soci::use(c.issue_date), soci::use(c.cycle_start),
       soci::use(c.expiry_date), soci::use(c.cycle), soci::use(status), soci::use(c.updated_at), soci::use(c.id),
       soci::use(expected_version));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  InsertStandards(s, "certificate_standards", "certificate_id", c.id, c.standards);
  WriteSites(s, c);
  return true;
}

void InsertChange(soci::session& s, db::Id certificate_id, CertificateChange& c) {
  Nullable<db::Id> user(c.user_id);
  s << "INSERT INTO certificate_changes (certificate_id, kind, reason, effective_on, before_json, after_json, "
       "user_id, at) VALUES (:c, :kind, :reason, :effective, :before, :after, :user, :at) RETURNING id",
      soci::use(certificate_id), soci::use(c.kind), soci::use(c.reason), soci::use(c.effective_on),
      soci::use(c.before_json), soci::use(c.after_json), soci::use(user.value, user.ind), soci::use(c.at),
      soci::into(c.id);
}

std::vector<CertificateChange> ListChanges(soci::session& s, db::Id certificate_id) {
  db::Binds b;
  return db::FetchAll<ChangeReader>(s,
                                    "SELECT id, kind, reason, effective_on, before_json, after_json, user_id, at FROM "
                                    "certificate_changes WHERE certificate_id = " +
                                        b.Id("certificate", certificate_id) + " ORDER BY id",
                                    b);
}

std::vector<HeldStandard> LiveStandardsOf(soci::session& s, db::Id unit_id, const std::string& today) {
  db::Binds b;
  return db::FetchAll<HeldReader>(
      s,
      "SELECT c.id, c.number, cs.code, cs.edition FROM certificates c JOIN certificate_standards cs ON "
      "cs.certificate_id = c.id WHERE c.unit_id = " +
          b.Id("unit", unit_id) + " AND c.status IN ('active', 'suspended') AND c.expiry_date >= " +
          b.Text("today", today) + " ORDER BY c.id, cs.code",
      b);
}

void LockUnit(db::Database& db, soci::session& s, db::Id unit_id) {
  db::Id locked = 0;
  s << std::string("SELECT id FROM units WHERE id = :id") + db.ForUpdate(), soci::use(unit_id), soci::into(locked);
}

std::vector<CertifiedStandard> ValidCertificateStandards(soci::session& s, const std::string& today) {
  db::Binds b;
  return db::FetchAll<ValidReader>(
      s,
      "SELECT c.id, c.unit_id, c.organisation_type, c.region, cs.code, cs.edition FROM certificates c "
      "JOIN certificate_standards cs ON cs.certificate_id = c.id WHERE c.status = 'active' AND c.expiry_date >= " +
          b.Text("today", today) + " ORDER BY c.id, cs.code",
      b);
}

std::vector<DueStep> StepsDueBy(soci::session& s, const std::string& due_by) {
  struct Reader {
    DueStep d;
    db::Id responsible = 0;
    soci::indicator responsible_ind = soci::i_null;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(d.project_id));
      st.exchange(soci::into(d.unit_id));
      st.exchange(soci::into(d.title));
      st.exchange(soci::into(d.step));
      st.exchange(soci::into(d.planned_on));
      st.exchange(soci::into(responsible, responsible_ind));
    }
    DueStep Take() const {
      DueStep out = d;
      if (responsible_ind == soci::i_ok) out.responsible_id = responsible;
      return out;
    }
  };
  db::Binds b;
  std::string sql = "SELECT p.id, p.unit_id, p.title, cs.step, cs.planned_on, cs.responsible_id FROM "
                    "certification_steps cs JOIN certification_projects p ON p.id = cs.project_id WHERE "
                    "cs.completed_on IS NULL AND cs.planned_on IS NOT NULL AND cs.planned_on <= " +
                    b.Text("due_by", due_by) + " ORDER BY p.id, cs.step";
  return db::FetchAll<Reader>(s, sql, b);
}

}  // namespace eduims::certification::store
