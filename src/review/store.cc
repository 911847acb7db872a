#include "review/store.h"

#include "platform/db/query.h"

namespace eduims::review::store {
namespace {

const char* kColumns =
    "r.id, r.unit_id, r.title, r.period_from, r.period_to, r.planned_on, r.status, r.participants, r.inputs, "
    "r.opened_at, r.notes, r.conclusions, r.outputs, r.held_at, r.approved_by, r.approved_at, r.record_id, "
    "r.version, r.created_by, r.created_at, r.updated_at, r.archived_at, u.path";

template <class T>
std::optional<T> Opt(const T& v, soci::indicator ind) {
  return ind == soci::i_ok ? std::optional<T>(v) : std::nullopt;
}

struct Reader {
  Review r;
  std::string status, participants, inputs, opened, notes, outputs, held, approved_at, created_by_text, archived, path;
  db::Id approved_by = 0, record_id = 0, created_by = 0;
  soci::indicator inputs_ind = soci::i_null, opened_ind = soci::i_null, held_ind = soci::i_null,
                  approved_by_ind = soci::i_null, approved_at_ind = soci::i_null, record_ind = soci::i_null,
                  created_by_ind = soci::i_null, archived_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.unit_id));
    st.exchange(soci::into(r.title));
    st.exchange(soci::into(r.period_from));
    st.exchange(soci::into(r.period_to));
    st.exchange(soci::into(r.planned_on));
    st.exchange(soci::into(status));
    st.exchange(soci::into(participants));
    st.exchange(soci::into(inputs, inputs_ind));
    st.exchange(soci::into(opened, opened_ind));
    st.exchange(soci::into(notes));
    st.exchange(soci::into(r.conclusions));
    st.exchange(soci::into(outputs));
    st.exchange(soci::into(held, held_ind));
    st.exchange(soci::into(approved_by, approved_by_ind));
    st.exchange(soci::into(approved_at, approved_at_ind));
    st.exchange(soci::into(record_id, record_ind));
    st.exchange(soci::into(r.version));
    st.exchange(soci::into(created_by, created_by_ind));
    st.exchange(soci::into(r.created_at));
    st.exchange(soci::into(r.updated_at));
    st.exchange(soci::into(archived, archived_ind));
    st.exchange(soci::into(path));
  }
  std::pair<Review, std::string> Take() const {
    Review out = r;
    out.status = ParseReviewStatus(status).value_or(ReviewStatus::kPlanned);
    out.participants = ParticipantsFrom(participants);
    if (inputs_ind == soci::i_ok) out.inputs = InputsFrom(inputs);
    out.opened_at = Opt(opened, opened_ind);
    out.notes = NotesFrom(notes);
    out.outputs = OutputsFrom(outputs);
    out.held_at = Opt(held, held_ind);
    out.approved_by = Opt(approved_by, approved_by_ind);
    out.approved_at = Opt(approved_at, approved_at_ind);
    out.record_id = Opt(record_id, record_ind);
    out.created_by = Opt(created_by, created_by_ind);
    out.archived_at = Opt(archived, archived_ind);
    return {out, path};
  }
};

std::vector<std::pair<Review, std::string>> Run(soci::session& s, const std::string& where, db::Binds& p,
                                                const std::string& tail = "") {
  return db::FetchAll<Reader>(s,
                              std::string("SELECT ") + kColumns +
                                  " FROM management_reviews r JOIN units u ON u.id = r.unit_id WHERE " + where +
                                  " ORDER BY r.id" + tail,
                              p);
}

// The columns Insert and Update write, with their NULLs.
struct Writable {
  std::string status, participants, inputs, opened, notes, outputs, held, approved_at, archived;
  db::Id approved_by, record_id, created_by;
  soci::indicator inputs_ind, opened_ind, held_ind, approved_by_ind, approved_at_ind, record_ind, created_by_ind,
      archived_ind;
  explicit Writable(const Review& r)
      : status(ReviewStatusName(r.status)),
        participants(ParticipantsText(r.participants)),
        inputs(r.inputs ? InputsText(*r.inputs) : ""),
        opened(r.opened_at.value_or("")),
        notes(NotesText(r.notes)),
        outputs(OutputsText(r.outputs)),
        held(r.held_at.value_or("")),
        approved_at(r.approved_at.value_or("")),
        archived(r.archived_at.value_or("")),
        approved_by(r.approved_by.value_or(0)),
        record_id(r.record_id.value_or(0)),
        created_by(r.created_by.value_or(0)),
        inputs_ind(r.inputs ? soci::i_ok : soci::i_null),
        opened_ind(r.opened_at ? soci::i_ok : soci::i_null),
        held_ind(r.held_at ? soci::i_ok : soci::i_null),
        approved_by_ind(r.approved_by ? soci::i_ok : soci::i_null),
        approved_at_ind(r.approved_at ? soci::i_ok : soci::i_null),
        record_ind(r.record_id ? soci::i_ok : soci::i_null),
        created_by_ind(r.created_by ? soci::i_ok : soci::i_null),
        archived_ind(r.archived_at ? soci::i_ok : soci::i_null) {}
};

}  // namespace

