#include "complaints/store.h"

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::complaints::store {
namespace {

using db::Nullable;

const char* kColumns =
    "c.id, c.unit_id, c.kind, c.category, c.channel, c.text, c.complainant_name, c.complainant_contact, "
    "c.subject_user_id, c.handler_id, c.decider_id, c.status, c.received_on, c.acknowledge_due, c.response_due, "
    "c.acknowledged_at, c.responded_at, c.response, c.outcome, c.accepted, c.appeal_text, c.appealed_at, "
    "c.appeal_due, c.decision, c.appeal_outcome, c.decided_at, c.closed_at, c.nonconformity_id, c.code_hash, "
    "c.created_by, c.version, c.created_at, c.updated_at, u.path, u.name";

struct Reader {
  Complaint c;
  std::string status, path, unit_name;
  Nullable<std::string> name, contact, acknowledged_at, responded_at, response, outcome, appeal_text, appealed_at,
      appeal_due, decision, appeal_outcome, decided_at, closed_at;
  Nullable<db::Id> subject, handler, decider, nonconformity, created_by;
  Nullable<int> accepted;
  void Bind(soci::statement& st) {
    auto opt = [&](auto& n) { st.exchange(soci::into(n.value, n.ind)); };
    st.exchange(soci::into(c.id));
    st.exchange(soci::into(c.unit_id));
    st.exchange(soci::into(c.kind));
    st.exchange(soci::into(c.category));
    st.exchange(soci::into(c.channel));
    st.exchange(soci::into(c.text));
    opt(name);
    opt(contact);
    opt(subject);
    opt(handler);
    opt(decider);
    st.exchange(soci::into(status));
    st.exchange(soci::into(c.received_on));
    st.exchange(soci::into(c.acknowledge_due));
    st.exchange(soci::into(c.response_due));
    opt(acknowledged_at);
    opt(responded_at);
    opt(response);
    opt(outcome);
    opt(accepted);
    opt(appeal_text);
    opt(appealed_at);
    opt(appeal_due);
    opt(decision);
    opt(appeal_outcome);
    opt(decided_at);
    opt(closed_at);
    opt(nonconformity);
    st.exchange(soci::into(c.code_hash));
    opt(created_by);
    st.exchange(soci::into(c.version));
    st.exchange(soci::into(c.created_at));
    st.exchange(soci::into(c.updated_at));
    st.exchange(soci::into(path));
    st.exchange(soci::into(unit_name));
  }
  Complaint Complete() const {
    Complaint out = c;
    out.complainant_name = name.Get();
    out.complainant_contact = contact.Get();
    out.subject_user_id = subject.Get();
    out.handler_id = handler.Get();
    out.decider_id = decider.Get();
    out.status = ParseStatus(status).value_or(Status::kReceived);
    out.acknowledged_at = acknowledged_at.Get();
    out.responded_at = responded_at.Get();
    out.response = response.Get();
    out.outcome = outcome.Get();
    if (auto a = accepted.Get()) out.accepted = *a != 0;
    out.appeal_text = appeal_text.Get();
    out.appealed_at = appealed_at.Get();
    out.appeal_due = appeal_due.Get();
    out.decision = decision.Get();
    out.appeal_outcome = appeal_outcome.Get();
    out.decided_at = decided_at.Get();
    out.closed_at = closed_at.Get();
    out.nonconformity_id = nonconformity.Get();
    out.created_by = created_by.Get();
    return out;
  }
  std::pair<Complaint, std::string> Take() const { return {Complete(), path}; }
};

struct OverdueReader : Reader {
  Overdue Take() const { return {Complete(), path, unit_name}; }
};

// "One of the complaint's deadlines passed before `today`" (a placeholder), as model.h's PassedDeadlines says.
std::string PastDeadline(const std::string& today) {
  return "((c.status = 'received' AND c.acknowledge_due < " + today +
         ") OR (c.status IN ('received', 'acknowledged') AND c.response_due < " + today +
         ") OR (c.status = 'appealed' AND c.appeal_due < " + today + "))";
}

std::string Select(const std::string& where) {
  return std::string("SELECT ") + kColumns + " FROM complaints c JOIN units u ON u.id = c.unit_id WHERE " + where;
}

// The fields a step changes, bound by name for UPDATE.
struct Writable {
  Nullable<std::string> name, contact, acknowledged_at, responded_at, response, outcome, appeal_text, appealed_at,
      appeal_due, decision, appeal_outcome, decided_at, closed_at;
  Nullable<db::Id> subject, handler, decider, nonconformity, created_by;
  Nullable<int> accepted;
  std::string status;
  explicit Writable(const Complaint& c)
      : name(c.complainant_name),
        contact(c.complainant_contact),
        acknowledged_at(c.acknowledged_at),
        responded_at(c.responded_at),
        response(c.response),
        outcome(c.outcome),
        appeal_text(c.appeal_text),
        appealed_at(c.appealed_at),
        appeal_due(c.appeal_due),
        decision(c.decision),
        appeal_outcome(c.appeal_outcome),
        decided_at(c.decided_at),
        closed_at(c.closed_at),
        subject(c.subject_user_id),
        handler(c.handler_id),
        decider(c.decider_id),
        nonconformity(c.nonconformity_id),
        created_by(c.created_by),
        accepted(c.accepted ? std::optional<int>(*c.accepted ? 1 : 0) : std::nullopt),
        status(StatusName(c.status)) {}
};

struct StatReader {
  StatRow r;
  std::string status;
  Nullable<std::string> outcome, appeal_outcome, closed_at;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.unit_id));
    st.exchange(soci::into(r.unit_name));
    st.exchange(soci::into(r.category));
    st.exchange(soci::into(r.received_on));
    st.exchange(soci::into(status));
    st.exchange(soci::into(outcome.value, outcome.ind));
    st.exchange(soci::into(appeal_outcome.value, appeal_outcome.ind));
    st.exchange(soci::into(closed_at.value, closed_at.ind));
  }
  StatRow Take() const {
    StatRow out = r;
    out.status = ParseStatus(status).value_or(Status::kReceived);
    out.outcome = outcome.Get();
    out.appeal_outcome = appeal_outcome.Get();
    out.closed_at = closed_at.Get();
    return out;
  }
};

