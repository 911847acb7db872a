#include "improvement/store.h"

#include <algorithm>
#include <map>

#include "platform/db/query.h"
#include "platform/nullable_column.h"
#include "standards/catalogue.h"

namespace eduims::improvement::store {
namespace {

using db::Nullable;

std::string DetailsText(const std::vector<std::string>& details) {
  boost::json::array out;
  for (const auto& d : details) out.push_back(boost::json::value(d));
  return boost::json::serialize(out);
}

std::vector<std::string> DetailsOf(const std::optional<std::string>& text) {
  std::vector<std::string> out;
  if (!text) return out;
  boost::system::error_code ec;
  auto value = boost::json::parse(*text, ec);
  if (ec || !value.is_array()) return out;
  for (const auto& item : value.as_array())
    if (item.is_string()) out.emplace_back(item.as_string());
  return out;
}

const char* kColumns =
    "n.id, n.unit_id, n.title, n.description, n.source, n.severity, n.status, n.detected_on, n.due_date, "
    "n.repeat_of, n.correction, n.root_cause_method, n.root_cause_details, n.root_cause, n.effectiveness_criterion, "
    "n.verification_due, n.verifier_id, n.cycle, n.reported_by, n.version, n.created_at, n.updated_at, n.closed_at, "
    "n.archived_at, n.audit_id, u.path, e.due_date, e.escalated_at, e.unit_id, e.head_user_id";

struct NcReader {
  Nonconformity n;
  std::string status, path;
  Nullable<db::Id> repeat_of, verifier, reported_by, audit;
  Nullable<std::string> correction, method, details, root_cause, criterion, verification_due, closed, archived;
  Nullable<std::string> escalated_due, escalated_at;
  Nullable<db::Id> escalated_unit, escalated_head;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(n.id));
    st.exchange(soci::into(n.unit_id));
    st.exchange(soci::into(n.title));
    st.exchange(soci::into(n.description));
    st.exchange(soci::into(n.source));
    st.exchange(soci::into(n.severity));
    st.exchange(soci::into(status));
    st.exchange(soci::into(n.detected_on));
    st.exchange(soci::into(n.due_date));
    st.exchange(soci::into(repeat_of.value, repeat_of.ind));
    st.exchange(soci::into(correction.value, correction.ind));
    st.exchange(soci::into(method.value, method.ind));
    st.exchange(soci::into(details.value, details.ind));
    st.exchange(soci::into(root_cause.value, root_cause.ind));
    st.exchange(soci::into(criterion.value, criterion.ind));
    st.exchange(soci::into(verification_due.value, verification_due.ind));
    st.exchange(soci::into(verifier.value, verifier.ind));
    st.exchange(soci::into(n.cycle));
    st.exchange(soci::into(reported_by.value, reported_by.ind));
    st.exchange(soci::into(n.version));
    st.exchange(soci::into(n.created_at));
    st.exchange(soci::into(n.updated_at));
    st.exchange(soci::into(closed.value, closed.ind));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(audit.value, audit.ind));
    st.exchange(soci::into(path));
    st.exchange(soci::into(escalated_due.value, escalated_due.ind));
    st.exchange(soci::into(escalated_at.value, escalated_at.ind));
    st.exchange(soci::into(escalated_unit.value, escalated_unit.ind));
    st.exchange(soci::into(escalated_head.value, escalated_head.ind));
  }
  std::pair<Nonconformity, std::string> Take() const {
    Nonconformity out = n;
    if (escalated_due.Get())
      out.escalation = Escalation{escalated_due.value, escalated_at.value, escalated_unit.value, escalated_head.Get()};
    out.status = ParseNcStatus(status).value_or(NcStatus::kReported);
    out.repeat_of = repeat_of.Get();
    out.audit_id = audit.Get();
    out.correction = correction.Get();
    out.root_cause_method = method.Get();
    out.root_cause_details = DetailsOf(details.Get());
    out.root_cause = root_cause.Get();
    out.effectiveness_criterion = criterion.Get();
    out.verification_due = verification_due.Get();
    out.verifier_id = verifier.Get();
    out.reported_by = reported_by.Get();
    out.closed_at = closed.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

struct ClauseReader {
  db::Id owner = 0;
  ClauseRef c;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(owner));
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.urn));
    st.exchange(soci::into(c.number));
  }
  std::pair<db::Id, ClauseRef> Take() const { return {owner, c}; }
};

