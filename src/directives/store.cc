#include "directives/store.h"

#include "platform/db/query.h"

namespace eduims::directives::store {
namespace {

const char* kDirectiveColumns =
    "d.id, d.unit_id, d.kind, d.dispatch_number, d.dispatch_date, d.title, d.body, d.deadline, d.targets, "
    "d.creates_actions, d.version, d.created_by, d.created_at, d.updated_at";

template <class T>
std::optional<T> Opt(const T& value, soci::indicator ind) {
  if (ind != soci::i_ok) return std::nullopt;
  return value;
}

struct DirectiveColumns {
  Directive d;
  std::string targets;
  int creates = 0;
  db::Id created_by = 0;
  soci::indicator created_by_ind = soci::i_ok;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(d.id));
    st.exchange(soci::into(d.unit_id));
    st.exchange(soci::into(d.kind));
    st.exchange(soci::into(d.dispatch_number));
    st.exchange(soci::into(d.dispatch_date));
    st.exchange(soci::into(d.title));
    st.exchange(soci::into(d.body));
    st.exchange(soci::into(d.deadline));
    st.exchange(soci::into(targets));
    st.exchange(soci::into(creates));
    st.exchange(soci::into(d.version));
    st.exchange(soci::into(created_by, created_by_ind));
    st.exchange(soci::into(d.created_at));
    st.exchange(soci::into(d.updated_at));
  }
  Directive Take() const {
    Directive out = d;
    out.targets = TargetsFrom(targets);
    out.creates_actions = creates != 0;
    out.created_by = Opt(created_by, created_by_ind);
    return out;
  }
};

struct DirectiveReader {
  DirectiveColumns c;
  std::string path;
  void Bind(soci::statement& st) {
    c.Bind(st);
    st.exchange(soci::into(path));
  }
  std::pair<Directive, std::string> Take() const { return {c.Take(), path}; }
};

const char* kAnswerColumns =
    "a.id, a.directive_id, a.unit_id, a.status, a.text, a.return_reason, a.action_id, a.submitted_at, "
    "a.submitted_by, a.reviewed_at, a.reviewed_by, a.version, a.updated_at, u.path, u.code, u.name";

struct AnswerReader {
  Answer a;
  std::string status, reason, submitted_at, reviewed_at, unit_path, unit_code, unit_name, sender_path;
  db::Id action = 0, submitted_by = 0, reviewed_by = 0;
  soci::indicator reason_ind, action_ind, submitted_at_ind, submitted_by_ind, reviewed_at_ind, reviewed_by_ind;
  DirectiveColumns d;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(a.id));
    st.exchange(soci::into(a.directive_id));
    st.exchange(soci::into(a.unit_id));
    st.exchange(soci::into(status));
    st.exchange(soci::into(a.text));
    st.exchange(soci::into(reason, reason_ind));
    st.exchange(soci::into(action, action_ind));
    st.exchange(soci::into(submitted_at, submitted_at_ind));
    st.exchange(soci::into(submitted_by, submitted_by_ind));
    st.exchange(soci::into(reviewed_at, reviewed_at_ind));
    st.exchange(soci::into(reviewed_by, reviewed_by_ind));
    st.exchange(soci::into(a.version));
    st.exchange(soci::into(a.updated_at));
    st.exchange(soci::into(unit_path));
    st.exchange(soci::into(unit_code));
    st.exchange(soci::into(unit_name));
    d.Bind(st);
    st.exchange(soci::into(sender_path));
  }
  AnswerRow Take() const {
    AnswerRow out;
    out.answer = a;
    out.answer.status = ParseAnswerStatus(status).value_or(AnswerStatus::kNotStarted);
    out.answer.return_reason = Opt(reason, reason_ind);
    out.answer.action_id = Opt(action, action_ind);
    out.answer.submitted_at = Opt(submitted_at, submitted_at_ind);
    out.answer.submitted_by = Opt(submitted_by, submitted_by_ind);
    out.answer.reviewed_at = Opt(reviewed_at, reviewed_at_ind);
    out.answer.reviewed_by = Opt(reviewed_by, reviewed_by_ind);
    out.unit_path = unit_path;
    out.unit_code = unit_code;
    out.unit_name = unit_name;
    out.directive = d.Take();
    out.sender_path = sender_path;
    return out;
  }
};

