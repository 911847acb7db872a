#include "planning/party_store.h"

#include "platform/db/query.h"
#include "platform/nullable_column.h"

namespace eduims::planning::party_store {
namespace {

const char* kPartyColumns =
    "p.id, p.unit_id, p.class_code, p.name, p.needs, c.mandatory, p.relevant, p.relevance_reason, p.version, "
    "p.created_by, p.created_at, p.updated_at, p.archived_at, u.path";

struct PartyReader {
  InterestedParty p;
  int mandatory = 0, relevant = 1;
  std::string path;
  db::Nullable<db::Id> created_by;
  db::Nullable<std::string> archived;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(p.id));
    st.exchange(soci::into(p.unit_id));
    st.exchange(soci::into(p.class_code));
    st.exchange(soci::into(p.name));
    st.exchange(soci::into(p.needs));
    st.exchange(soci::into(mandatory));
    st.exchange(soci::into(relevant));
    st.exchange(soci::into(p.relevance_reason));
    st.exchange(soci::into(p.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(p.created_at));
    st.exchange(soci::into(p.updated_at));
    st.exchange(soci::into(archived.value, archived.ind));
    st.exchange(soci::into(path));
  }
  std::pair<InterestedParty, std::string> Take() const {
    InterestedParty out = p;
    out.mandatory = mandatory != 0;
    out.relevant = relevant != 0;
    out.created_by = created_by.Get();
    out.archived_at = archived.Get();
    return {out, path};
  }
};

std::vector<std::pair<InterestedParty, std::string>> RunParties(soci::session& s, const std::string& where,
                                                                 db::Binds& p) {
  return db::FetchAll<PartyReader>(s,
                                   std::string("SELECT ") + kPartyColumns +
                                       " FROM interested_parties p JOIN units u ON u.id = p.unit_id "
                                       "JOIN party_classes c ON c.code = p.class_code WHERE " + where,
                                   p);
}

const char* kRequirementColumns =
    "id, party_id, text, adopted, compliance_obligation, obligation_reference, monitoring, monitoring_note, "
    "version, created_by, created_at, updated_at, archived_at";

struct RequirementReader {
  PartyRequirement r;
  int adopted = 1, obligation = 0;
  db::Nullable<db::Id> created_by;
  db::Nullable<std::string> archived;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.party_id));
    st.exchange(soci::into(r.text));
    st.exchange(soci::into(adopted));
    st.exchange(soci::into(obligation));
    st.exchange(soci::into(r.obligation_reference));
    st.exchange(soci::into(r.monitoring));
    st.exchange(soci::into(r.monitoring_note));
    st.exchange(soci::into(r.version));
    st.exchange(soci::into(created_by.value, created_by.ind));
    st.exchange(soci::into(r.created_at));
    st.exchange(soci::into(r.updated_at));
    st.exchange(soci::into(archived.value, archived.ind));
  }
  PartyRequirement Take() const {
    PartyRequirement out = r;
    out.adopted = adopted != 0;
    out.compliance_obligation = obligation != 0;
    out.created_by = created_by.Get();
    out.archived_at = archived.Get();
    return out;
  }
};

struct ClassReader {
  PartyClass c;
  int mandatory = 0;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(c.code));
    st.exchange(soci::into(mandatory));
    st.exchange(soci::into(c.name_vi));
    st.exchange(soci::into(c.name_en));
  }
  PartyClass Take() const {
    PartyClass out = c;
    out.mandatory = mandatory != 0;
    return out;
  }
};

}  // namespace

std::vector<PartyClass> Classes(soci::session& s) {
  db::Binds p;
  return db::FetchAll<ClassReader>(s, "SELECT code, mandatory, name_vi, name_en FROM party_classes ORDER BY position",
                                   p);
}