// "(:prefix0, :prefix1, ...)" bound to `ids`. REQUIRES: ids is not empty.
std::string InList(const std::vector<db::Id>& ids, const std::string& prefix, db::Binds& b) {
  std::string list = "(";
  for (size_t i = 0; i < ids.size(); ++i) list += (i ? ", " : "") + b.Id(prefix + std::to_string(i), ids[i]);
  return list + ")";
}

void LoadClauses(soci::session& s, std::vector<Nonconformity*> ncs) {
  if (ncs.empty()) return;
  std::vector<db::Id> ids;
  std::map<db::Id, Nonconformity*> by_id;
  for (Nonconformity* nc : ncs) {
    ids.push_back(nc->id);
    by_id[nc->id] = nc;
  }
  db::Binds b;
  std::string sql =
      "SELECT l.nonconformity_id, c.id, c.urn, c.number FROM nonconformity_clauses l JOIN clauses c ON c.id = "
      "l.clause_id WHERE l.nonconformity_id IN " +
      InList(ids, "nc", b) + " ORDER BY l.nonconformity_id, c.standard_id, c.position";
  for (auto& [owner, clause] : db::FetchAll<ClauseReader>(s, sql, b)) by_id[owner]->clauses.push_back(clause);
}

std::vector<std::pair<Nonconformity, std::string>> Run(soci::session& s, const std::string& where, db::Binds& b,
                                                       int limit) {
  // Late row lookup, as for actions: the page's ids come from the indexes, then only those rows are read.
  auto rows = db::FetchAll<NcReader>(
      s,
      std::string("SELECT ") + kColumns +
          " FROM nonconformities n JOIN units u ON u.id = n.unit_id LEFT JOIN nonconformity_escalations e ON "
          "e.nonconformity_id = n.id AND e.due_date = n.due_date WHERE n.id IN (SELECT n.id FROM nonconformities n "
          "WHERE " +
          where + " ORDER BY n.id LIMIT " + std::to_string(limit) + ") ORDER BY n.id",
      b);
  std::vector<Nonconformity*> ncs;
  for (auto& row : rows) ncs.push_back(&row.first);
  LoadClauses(s, ncs);
  return rows;
}

void SetClauses(soci::session& s, db::Id id, const std::vector<ClauseRef>& clauses) {
  for (const ClauseRef& c : clauses)
    s << "INSERT INTO nonconformity_clauses (nonconformity_id, clause_id) VALUES (:n, :c)", soci::use(id),
        soci::use(c.id);
}

}  // namespace

