#include "training/store.h"

#include "platform/db/text_list.h"
#include "platform/nullable_column.h"

namespace eduims::training::store {
namespace {

using db::Nullable;

struct ProgrammeReader {
  Programme p;
  std::string clauses, competences;
  Nullable<int> validity;
  Nullable<db::Id> created_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.unit_path));
    st.exchange(soci::into(p.title));
    st.exchange(soci::into(p.provider));
    st.exchange(soci::into(p.description));
    st.exchange(soci::into(clauses));
    st.exchange(soci::into(competences));
    st.exchange(soci::into(p.max_score));
    st.exchange(soci::into(p.pass_mark));
    st.exchange(soci::into(validity.value, validity.ind));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(p.created_at));
  }
  Programme Take() const {
    Programme out = p;
    out.clauses = db::TextListFrom(clauses);
    out.competences = db::TextListFrom(competences);
    out.validity_months = validity.Get();
    out.created_by = created_by.Get();
    return out;
  }
};

const char* kProgrammeSelect =
    "SELECT p.id, p.unit_id, u.path, p.title, p.provider, p.description, p.clauses, p.competences, p.max_score, "
    "p.pass_mark, p.validity_months, p.created_by, p.created_at FROM training_programmes p JOIN units u ON u.id = "
    "p.unit_id WHERE ";

struct SessionReader {
  Session s;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(s.id));
    st.exchange(soci::into(s.programme_id));
    st.exchange(soci::into(s.title));
    st.exchange(soci::into(s.trainer));
    st.exchange(soci::into(s.place));
    st.exchange(soci::into(s.topics));
    st.exchange(soci::into(s.starts_at));
    st.exchange(soci::into(s.ends_at));
    st.exchange(soci::into(s.checkin_code));
    st.exchange(soci::into(s.created_at));
  }
  Session Take() const { return s; }
};

const char* kSessionSelect =
    "SELECT s.id, s.programme_id, s.title, s.trainer, s.place, s.topics, s.starts_at, s.ends_at, s.checkin_code, "
    "s.created_at FROM training_sessions s WHERE ";

struct ParticipantReader {
  Participant p;
  Nullable<double> score;
  Nullable<int> passed;
  Nullable<std::string> assessed_at;
  Nullable<db::Id> assessed_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.programme_id));
    st.exchange(soci::into(p.user_id));
    st.exchange(soci::into(p.invited_at));
    st.exchange(soci::into(score.value, score.ind));
    st.exchange(soci::into(passed.value, passed.ind));
    st.exchange(soci::into(assessed_at.value, assessed_at.ind));
    st.exchange(soci::into(assessed_by.value, assessed_by.ind));
    st.exchange(soci::into(p.sessions_attended));
  }
  Participant Take() const {
    Participant out = p;
    out.score = score.Get();
    if (auto v = passed.Get()) out.passed = *v != 0;
    out.assessed_at = assessed_at.Get();
    out.assessed_by = assessed_by.Get();
    return out;
  }
};

const char* kParticipantSelect =
    "SELECT t.id, t.programme_id, t.user_id, t.invited_at, t.score, t.passed, t.assessed_at, t.assessed_by, "
    "(SELECT COUNT(*) FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id WHERE "
    "s.programme_id = t.programme_id AND a.user_id = t.user_id) FROM training_participants t WHERE ";

}  // namespace