std::optional<std::pair<InterestedParty, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = RunParties(s, "p.id = " + p.Id("id", id), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<InterestedParty> List(soci::session& s, const PartyQuery& q) {
  auto roots = db::ScopeWithin(q.scope, q.within_path);
  if (roots.empty()) return {};
  db::Binds p;
  std::string where = db::SubtreeClause(roots, "u.path", p);
  if (q.unit_id) where += " AND p.unit_id = " + p.Id("unit_id", *q.unit_id);
  if (q.class_code) where += " AND p.class_code = " + p.Text("class", *q.class_code);
  if (q.relevant) where += std::string(" AND p.relevant = ") + (*q.relevant ? "1" : "0");
  if (!q.include_archived) where += " AND p.archived_at IS NULL";
  if (q.after) where += " AND p.id > " + p.Id("after", *q.after);
  std::vector<InterestedParty> out;
  for (auto& row : RunParties(s, where + " ORDER BY p.id LIMIT " + std::to_string(q.limit), p))
    out.push_back(std::move(row.first));
  return out;
}

void Insert(soci::session& s, InterestedParty& p) {
  int relevant = p.relevant ? 1 : 0;
  db::Nullable<db::Id> by(p.created_by);
  s << "INSERT INTO interested_parties (unit_id, class_code, name, needs, relevant, relevance_reason, version, "
       "created_by, created_at, updated_at) VALUES (:unit, :class, :name, :needs, :relevant, :reason, 1, :by, "
       ":created, :updated) RETURNING id",
      soci::use(p.unit_id), soci::use(p.class_code), soci::use(p.name), soci::use(p.needs), soci::use(relevant),
      soci::use(p.relevance_reason), soci::use(by.value, by.ind), soci::use(p.created_at), soci::use(p.updated_at),
      soci::into(p.id);
  p.version = 1;
}

bool Update(soci::session& s, const InterestedParty& p, long long expected_version) {
  int relevant = p.relevant ? 1 : 0;
  db::Nullable<std::string> archived(p.archived_at);
  soci::statement st =
      (s.prepare << "UPDATE interested_parties SET class_code = :class, name = :name, needs = :needs, "
                    "relevant = :relevant, relevance_reason = :reason, version = version + 1, updated_at = :updated, "
                    "archived_at = :archived WHERE id = :id AND version = :expected",
       soci::use(p.class_code), soci::use(p.name), soci::use(p.needs), soci::use(relevant),
       soci::use(p.relevance_reason), soci::use(p.updated_at), soci::use(archived.value, archived.ind),
       soci::use(p.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<PartyRequirement> FindRequirement(soci::session& s, db::Id party_id, db::Id id) {
  db::Binds p;
  std::string sql = std::string("SELECT ") + kRequirementColumns + " FROM party_requirements WHERE id = " +
                    p.Id("id", id) + " AND party_id = " + p.Id("party", party_id);
  auto rows = db::FetchAll<RequirementReader>(s, sql, p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<PartyRequirement> FindRequirementById(soci::session& s, db::Id id) {
  db::Binds p;
  std::string sql =
      std::string("SELECT ") + kRequirementColumns + " FROM party_requirements WHERE id = " + p.Id("id", id);
  auto rows = db::FetchAll<RequirementReader>(s, sql, p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<PartyRequirement> Requirements(soci::session& s, db::Id party_id, bool include_archived) {
  db::Binds p;
  std::string sql = std::string("SELECT ") + kRequirementColumns + " FROM party_requirements WHERE party_id = " +
                    p.Id("party", party_id) + (include_archived ? "" : " AND archived_at IS NULL") + " ORDER BY id";
  return db::FetchAll<RequirementReader>(s, sql, p);
}

void InsertRequirement(soci::session& s, PartyRequirement& r) {
  int adopted = r.adopted ? 1 : 0, obligation = r.compliance_obligation ? 1 : 0;
  db::Nullable<db::Id> by(r.created_by);
  s << "INSERT INTO party_requirements (party_id, text, adopted, compliance_obligation, obligation_reference, "
       "monitoring, monitoring_note, version, created_by, created_at, updated_at) VALUES (:party, :text, :adopted, "
       ":obligation, :reference, :monitoring, :note, 1, :by, :created, :updated) RETURNING id",
      soci::use(r.party_id), soci::use(r.text), soci::use(adopted), soci::use(obligation),
      soci::use(r.obligation_reference), soci::use(r.monitoring), soci::use(r.monitoring_note),
      soci::use(by.value, by.ind), soci::use(r.created_at), soci::use(r.updated_at), soci::into(r.id);
  r.version = 1;
}

bool UpdateRequirement(soci::session& s, const PartyRequirement& r, long long expected_version) {
  int adopted = r.adopted ? 1 : 0, obligation = r.compliance_obligation ? 1 : 0;
  db::Nullable<std::string> archived(r.archived_at);
  soci::statement st =
      (s.prepare << "UPDATE party_requirements SET text = :text, adopted = :adopted, compliance_obligation = "
                    ":obligation, obligation_reference = :reference, monitoring = :monitoring, monitoring_note = "
                    ":note, version = version + 1, updated_at = :updated, archived_at = :archived "
                    "WHERE id = :id AND version = :expected",
       soci::use(r.text), soci::use(adopted), soci::use(obligation), soci::use(r.obligation_reference),
       soci::use(r.monitoring), soci::use(r.monitoring_note), soci::use(r.updated_at),
       soci::use(archived.value, archived.ind), soci::use(r.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace eduims::planning::party_store