std::optional<std::pair<Nonconformity, std::string>> FindNonconformity(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = Run(s, "n.id = " + b.Id("id", id), b, 1);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Nonconformity> ListNonconformities(soci::session& s, const NcQuery& q) {
  auto visible = db::ScopeWithin(q.scope, q.within_path);
  if (visible.empty()) return {};
  // The unary plus keeps the engine from reading a large subtree's rows through nonconformities_unit and sorting
  // them all, so it walks the primary key in order instead (see db::kFewUnits).
  bool by_unit = q.unit_id || db::HasFewUnits(s, visible);
  db::Binds b;
  std::string where = std::string(by_unit ? "n.unit_id" : "+n.unit_id") + " IN (SELECT u.id FROM units u WHERE " +
                      db::SubtreeClause(visible, "u.path", b) + ")";
  if (q.unit_id) where += " AND n.unit_id = " + b.Id("unit_id", *q.unit_id);
  if (q.status) where += " AND n.status = " + b.Text("status", NcStatusName(*q.status));
  if (q.severity) where += " AND n.severity = " + b.Text("severity", *q.severity);
  if (q.source) where += " AND n.source = " + b.Text("source", *q.source);
  if (q.audit_id) where += " AND n.audit_id = " + b.Id("audit_id", *q.audit_id);
  if (q.clause_id)
    where += " AND EXISTS (SELECT 1 FROM nonconformity_clauses l WHERE l.nonconformity_id = n.id AND l.clause_id = " +
             b.Id("clause_id", *q.clause_id) + ")";
  if (q.overdue_before) where += " AND n.status <> 'closed' AND n.due_date < " + b.Text("today", *q.overdue_before);
  if (q.repeat_only) where += " AND n.repeat_of IS NOT NULL";
  if (q.escalated_to)
    where += " AND n.status <> 'closed' AND EXISTS (SELECT 1 FROM nonconformity_escalations e WHERE "
             "e.nonconformity_id = n.id AND e.due_date = n.due_date AND e.head_user_id = " +
             b.Id("head", *q.escalated_to) + ")";
  if (!q.include_archived) where += " AND n.archived_at IS NULL";
  if (q.after) where += " AND n.id > " + b.Id("after", *q.after);
  std::vector<Nonconformity> out;
  for (auto& row : Run(s, where, b, q.limit)) out.push_back(std::move(row.first));
  return out;
}

void InsertNonconformity(soci::session& s, Nonconformity& n) {
  std::string status = NcStatusName(n.status);
  Nullable<db::Id> repeat_of(n.repeat_of), reported_by(n.reported_by), audit(n.audit_id);
  std::vector<db::Id> clause_ids;
  for (const ClauseRef& c : n.clauses) clause_ids.push_back(c.id);
  std::string clause_list = ClauseIdList(clause_ids);
  s << "INSERT INTO nonconformities (unit_id, title, description, source, severity, status, detected_on, due_date, "
       "repeat_of, audit_id, cycle, reported_by, clause_ids, version, created_at, updated_at) VALUES (:unit, :title, "
       ":description, :source, :severity, :status, :detected, :due, :repeat, :audit, :cycle, :by, :clauses, 1, "
       ":created, :updated) RETURNING id",
      soci::use(n.unit_id), soci::use(n.title), soci::use(n.description), soci::use(n.source),
      soci::use(n.severity), soci::use(status), soci::use(n.detected_on), soci::use(n.due_date),
      soci::use(repeat_of.value, repeat_of.ind), soci::use(audit.value, audit.ind), soci::use(n.cycle),
      soci::use(reported_by.value, reported_by.ind), soci::use(clause_list), soci::use(n.created_at),
      soci::use(n.updated_at), soci::into(n.id);
  n.version = 1;
  SetClauses(s, n.id, n.clauses);
}

bool UpdateNonconformity(soci::session& s, const Nonconformity& n, long long expected_version) {
  std::string status = NcStatusName(n.status);
  Nullable<std::string> correction(n.correction), method(n.root_cause_method), root_cause(n.root_cause),
      criterion(n.effectiveness_criterion), verification_due(n.verification_due), closed(n.closed_at),
      archived(n.archived_at);
  Nullable<std::string> details(n.root_cause_method ? std::optional<std::string>(DetailsText(n.root_cause_details))
                                                    : std::nullopt);
  Nullable<db::Id> verifier(n.verifier_id);
  soci::statement st =
      (s.prepare << "UPDATE nonconformities SET title = :title, description = :description, status = :status, "
                    "due_date = :due, correction = :correction, root_cause_method = :method, "
                    "root_cause_details = :details, root_cause = :root_cause, effectiveness_criterion = :criterion, "
                    "verification_due = :vdue, verifier_id = :verifier, cycle = :cycle, version = version + 1, "
                    "updated_at = :updated, closed_at = :closed, archived_at = :archived "
                    "WHERE id = :id AND version = :expected",
       soci::use(n.title), soci::use(n.description), soci::use(status), soci::use(n.due_date),
       soci::use(correction.value, correction.ind), soci::use(method.value, method.ind),
       soci::use(details.value, details.ind), soci::use(root_cause.value, root_cause.ind),
       soci::use(criterion.value, criterion.ind), soci::use(verification_due.value, verification_due.ind),
       soci::use(verifier.value, verifier.ind), soci::use(n.cycle), soci::use(n.updated_at),
       soci::use(closed.value, closed.ind), soci::use(archived.value, archived.ind), soci::use(n.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<ClauseRef> FindClauses(soci::session& s, const std::vector<db::Id>& ids) {
  if (ids.empty()) return {};
  db::Binds b;
  std::string sql = "SELECT c.id, c.id, c.urn, c.number FROM clauses c WHERE c.id IN " + InList(ids, "c", b);
  std::map<db::Id, ClauseRef> found;
  for (auto& [id, clause] : db::FetchAll<ClauseReader>(s, sql, b)) found[id] = clause;
  std::vector<ClauseRef> out;
  for (db::Id id : ids)
    if (found.count(id)) out.push_back(found[id]);
  return out;
}

std::vector<db::Id> WithEqualClauses(soci::session& s, const std::vector<db::Id>& ids) {
  if (ids.empty()) return {};
  auto equal = standards::EqualClausesOf(standards::ListCorrespondences(s, std::nullopt, std::nullopt));
  std::vector<db::Id> out = ids;
  for (db::Id id : ids)
    if (auto it = equal.find(id); it != equal.end())
      for (db::Id other : it->second)
        if (std::find(out.begin(), out.end(), other) == out.end()) out.push_back(other);
  return out;
}

std::optional<db::Id> LatestOnClauses(soci::session& s, db::Id unit_id, const std::vector<db::Id>& clause_ids,
                                      const std::string& since, const std::string& until) {
  if (clause_ids.empty()) return std::nullopt;
  db::Binds b;
  std::string sql = "SELECT n.id FROM nonconformities n WHERE n.unit_id = " + b.Id("unit", unit_id) +
                    " AND n.archived_at IS NULL AND n.detected_on >= " + b.Text("since", since) +
                    " AND n.detected_on <= " + b.Text("until", until) +
                    " AND EXISTS (SELECT 1 FROM nonconformity_clauses l WHERE l.nonconformity_id = n.id AND "
                    "l.clause_id IN " +
                    InList(clause_ids, "c", b) + ") ORDER BY n.detected_on DESC, n.id DESC LIMIT 1";
  auto rows = db::FetchIds(s, sql, b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<OverdueNc> OverdueNotEscalated(soci::session& s, const std::string& today, int limit) {
  db::Binds b;
  std::string sql =
      "SELECT n.id, n.unit_id, u.path, u.name, n.title, n.severity, n.due_date FROM nonconformities n JOIN units u ON u.id = "
      "n.unit_id WHERE n.status <> 'closed' AND n.archived_at IS NULL AND n.due_date < " + b.Text("today", today) +
      " AND NOT EXISTS (SELECT 1 FROM nonconformity_escalations e WHERE e.nonconformity_id = n.id AND e.due_date = "
      "n.due_date) ORDER BY n.id LIMIT " + std::to_string(limit);
  struct Reader {
    OverdueNc nc;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(nc.id));
      st.exchange(soci::into(nc.unit_id));
      st.exchange(soci::into(nc.unit_path));
      st.exchange(soci::into(nc.unit_name));
      st.exchange(soci::into(nc.title));
      st.exchange(soci::into(nc.severity));
      st.exchange(soci::into(nc.due_date));
    }
    OverdueNc Take() const { return nc; }
  };
  return db::FetchAll<Reader>(s, sql, b);
}

bool InsertEscalation(soci::session& s, db::Id nonconformity_id, const Escalation& e) {
  Nullable<db::Id> head(e.head_user_id);
  soci::statement st =
      (s.prepare << "INSERT INTO nonconformity_escalations (nonconformity_id, due_date, unit_id, head_user_id, "
                    "escalated_at) VALUES (:nc, :due, :unit, :head, :at) ON CONFLICT (nonconformity_id, due_date) "
                    "DO NOTHING",
       soci::use(nonconformity_id), soci::use(e.due_date), soci::use(e.unit_id), soci::use(head.value, head.ind),
       soci::use(e.escalated_at));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void InsertStep(soci::session& s, db::Id nonconformity_id, NcStepRecord& step) {
  std::string from = NcStatusName(step.from), to = NcStatusName(step.to);
  Nullable<db::Id> user(step.user_id);
  s << "INSERT INTO nonconformity_steps (nonconformity_id, action, from_status, to_status, cycle, user_id, comment, "
       "details, at) VALUES (:nc, :action, :from, :to, :cycle, :user, :comment, :details, :at) RETURNING id",
      soci::use(nonconformity_id), soci::use(step.action), soci::use(from), soci::use(to), soci::use(step.cycle),
      soci::use(user.value, user.ind), soci::use(step.comment), soci::use(step.details), soci::use(step.at),
      soci::into(step.id);
}

namespace {

struct StepReader {
  NcStepRecord r;
  std::string from, to;
  Nullable<db::Id> user;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.action));
    st.exchange(soci::into(from));
    st.exchange(soci::into(to));
    st.exchange(soci::into(r.cycle));
    st.exchange(soci::into(user.value, user.ind));
    st.exchange(soci::into(r.comment));
    st.exchange(soci::into(r.details));
    st.exchange(soci::into(r.at));
  }
  NcStepRecord Take() const {
    NcStepRecord out = r;
    out.from = ParseNcStatus(from).value_or(NcStatus::kReported);
    out.to = ParseNcStatus(to).value_or(NcStatus::kReported);
    out.user_id = user.Get();
    return out;
  }
};

struct DueDaysReader {
  std::string severity;
  int days = 0;
  long long version = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(severity));
    st.exchange(soci::into(days));
    st.exchange(soci::into(version));
  }
  DueDaysReader Take() const { return *this; }
};

}  // namespace