struct NoteReader {
  Note n;
  Nullable<db::Id> author;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(n.id));
    st.exchange(soci::into(n.complaint_id));
    st.exchange(soci::into(author.value, author.ind));
    st.exchange(soci::into(n.text));
    st.exchange(soci::into(n.created_at));
  }
  Note Take() const {
    Note out = n;
    out.author_id = author.Get();
    return out;
  }
};

struct DeadlinesReader {
  Deadlines d;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(d.acknowledge_days));
    st.exchange(soci::into(d.response_days));
    st.exchange(soci::into(d.version));
  }
  Deadlines Take() const { return d; }
};

struct UnitReader {
  PublicUnit u;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(u.id));
    st.exchange(soci::into(u.name));
    st.exchange(soci::into(u.path));
  }
  PublicUnit Take() const { return u; }
};

}  // namespace

std::optional<std::pair<Complaint, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = db::FetchAll<Reader>(s, Select("c.id = " + p.Id("id", id)), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<std::pair<Complaint, std::string>> FindByCode(soci::session& s, const std::string& code_hash) {
  db::Binds p;
  auto rows = db::FetchAll<Reader>(s, Select("c.code_hash = " + p.Text("code", code_hash)), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<std::pair<Complaint, std::string>> List(soci::session& s, const Query& q) {
  db::Binds p;
  // Every complaint of the units the caller manages, and those naming them handler or decider where they handle.
  std::string visible = "(" + db::SubtreeClause(db::ScopeWithin(q.manage_scope, q.within_path), "u.path", p, "m");
  if (q.user_id) {
    std::string handled = db::SubtreeClause(db::ScopeWithin(q.handle_scope, q.within_path), "u.path", p, "h");
    std::string me = p.Id("me", *q.user_id);
    visible += " OR ((c.handler_id = " + me + " OR c.decider_id = " + me + ") AND " + handled + ")";
  }
  std::string where = visible + ")";
  if (q.unit_id) where += " AND c.unit_id = " + p.Id("unit_id", *q.unit_id);
  if (q.status) where += " AND c.status = " + p.Text("status", StatusName(*q.status));
  if (q.category) where += " AND c.category = " + p.Text("category", *q.category);
  if (q.kind) where += " AND c.kind = " + p.Text("kind", *q.kind);
  if (q.handler_id) where += " AND c.handler_id = " + p.Id("handler", *q.handler_id);
  if (q.nonconformity_id) where += " AND c.nonconformity_id = " + p.Id("nc", *q.nonconformity_id);
  if (q.overdue_on) where += " AND " + PastDeadline(p.Text("today", *q.overdue_on));
  if (q.after) where += " AND c.id > " + p.Id("after", *q.after);
  return db::FetchAll<Reader>(s, Select(where) + " ORDER BY c.id LIMIT " + std::to_string(q.limit), p);
}

void Insert(soci::session& s, Complaint& c) {
  Writable w(c);
  s << "INSERT INTO complaints (unit_id, kind, category, channel, text, complainant_name, complainant_contact, "
       "subject_user_id, handler_id, status, received_on, acknowledge_due, response_due, code_hash, created_by, "
       "version, created_at, updated_at) VALUES (:unit, :kind, :category, :channel, :text, :name, :contact, "
       ":subject, :handler, :status, :received, :ack_due, :response_due, :code, :by, 1, :created, :updated) "
       "RETURNING id",
      soci::use(c.unit_id), soci::use(c.kind), soci::use(c.category), soci::use(c.channel), soci::use(c.text),
      soci::use(w.name.value, w.name.ind), soci::use(w.contact.value, w.contact.ind),
      soci::use(w.subject.value, w.subject.ind), soci::use(w.handler.value, w.handler.ind), soci::use(w.status),
      soci::use(c.received_on), soci::use(c.acknowledge_due), soci::use(c.response_due), soci::use(c.code_hash),
      soci::use(w.created_by.value, w.created_by.ind), soci::use(c.created_at), soci::use(c.updated_at),
      soci::into(c.id);
  c.version = 1;
}

bool Update(soci::session& s, const Complaint& c, long long expected_version) {
  Writable w(c);
  soci::statement st =
      (s.prepare << "UPDATE complaints SET subject_user_id = :subject, handler_id = :handler, decider_id = :decider, "
                    "status = :status, acknowledged_at = :ack_at, responded_at = :responded_at, response = :response, "
                    "outcome = :outcome, accepted = :accepted, appeal_text = :appeal_text, appealed_at = :appealed_at, "
                    "appeal_due = :appeal_due, decision = :decision, appeal_outcome = :appeal_outcome, "
                    "decided_at = :decided_at, closed_at = :closed_at, nonconformity_id = :nc, "
                    "version = version + 1, updated_at = :updated WHERE id = :id AND version = :expected",
       soci::use(w.subject.value, w.subject.ind), soci::use(w.handler.value, w.handler.ind),
       soci::use(w.decider.value, w.decider.ind), soci::use(w.status),
       soci::use(w.acknowledged_at.value, w.acknowledged_at.ind),
       soci::use(w.responded_at.value, w.responded_at.ind), soci::use(w.response.value, w.response.ind),
       soci::use(w.outcome.value, w.outcome.ind), soci::use(w.accepted.value, w.accepted.ind),
       soci::use(w.appeal_text.value, w.appeal_text.ind), soci::use(w.appealed_at.value, w.appealed_at.ind),
       soci::use(w.appeal_due.value, w.appeal_due.ind), soci::use(w.decision.value, w.decision.ind),
       soci::use(w.appeal_outcome.value, w.appeal_outcome.ind), soci::use(w.decided_at.value, w.decided_at.ind),
       soci::use(w.closed_at.value, w.closed_at.ind), soci::use(w.nonconformity.value, w.nonconformity.ind),
       soci::use(c.updated_at), soci::use(c.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void InsertNote(soci::session& s, Note& n) {
  Nullable<db::Id> author(n.author_id);
  s << "INSERT INTO complaint_notes (complaint_id, author_id, text, created_at) VALUES (:c, :a, :t, :at) "
       "RETURNING id",
      soci::use(n.complaint_id), soci::use(author.value, author.ind), soci::use(n.text), soci::use(n.created_at),
      soci::into(n.id);
}

std::vector<Note> Notes(soci::session& s, db::Id complaint_id) {
  db::Binds p;
  return db::FetchAll<NoteReader>(s,
                                  "SELECT id, complaint_id, author_id, text, created_at FROM complaint_notes WHERE "
                                  "complaint_id = " + p.Id("c", complaint_id) + " ORDER BY id",
                                  p);
}

Deadlines GetDeadlines(soci::session& s) {
  db::Binds p;
  auto rows = db::FetchAll<DeadlinesReader>(
      s, "SELECT acknowledge_days, response_days, version FROM complaint_settings WHERE id = " + p.Id("id", 1), p);
  return rows.empty() ? Deadlines{} : rows.front();
}

bool SaveDeadlines(soci::session& s, const Deadlines& d, long long expected_version, const std::string& now) {
  if (expected_version == 0) {
    if (GetDeadlines(s).version != 0) return false;
    s << "INSERT INTO complaint_settings (id, acknowledge_days, response_days, version, updated_at) "
         "VALUES (1, :a, :r, 1, :t)",
        soci::use(d.acknowledge_days), soci::use(d.response_days), soci::use(now);
    return true;
  }
  soci::statement st =
      (s.prepare << "UPDATE complaint_settings SET acknowledge_days = :a, response_days = :r, version = version + 1, "
                    "updated_at = :t WHERE id = 1 AND version = :v",
       soci::use(d.acknowledge_days), soci::use(d.response_days), soci::use(now), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<StatRow> StatRows(soci::session& s, const std::vector<std::string>& roots, const std::string& from,
                              const std::string& to) {
  db::Binds p;
  std::string where = db::SubtreeClause(roots, "u.path", p) + " AND c.received_on >= " + p.Text("from", from) +
                      " AND c.received_on <= " + p.Text("to", to);
  return db::FetchAll<StatReader>(s,
                                  "SELECT c.unit_id, u.name, c.category, c.received_on, c.status, c.outcome, "
                                  "c.appeal_outcome, c.closed_at FROM complaints c JOIN units u ON u.id = c.unit_id "
                                  "WHERE " + where + " ORDER BY c.id",
                                  p);
}

std::vector<Overdue> OverdueCandidates(soci::session& s, const std::string& today, std::optional<db::Id> after,
                                       int limit) {
  db::Binds p;
  std::string day = p.Text("today", today);
  std::string where = "c.status <> 'closed' AND (c.acknowledge_due < " + day + " OR c.response_due < " + day +
                      " OR c.appeal_due < " + day + ")";
  if (after) where += " AND c.id > " + p.Id("after", *after);
  return db::FetchAll<OverdueReader>(s, Select(where) + " ORDER BY c.id LIMIT " + std::to_string(limit), p);
}

bool InsertEscalation(soci::session& s, db::Id complaint_id, const std::string& deadline, const std::string& due_date,
                      const std::string& now) {
  soci::statement st =
      (s.prepare << "INSERT INTO complaint_escalations (complaint_id, deadline, due_date, escalated_at) VALUES (:c, "
                    ":d, :due, :at) ON CONFLICT (complaint_id, deadline, due_date) DO NOTHING",
       soci::use(complaint_id), soci::use(deadline), soci::use(due_date), soci::use(now));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::pair<long long, long long> RegisterCounts(soci::session& s, const std::string& path, const std::string& since,
                                               const std::string& today) {
  db::Binds p;
  std::string units = "c.unit_id IN (SELECT u.id FROM units u WHERE " + db::SubtreeClause({path}, "u.path", p) + ")";
  std::string received = "SELECT COUNT(*) FROM complaints c WHERE " + units + " AND c.received_on >= " +
                         p.Text("since", since);
  long long count = db::FetchIds(s, received, p).front();
  db::Binds q;
  std::string units_q = "c.unit_id IN (SELECT u.id FROM units u WHERE " + db::SubtreeClause({path}, "u.path", q) + ")";
  std::string overdue =
      "SELECT COUNT(*) FROM complaints c WHERE " + units_q + " AND " + PastDeadline(q.Text("today", today));
  return {count, db::FetchIds(s, overdue, q).front()};
}

std::vector<PublicUnit> PublicUnits(soci::session& s) {
  db::Binds p;
  return db::FetchAll<UnitReader>(s, "SELECT id, name, path FROM units WHERE archived_at IS NULL ORDER BY path LIMIT 5000",
                                  p);
}

}  // namespace eduims::complaints::store