std::optional<Programme> FindProgramme(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = db::FetchAll<ProgrammeReader>(s, kProgrammeSelect + ("p.id = " + b.Id("id", id)), b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Programme> ListProgrammes(soci::session& s, const std::vector<std::string>& roots,
                                      std::optional<db::Id> unit_id, std::optional<db::Id> after, int limit) {
  db::Binds b;
  std::string where = db::SubtreeClause(roots, "u.path", b);
  if (unit_id) where += " AND p.unit_id = " + b.Id("unit", *unit_id);
  if (after) where += " AND p.id > " + b.Id("after", *after);
  return db::FetchAll<ProgrammeReader>(s, kProgrammeSelect + where + " ORDER BY p.id LIMIT " + std::to_string(limit),
                                       b);
}

void InsertProgramme(soci::session& s, Programme& p) {
  std::string clauses = db::TextListJson(p.clauses), competences = db::TextListJson(p.competences);
  Nullable<int> validity(p.validity_months);
  Nullable<db::Id> by(p.created_by);
  s << "INSERT INTO training_programmes (unit_id, title, provider, description, clauses, competences, max_score, "
       "pass_mark, validity_months, created_by, created_at) VALUES (:u, :t, :pr, :d, :cl, :co, :max, :pass, :v, :by, "
       ":at) RETURNING id",
      soci::use(p.unit_id), soci::use(p.title), soci::use(p.provider), soci::use(p.description), soci::use(clauses),
      soci::use(competences), soci::use(p.max_score), soci::use(p.pass_mark), soci::use(validity.value, validity.ind),
      soci::use(by.value, by.ind), soci::use(p.created_at), soci::into(p.id);
}

std::vector<Session> Sessions(soci::session& s, db::Id programme_id) {
  db::Binds b;
  return db::FetchAll<SessionReader>(
      s, kSessionSelect + ("s.programme_id = " + b.Id("p", programme_id)) + " ORDER BY s.starts_at, s.id", b);
}

std::optional<Session> FindSession(soci::session& s, db::Id id) {
  db::Binds b;
  auto rows = db::FetchAll<SessionReader>(s, kSessionSelect + ("s.id = " + b.Id("id", id)), b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<Session> FindSessionByCode(soci::session& s, const std::string& code) {
  db::Binds b;
  auto rows = db::FetchAll<SessionReader>(s, kSessionSelect + ("s.checkin_code = " + b.Text("code", code)), b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void InsertSession(soci::session& s, Session& x) {
  s << "INSERT INTO training_sessions (programme_id, title, trainer, place, topics, starts_at, ends_at, checkin_code, "
       "created_at) VALUES (:p, :t, :tr, :pl, :to, :s, :e, :c, :at) RETURNING id",
      soci::use(x.programme_id), soci::use(x.title), soci::use(x.trainer), soci::use(x.place), soci::use(x.topics),
      soci::use(x.starts_at), soci::use(x.ends_at), soci::use(x.checkin_code), soci::use(x.created_at),
      soci::into(x.id);
}

std::vector<Participant> Participants(soci::session& s, db::Id programme_id) {
  db::Binds b;
  return db::FetchAll<ParticipantReader>(
      s, kParticipantSelect + ("t.programme_id = " + b.Id("p", programme_id)) + " ORDER BY t.user_id", b);
}

std::optional<Participant> FindParticipant(soci::session& s, db::Id programme_id, db::Id user_id) {
  db::Binds b;
  auto rows = db::FetchAll<ParticipantReader>(
      s, kParticipantSelect + ("t.programme_id = " + b.Id("p", programme_id) + " AND t.user_id = " + b.Id("u", user_id)),
      b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

bool Invite(soci::session& s, db::Id programme_id, db::Id user_id, const std::string& now) {
  if (FindParticipant(s, programme_id, user_id)) return false;
  s << "INSERT INTO training_participants (programme_id, user_id, invited_at) VALUES (:p, :u, :at)",
      soci::use(programme_id), soci::use(user_id), soci::use(now);
  return true;
}

void SaveResult(soci::session& s, const Participant& p) {
  Nullable<double> score(p.score);
  Nullable<int> passed(p.passed ? std::optional<int>(*p.passed ? 1 : 0) : std::nullopt);
  Nullable<std::string> at(p.assessed_at);
  Nullable<db::Id> by(p.assessed_by);
  s << "UPDATE training_participants SET score = :s, passed = :p, assessed_at = :at, assessed_by = :by WHERE id = :id",
      soci::use(score.value, score.ind), soci::use(passed.value, passed.ind), soci::use(at.value, at.ind),
      soci::use(by.value, by.ind), soci::use(p.id);
}

bool Attended(soci::session& s, db::Id session_id, db::Id user_id) {
  db::Binds b;
  return !db::FetchIds(s,
                       "SELECT id FROM training_attendance WHERE session_id = " + b.Id("s", session_id) +
                           " AND user_id = " + b.Id("u", user_id),
                       b)
              .empty();
}

void InsertAttendance(soci::session& s, db::Id session_id, db::Id user_id, const std::string& source,
                      const std::string& now, std::optional<db::Id> recorded_by) {
  Nullable<db::Id> by(recorded_by);
  s << "INSERT INTO training_attendance (session_id, user_id, source, recorded_at, recorded_by) VALUES (:s, :u, :src, "
       ":at, :by)",
      soci::use(session_id), soci::use(user_id), soci::use(source), soci::use(now), soci::use(by.value, by.ind);
}

std::vector<Session> AttendedSessions(soci::session& s, db::Id programme_id, db::Id user_id) {
  db::Binds b;
  return db::FetchAll<SessionReader>(
      s,
      kSessionSelect + ("s.programme_id = " + b.Id("p", programme_id) +
                        " AND s.id IN (SELECT a.session_id FROM training_attendance a WHERE a.user_id = " +
                        b.Id("u", user_id) + ")") +
          " ORDER BY s.starts_at DESC, s.id DESC",
      b);
}

std::pair<long long, long long> RegisterCounts(soci::session& s, const std::string& path, const std::string& since) {
  auto [lo, hi] = db::SubtreeRange(path);
  long long programmes = 0, attendances = 0;
  s << "SELECT COUNT(DISTINCT p.id), COUNT(a.id) FROM training_programmes p JOIN units u ON u.id = p.unit_id JOIN "
       "training_sessions x ON x.programme_id = p.id LEFT JOIN training_attendance a ON a.session_id = x.id WHERE "
       "u.path >= :lo AND u.path < :hi AND x.starts_at >= :since",
      soci::use(lo), soci::use(hi), soci::use(since), soci::into(programmes), soci::into(attendances);
  return {programmes, attendances};
}

}  // namespace eduims::training::store