std::vector<NcStepRecord> ListSteps(soci::session& s, db::Id nonconformity_id) {
  db::Binds b;
  std::string sql =
      "SELECT id, action, from_status, to_status, cycle, user_id, comment, details, at FROM nonconformity_steps "
      "WHERE nonconformity_id = " +
      b.Id("nc", nonconformity_id) + " ORDER BY id";
  return db::FetchAll<StepReader>(s, sql, b);
}

DueDays LoadDueDays(soci::session& s) {
  db::Binds b;
  DueDays out;
  for (const auto& row : db::FetchAll<DueDaysReader>(s, "SELECT severity, days, version FROM nonconformity_due_days", b)) {
    (row.severity == "major" ? out.major : out.minor) = row.days;
    out.version = row.version;
  }
  return out;
}

bool SaveDueDays(soci::session& s, const DueDays& days, long long expected_version, const std::string& at) {
  int changed = 0;
  for (const auto& [severity, value] : {std::pair<std::string, int>{"major", days.major}, {"minor", days.minor}}) {
    soci::statement st = (s.prepare << "UPDATE nonconformity_due_days SET days = :days, version = version + 1, "
                                       "updated_at = :at WHERE severity = :severity AND version = :expected",
                          soci::use(value), soci::use(at), soci::use(severity), soci::use(expected_version));
    st.execute(true);
    changed += int(st.get_affected_rows());
  }
  return changed == 2;
}

