#include "people/store.h"

#include "org/members.h"
#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::people::store {
namespace {

using db::Nullable;

struct CompetenceReader {
  Competence c;
  db::Id id = 0, unit_id = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(unit_id));
    st.exchange(soci::into(c.code));
    st.exchange(soci::into(c.category));
    st.exchange(soci::into(c.vi));
    st.exchange(soci::into(c.en));
  }
  Competence Take() const {
    Competence out = c;
    out.id = id;
    out.unit_id = unit_id;
    return out;
  }
};

struct RequirementReader {
  Requirement r;
  Nullable<db::Id> created_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.unit_id));
    st.exchange(soci::into(r.unit_path));
    st.exchange(soci::into(r.competence_code));
    st.exchange(soci::into(r.role));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(r.created_at));
  }
  Requirement Take() const {
    Requirement out = r;
    out.created_by = created_by.Get();
    return out;
  }
};

const char* kRequirementSelect =
    "SELECT r.id, r.unit_id, u.path, r.competence_code, r.role, r.created_by, r.created_at FROM "
    "competence_requirements r JOIN units u ON u.id = r.unit_id WHERE ";

struct HoldingReader {
  Holding h;
  Nullable<std::string> expires_on, note;
  Nullable<db::Id> session_id, created_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(h.id));
    st.exchange(soci::into(h.user_id));
    st.exchange(soci::into(h.competence_code));
    st.exchange(soci::into(h.method));
    st.exchange(soci::into(h.granted_on));
    st.exchange(soci::into(expires_on.value, expires_on.ind));
    st.exchange(soci::into(note.value, note.ind));
    st.exchange(soci::into(session_id.value, session_id.ind));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(h.created_at));
  }
  Holding Take() const {
    Holding out = h;
    out.expires_on = expires_on.Get();
    out.note = note.Get();
    out.session_id = session_id.Get();
    out.created_by = created_by.Get();
    return out;
  }
};

const char* kHoldingSelect =
    "SELECT h.id, h.user_id, h.competence_code, h.method, h.granted_on, h.expires_on, h.note, h.session_id, "
    "h.created_by, h.created_at FROM competence_holdings h WHERE ";

}  // namespace

std::vector<Competence> AddedCompetences(soci::session& s) {
  db::Binds p;
  return db::FetchAll<CompetenceReader>(
      s, "SELECT id, unit_id, code, category, name_vi, name_en FROM competences ORDER BY code", p);
}

bool AddedCodeExists(soci::session& s, const std::string& code) {
  db::Binds p;
  return !db::FetchIds(s, "SELECT id FROM competences WHERE code = " + p.Text("code", code), p).empty();
}

void InsertCompetence(soci::session& s, Competence& c, std::optional<db::Id> created_by, const std::string& now) {
  Nullable<db::Id> by(created_by);
  db::Id id = 0;
  s << "INSERT INTO competences (unit_id, code, category, name_vi, name_en, created_by, created_at) VALUES (:u, :c, "
       ":cat, :vi, :en, :by, :at) RETURNING id",
      soci::use(*c.unit_id), soci::use(c.code), soci::use(c.category), soci::use(c.vi), soci::use(c.en),
      soci::use(by.value, by.ind), soci::use(now), soci::into(id);
  c.id = id;
}

std::vector<Requirement> Requirements(soci::session& s, const std::vector<db::Id>& unit_ids,
                                      const std::optional<std::string>& subtree_path) {
  db::Binds p;
  std::string where = "r.unit_id IN " + db::IdList(unit_ids, "unit", p);
  if (subtree_path) {
    auto [lo, hi] = db::SubtreeRange(*subtree_path);
    where = "(" + where + " OR (u.path >= " + p.Text("lo", lo) + " AND u.path < " + p.Text("hi", hi) + "))";
  }
  return db::FetchAll<RequirementReader>(s, kRequirementSelect + where + " ORDER BY r.id", p);
}