std::vector<AnswerRow> RunAnswers(soci::session& s, const std::string& where, db::Binds& p, const std::string& tail) {
  return db::FetchAll<AnswerReader>(
      s,
      std::string("SELECT ") + kAnswerColumns + ", " + kDirectiveColumns +
          ", su.path FROM directive_answers a JOIN units u ON u.id = a.unit_id JOIN directives d ON d.id = "
          "a.directive_id JOIN units su ON su.id = d.unit_id WHERE " +
          where + " ORDER BY a.id" + tail,
      p);
}

}  // namespace

std::optional<std::pair<Directive, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = db::FetchAll<DirectiveReader>(s,
                                            std::string("SELECT ") + kDirectiveColumns +
                                                ", u.path FROM directives d JOIN units u ON u.id = d.unit_id WHERE "
                                                "d.id = " +
                                                p.Id("id", id),
                                            p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Directive> List(soci::session& s, const std::vector<std::string>& roots, std::optional<db::Id> after,
                            int limit) {
  if (roots.empty()) return {};
  db::Binds p;
  std::string where = db::SubtreeClause(roots, "u.path", p);
  if (after) where += " AND d.id > " + p.Id("after", *after);
  std::vector<Directive> out;
  for (auto& [d, path] : db::FetchAll<DirectiveReader>(
           s,
           std::string("SELECT ") + kDirectiveColumns + ", u.path FROM directives d JOIN units u ON u.id = d.unit_id "
                                                         "WHERE " +
               where + " ORDER BY d.id LIMIT " + std::to_string(limit),
           p))
    out.push_back(std::move(d));
  return out;
}

void Insert(soci::session& s, Directive& d) {
  std::string targets = boost::json::serialize(ToJson(d.targets));
  int creates = d.creates_actions ? 1 : 0;
  db::Id created_by = d.created_by.value_or(0);
  soci::indicator created_by_ind = d.created_by ? soci::i_ok : soci::i_null;
  s << "INSERT INTO directives (unit_id, kind, dispatch_number, dispatch_date, title, body, deadline, targets, "
       "creates_actions, version, created_by, created_at, updated_at) VALUES (:unit, :kind, :number, :date, :title, "
       ":body, :deadline, :targets, :creates, 1, :by, :created, :updated) RETURNING id",
      soci::use(d.unit_id), soci::use(d.kind), soci::use(d.dispatch_number), soci::use(d.dispatch_date),
      soci::use(d.title), soci::use(d.body), soci::use(d.deadline), soci::use(targets), soci::use(creates),
      soci::use(created_by, created_by_ind), soci::use(d.created_at), soci::use(d.updated_at), soci::into(d.id);
  d.version = 1;
}

void InsertAnswers(soci::session& s, db::Id directive_id, const std::vector<db::Id>& unit_ids,
                   const std::map<db::Id, db::Id>& action_of_unit, const std::string& now) {
  // Bulk binding: one prepared statement run over the vectors, a few hundred rows at a time.
  constexpr size_t kBatch = 500;
  for (size_t from = 0; from < unit_ids.size(); from += kBatch) {
    size_t to = std::min(unit_ids.size(), from + kBatch);
    std::vector<long long> directive(to - from, directive_id), unit, action;
    std::vector<soci::indicator> action_ind;
    std::vector<std::string> at(to - from, now);
    for (size_t i = from; i < to; ++i) {
      unit.push_back(unit_ids[i]);
      auto it = action_of_unit.find(unit_ids[i]);
      action.push_back(it == action_of_unit.end() ? 0 : it->second);
      action_ind.push_back(it == action_of_unit.end() ? soci::i_null : soci::i_ok);
    }
    s << "INSERT INTO directive_answers (directive_id, unit_id, status, text, action_id, version, updated_at) "
         "VALUES (:directive, :unit, 'not_started', '', :action, 1, :at)",
        soci::use(directive), soci::use(unit), soci::use(action, action_ind), soci::use(at);
  }
}

std::map<db::Id, std::map<std::string, long long>> CountsByStatus(soci::session& s, const std::vector<db::Id>& ids) {
  std::map<db::Id, std::map<std::string, long long>> out;
  if (ids.empty()) return out;
  struct Row {
    db::Id directive = 0;
    std::string status;
    long long n = 0;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(directive));
      st.exchange(soci::into(status));
      st.exchange(soci::into(n));
    }
    Row Take() const { return *this; }
  };
  db::Binds p;
  for (const Row& r : db::FetchAll<Row>(s,
                                        "SELECT a.directive_id, a.status, COUNT(*) FROM directive_answers a WHERE "
                                        "a.directive_id IN " +
                                            db::IdList(ids, "directive", p) + " GROUP BY a.directive_id, a.status",
                                        p))
    out[r.directive][r.status] = r.n;
  return out;
}