namespace {

// The caller's scope narrowed to the subtree asked for in C++: given both ranges, the engine reads the wider one
// (the whole province for its staff) and filters every row by the narrower.
std::string DashboardWhere(const DashboardQuery& q, db::Binds& b) {
  return db::SubtreeClause(db::ScopeWithin(q.scope, q.within_path), "u.path", b) + " AND n.archived_at IS NULL";
}

const char* kFromNonconformities = " FROM nonconformities n JOIN units u ON u.id = n.unit_id WHERE ";

struct TextCountReader {
  std::string text;
  long long count = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(text));
    st.exchange(soci::into(count));
  }
  std::pair<std::string, long long> Take() const { return {text, count}; }
};

}  // namespace

std::vector<DashboardRow> DashboardRows(soci::session& s, const DashboardQuery& q, const std::string& since) {
  struct Reader {
    DashboardRow row;
    std::string status;
    Nullable<std::string> closed_hour;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(row.unit_id));
      st.exchange(soci::into(status));
      st.exchange(soci::into(row.severity));
      st.exchange(soci::into(row.detected_on));
      st.exchange(soci::into(row.due_date));
      st.exchange(soci::into(closed_hour.value, closed_hour.ind));
    }
    DashboardRow Take() const {
      DashboardRow out = row;
      out.closed = status == NcStatusName(NcStatus::kClosed);
      out.closed_hour = closed_hour.Get().value_or("");
      return out;
    }
  };
  db::Binds b;
  // Every column is in the index, so the engine reads index entries unit by unit and never a wide row.
  return db::FetchAll<Reader>(s,
                              std::string("SELECT n.unit_id, n.status, n.severity, n.detected_on, n.due_date, "
                                          "SUBSTR(n.closed_at, 1, 13)") +
                                  kFromNonconformities + DashboardWhere(q, b) +
                                  " AND (n.status <> 'closed' OR n.closed_at >= " + b.Text("since", since) + ")",
                              b);
}