std::optional<Requirement> FindRequirement(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = db::FetchAll<RequirementReader>(s, kRequirementSelect + ("r.id = " + p.Id("id", id)), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

bool RequirementExists(soci::session& s, db::Id unit_id, const std::string& code, const std::string& role) {
  db::Binds p;
  return !db::FetchIds(s,
                       "SELECT id FROM competence_requirements WHERE unit_id = " + p.Id("unit", unit_id) +
                           " AND competence_code = " + p.Text("code", code) + " AND role = " + p.Text("role", role),
                       p)
              .empty();
}

void InsertRequirement(soci::session& s, Requirement& r) {
  Nullable<db::Id> by(r.created_by);
  s << "INSERT INTO competence_requirements (unit_id, competence_code, role, created_by, created_at) VALUES (:u, "
       ":c, :r, :by, :at) RETURNING id",
      soci::use(r.unit_id), soci::use(r.competence_code), soci::use(r.role), soci::use(by.value, by.ind),
      soci::use(r.created_at), soci::into(r.id);
}

void DeleteRequirement(soci::session& s, db::Id id) {
  s << "DELETE FROM competence_requirements WHERE id = :id", soci::use(id);
}

std::vector<Holding> HoldingsOf(soci::session& s, db::Id user_id) {
  db::Binds p;
  return db::FetchAll<HoldingReader>(s, kHoldingSelect + ("h.user_id = " + p.Id("user", user_id)) + " ORDER BY h.id",
                                     p);
}

std::vector<Holding> HoldingsOfUsers(soci::session& s, const std::string& user_ids_sql, db::Binds& binds) {
  return db::FetchAll<HoldingReader>(s, kHoldingSelect + ("h.user_id IN (" + user_ids_sql + ")") + " ORDER BY h.id",
                                     binds);
}

std::optional<Holding> FindHolding(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = db::FetchAll<HoldingReader>(s, kHoldingSelect + ("h.id = " + p.Id("id", id)), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void InsertHolding(soci::session& s, Holding& h) {
  Nullable<std::string> expires(h.expires_on), note(h.note);
  Nullable<db::Id> session(h.session_id), by(h.created_by);
  s << "INSERT INTO competence_holdings (user_id, competence_code, method, granted_on, expires_on, note, session_id, "
       "created_by, created_at) VALUES (:u, :c, :m, :g, :e, :n, :s, :by, :at) RETURNING id",
      soci::use(h.user_id), soci::use(h.competence_code), soci::use(h.method), soci::use(h.granted_on),
      soci::use(expires.value, expires.ind), soci::use(note.value, note.ind), soci::use(session.value, session.ind),
      soci::use(by.value, by.ind), soci::use(h.created_at), soci::into(h.id);
}

void DeleteHolding(soci::session& s, db::Id id) { s << "DELETE FROM competence_holdings WHERE id = :id", soci::use(id); }

long long CountHoldingsInForce(soci::session& s, const std::string& path, const std::string& today) {
  db::Binds b;
  std::string in_force = b.Text("today", today);
  auto rows = db::FetchIds(s,
                           "SELECT COUNT(*) FROM competence_holdings h WHERE h.granted_on <= " + in_force +
                               " AND (h.expires_on IS NULL OR h.expires_on >= " + in_force + ") AND h.user_id IN (" +
                               org::MemberIdsSql(path, b) + ")",
                           b);
  return rows.empty() ? 0 : rows.front();
}

Settings GetSettings(soci::session& s) {
  Settings out;
  soci::indicator ind = soci::i_null;
  std::string mode;
  long long version = 0;
  s << "SELECT auditor_qualification, version FROM people_settings WHERE id = 1", soci::into(mode, ind),
      soci::into(version);
  if (s.got_data() && ind == soci::i_ok) out = {mode, version};
  return out;
}

bool SaveSettings(soci::session& s, const Settings& settings, long long expected_version, const std::string& now) {
  if (expected_version == 0) {
    if (GetSettings(s).version != 0) return false;
    s << "INSERT INTO people_settings (id, auditor_qualification, version, updated_at) VALUES (1, :m, 1, :t)",
        soci::use(settings.auditor_qualification), soci::use(now);
    return true;
  }
  soci::statement st = (s.prepare << "UPDATE people_settings SET auditor_qualification = :m, version = version + 1, "
                                     "updated_at = :t WHERE id = 1 AND version = :v",
                        soci::use(settings.auditor_qualification), soci::use(now), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace eduims::people::store