std::optional<AnswerRow> FindAnswer(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = RunAnswers(s, "a.id = " + p.Id("id", id), p, "");
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<AnswerRow> ListAnswers(soci::session& s, const AnswerQuery& q) {
  if (q.roots.empty()) return {};
  db::Binds p;
  std::string where = db::SubtreeClause(q.roots, "u.path", p);
  if (q.directive_id) where += " AND a.directive_id = " + p.Id("directive", *q.directive_id);
  if (q.status) where += " AND a.status = " + p.Text("status", AnswerStatusName(*q.status));
  if (q.after) where += " AND a.id > " + p.Id("after", *q.after);
  return RunAnswers(s, where, p, " LIMIT " + std::to_string(q.limit));
}

bool UpdateAnswer(soci::session& s, const Answer& a, long long expected_version) {
  std::string status = AnswerStatusName(a.status);
  std::string reason = a.return_reason.value_or(""), submitted_at = a.submitted_at.value_or(""),
              reviewed_at = a.reviewed_at.value_or("");
  db::Id submitted_by = a.submitted_by.value_or(0), reviewed_by = a.reviewed_by.value_or(0);
  soci::indicator reason_ind = a.return_reason ? soci::i_ok : soci::i_null,
                  submitted_at_ind = a.submitted_at ? soci::i_ok : soci::i_null,
                  submitted_by_ind = a.submitted_by ? soci::i_ok : soci::i_null,
                  reviewed_at_ind = a.reviewed_at ? soci::i_ok : soci::i_null,
                  reviewed_by_ind = a.reviewed_by ? soci::i_ok : soci::i_null;
  soci::statement st =
      (s.prepare << "UPDATE directive_answers SET status = :status, text = :text, return_reason = :reason, "
                    "submitted_at = :submitted_at, submitted_by = :submitted_by, reviewed_at = :reviewed_at, "
                    "reviewed_by = :reviewed_by, version = version + 1, updated_at = :updated WHERE id = :id AND "
                    "version = :expected",
       soci::use(status), soci::use(a.text), soci::use(reason, reason_ind), soci::use(submitted_at, submitted_at_ind),
       soci::use(submitted_by, submitted_by_ind), soci::use(reviewed_at, reviewed_at_ind),
       soci::use(reviewed_by, reviewed_by_ind), soci::use(a.updated_at), soci::use(a.id),
       soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<AnswerRow> DueForNotice(soci::session& s, const std::string& kind, const std::string& from,
                                    const std::string& to, std::optional<db::Id> after, int limit) {
  db::Binds p;
  std::string where = "d.deadline >= " + p.Text("from", from) + " AND d.deadline <= " + p.Text("to", to) +
                      " AND a.status IN ('not_started', 'in_progress', 'returned') AND NOT EXISTS (SELECT 1 FROM "
                      "directive_notices n WHERE n.answer_id = a.id AND n.kind = " +
                      p.Text("kind", kind) + ")";
  if (after) where += " AND a.id > " + p.Id("after", *after);
  return RunAnswers(s, where, p, " LIMIT " + std::to_string(limit));
}

std::vector<AnswerRow> Unsubmitted(soci::session& s, std::optional<db::Id> unit_id) {
  db::Binds p;
  std::string where = "a.status IN ('not_started', 'in_progress', 'returned')";
  if (unit_id) where += " AND a.unit_id = " + p.Id("unit", *unit_id);
  return RunAnswers(s, where, p, "");
}

bool InsertNotice(soci::session& s, db::Id answer_id, const std::string& kind, const std::string& now) {
  soci::statement st = (s.prepare << "INSERT INTO directive_notices (answer_id, kind, sent_at) VALUES (:a, :k, :at) "
                                     "ON CONFLICT (answer_id, kind) DO NOTHING",
                        soci::use(answer_id), soci::use(kind), soci::use(now));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace eduims::directives::store