std::vector<UnitCount> NameUnits(soci::session& s, const std::vector<db::Id>& ids) {
  struct Reader {
    UnitCount u;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(u.unit_id));
      st.exchange(soci::into(u.code));
      st.exchange(soci::into(u.name));
    }
    UnitCount Take() const { return u; }
  };
  std::vector<UnitCount> out;
  for (const auto& slice : db::PaddedIdSlices(ids)) {
    db::Binds b;
    auto named =
        db::FetchAll<Reader>(s, "SELECT id, code, name FROM units WHERE id IN " + db::IdList(slice, "id", b), b);
    out.insert(out.end(), named.begin(), named.end());
  }
  return out;
}

std::vector<ClauseCount> CountByClause(soci::session& s, const DashboardQuery& q) {
  struct ListReader {
    std::string list;
    void Bind(soci::statement& st) { st.exchange(soci::into(list)); }
    std::string Take() const { return list; }
  };
  db::Binds b;
  // The clause ids kept on each row (migration 0024), read from the index that holds them, and counted here.
  auto counts = CountClauseIdLists(db::FetchAll<ListReader>(
      s, std::string("SELECT n.clause_ids") + kFromNonconformities + DashboardWhere(q, b) + " AND n.clause_ids <> ''",
      b));
  std::vector<db::Id> ids;
  for (const auto& [id, count] : counts) ids.push_back(id);
  std::vector<ClauseCount> out;
  for (ClauseRef& clause : FindClauses(s, ids)) out.push_back({clause, counts[clause.id]});
  return out;
}

std::vector<OpenOnClause> OpenOnClauses(soci::session& s, const DashboardQuery& q) {
  struct Reader {
    OpenOnClause row;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(row.clause_id));
      st.exchange(soci::into(row.nonconformity_id));
      st.exchange(soci::into(row.title));
      st.exchange(soci::into(row.severity));
      st.exchange(soci::into(row.due_date));
    }
    OpenOnClause Take() const { return row; }
  };
  db::Binds b;
  return db::FetchAll<Reader>(
      s,
      "SELECT l.clause_id, n.id, n.title, n.severity, n.due_date FROM nonconformity_clauses l JOIN nonconformities n "
      "ON n.id = l.nonconformity_id JOIN units u ON u.id = n.unit_id WHERE " +
          DashboardWhere(q, b) + " AND n.status <> 'closed' ORDER BY l.clause_id, n.id",
      b);
}

std::vector<std::pair<std::string, long long>> CategoryAnalyses(soci::session& s, const DashboardQuery& q) {
  db::Binds b;
  return db::FetchAll<TextCountReader>(s,
                                       std::string("SELECT n.root_cause_details, COUNT(*)") + kFromNonconformities +
                                           DashboardWhere(q, b) +
                                           " AND n.root_cause_method = 'categories' GROUP BY n.root_cause_details",
                                       b);
}

namespace {

const char* kImprovementColumns =
    "i.id, i.unit_id, i.title, i.description, i.source, i.owner_id, i.expected_benefit, i.status, i.outcome, "
    "i.decision_comment, i.proposed_by, i.version, i.created_at, i.updated_at, i.closed_at, i.archived_at, u.path";

struct ImprovementReader {
  Improvement i;
  std::string status, path;
  Nullable<db::Id> owner, proposed_by;
  Nullable<std::string> outcome, comment, closed, archived;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(i.id));
    st.exchange(soci::into(i.unit_id));
    st.exchange(soci::into(i.title));
    st.exchange(soci::into(i.description));
    st.exchange(soci::into(i.source));
    st.exchange(soci::into(owner.value, owner.ind));
    st.exchange(soci::into(i.expected_benefit));
    st.exchange(soci::into(status));
    st.exchange(soci::into(outcome.value, outcome.ind));
    st.exchange(soci::into(comment.value, comment.ind));
    st.exchange(soci::into(proposed_by.value, proposed_by.ind));
    st.exchange(soci::into(i.version));
    st.exchange(soci::into(i.created_at));
    st.exchange(soci::into(i.updated_at));
    st.exchange(soci::into(closed.value, closed.ind));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(path));
  }
  std::pair<Improvement, std::string> Take() const {
    Improvement out = i;
    out.owner_id = owner.Get();
    out.status = ParseImprovementStatus(status).value_or(ImprovementStatus::kProposed);
    out.outcome = outcome.Get();
    out.decision_comment = comment.Get();
    out.proposed_by = proposed_by.Get();
    out.closed_at = closed.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

std::vector<std::pair<Improvement, std::string>> RunImprovements(soci::session& s, const std::string& where,
                                                                 db::Binds& b, int limit) {
  return db::FetchAll<ImprovementReader>(
      s,
      std::string("SELECT ") + kImprovementColumns +
          " FROM improvements i JOIN units u ON u.id = i.unit_id WHERE i.id IN (SELECT i.id FROM improvements i "
          "JOIN units u ON u.id = i.unit_id WHERE " +
          where + " ORDER BY i.id LIMIT " + std::to_string(limit) + ") ORDER BY i.id",
      b);
}

}  // namespace