std::optional<std::pair<Review, std::string>> Find(soci::session& s, db::Id id) {
  db::Binds p;
  auto rows = Run(s, "r.id = " + p.Id("id", id), p);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<Review> List(soci::session& s, const ReviewQuery& q) {
  auto roots = db::ScopeWithin(q.scope, q.within_path);
  if (roots.empty()) return {};
  db::Binds p;
  std::string where = db::SubtreeClause(roots, "u.path", p);
  if (q.unit_id) where += " AND r.unit_id = " + p.Id("unit_id", *q.unit_id);
  if (q.status) where += " AND r.status = " + p.Text("status", ReviewStatusName(*q.status));
  if (!q.include_archived) where += " AND r.archived_at IS NULL";
  if (q.after) where += " AND r.id > " + p.Id("after", *q.after);
  std::vector<Review> out;
  for (auto& row : Run(s, where, p, " LIMIT " + std::to_string(q.limit))) out.push_back(std::move(row.first));
  return out;
}

void Insert(soci::session& s, Review& r) {
  Writable w(r);
  s << "INSERT INTO management_reviews (unit_id, title, period_from, period_to, planned_on, status, participants, "
       "notes, conclusions, outputs, version, created_by, created_at, updated_at) VALUES (:unit, :title, :from, :to, "
       ":planned, :status, :participants, :notes, :conclusions, :outputs, 1, :by, :created, :updated) RETURNING id",
      soci::use(r.unit_id), soci::use(r.title), soci::use(r.period_from), soci::use(r.period_to),
      soci::use(r.planned_on), soci::use(w.status), soci::use(w.participants), soci::use(w.notes),
      soci::use(r.conclusions), soci::use(w.outputs), soci::use(w.created_by, w.created_by_ind),
      soci::use(r.created_at), soci::use(r.updated_at), soci::into(r.id);
  r.version = 1;
}

bool Update(soci::session& s, const Review& r, long long expected_version) {
  Writable w(r);
  soci::statement st =
      (s.prepare << "UPDATE management_reviews SET unit_id = :unit, title = :title, period_from = :from, "
                    "period_to = :to, planned_on = :planned, status = :status, participants = :participants, "
                    "inputs = :inputs, opened_at = :opened, notes = :notes, conclusions = :conclusions, "
                    "outputs = :outputs, held_at = :held, approved_by = :approved_by, approved_at = :approved_at, "
                    "record_id = :record, version = version + 1, updated_at = :updated, archived_at = :archived "
                    "WHERE id = :id AND version = :expected",
       soci::use(r.unit_id), soci::use(r.title), soci::use(r.period_from), soci::use(r.period_to),
       soci::use(r.planned_on), soci::use(w.status), soci::use(w.participants), soci::use(w.inputs, w.inputs_ind),
       soci::use(w.opened, w.opened_ind), soci::use(w.notes), soci::use(r.conclusions), soci::use(w.outputs),
       soci::use(w.held, w.held_ind), soci::use(w.approved_by, w.approved_by_ind),
       soci::use(w.approved_at, w.approved_at_ind), soci::use(w.record_id, w.record_ind), soci::use(r.updated_at),
       soci::use(w.archived, w.archived_ind), soci::use(r.id), soci::use(expected_version));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::map<db::Id, std::string> LastApproved(soci::session& s, const std::string& within_path) {
  db::Binds p;
  struct Row {
    db::Id unit = 0;
    std::string day;
    void Bind(soci::statement& st) {
      st.exchange(soci::into(unit));
      st.exchange(soci::into(day));
    }
    std::pair<db::Id, std::string> Take() const { return {unit, day}; }
  };
  std::map<db::Id, std::string> out;
  for (auto& [unit, day] : db::FetchAll<Row>(
           s,
           "SELECT r.unit_id, MAX(r.held_at) FROM management_reviews r JOIN units u ON u.id = r.unit_id WHERE " +
               db::SubtreeClause({within_path}, "u.path", p) +
               " AND r.status = 'approved' AND r.archived_at IS NULL GROUP BY r.unit_id",
           p))
    out[unit] = day.substr(0, 10);
  return out;
}

std::vector<Review> PlannedBetween(soci::session& s, const std::string& from, const std::string& to) {
  db::Binds p;
  std::vector<Review> out;
  for (auto& [review, path] : Run(s, "r.status = 'planned' AND r.archived_at IS NULL AND r.planned_on >= " +
                                         p.Text("from", from) + " AND r.planned_on <= " + p.Text("to", to), p))
    out.push_back(std::move(review));
  return out;
}

}  // namespace eduims::review::store