std::optional<std::pair<Improvement, std::string>> FindImprovement(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = RunImprovements(s, "i.id = " + b.Id("id", id), b, 1);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Improvement> ListImprovements(soci::session& s, const ImprovementQuery& q) {
  if (q.scope.empty()) return {};
  db::Binds b;
  std::string where = db::SubtreeClause(q.scope, "u.path", b);
  if (q.unit_id) where += " AND i.unit_id = " + b.Id("unit_id", *q.unit_id);
  if (q.within_path) where += " AND " + db::SubtreeClause({*q.within_path}, "u.path", b, "within");
  if (q.owner_id) where += " AND i.owner_id = " + b.Id("owner", *q.owner_id);
  if (q.source) where += " AND i.source = " + b.Text("source", *q.source);
  if (q.status) where += " AND i.status = " + b.Text("status", ImprovementStatusName(*q.status));
  if (!q.include_archived) where += " AND i.archived_at IS NULL";
  if (q.after) where += " AND i.id > " + b.Id("after", *q.after);
  std::vector<Improvement> out;
  for (auto& row : RunImprovements(s, where, b, q.limit)) out.push_back(std::move(row.first));
  return out;
}

void InsertImprovement(soci::session& s, Improvement& i) {
  std::string status = ImprovementStatusName(i.status);
  Nullable<db::Id> owner(i.owner_id), proposed_by(i.proposed_by);
  s << "INSERT INTO improvements (unit_id, title, description, source, owner_id, expected_benefit, status, "
       "proposed_by, version, created_at, updated_at) VALUES (:unit, :title, :description, :source, :owner, "
       ":benefit, :status, :by, 1, :created, :updated) RETURNING id",
      soci::use(i.unit_id), soci::use(i.title), soci::use(i.description), soci::use(i.source),
      soci::use(owner.value, owner.ind), soci::use(i.expected_benefit), soci::use(status),
      soci::use(proposed_by.value, proposed_by.ind), soci::use(i.created_at), soci::use(i.updated_at),
      soci::into(i.id);
  i.version = 1;
}

bool UpdateImprovement(soci::session& s, const Improvement& i, long long expected_version) {
  std::string status = ImprovementStatusName(i.status);
  Nullable<db::Id> owner(i.owner_id);
  Nullable<std::string> outcome(i.outcome), comment(i.decision_comment), closed(i.closed_at), archived(i.archived_at);
  soci::statement st =
      (s.prepare << "UPDATE improvements SET title = :title, description = :description, owner_id = :owner, "
                    "expected_benefit = :benefit, status = :status, outcome = :outcome, decision_comment = :comment, "
                    "version = version + 1, updated_at = :updated, closed_at = :closed, archived_at = :archived "
                    "WHERE id = :id AND version = :expected",
       soci::use(i.title), soci::use(i.description), soci::use(owner.value, owner.ind), soci::use(i.expected_benefit),
       soci::use(status), soci::use(outcome.value, outcome.ind), soci::use(comment.value, comment.ind),
       soci::use(i.updated_at), soci::use(closed.value, closed.ind), soci::use(archived.value, archived.ind),
       soci::use(i.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace eduims::improvement::store
