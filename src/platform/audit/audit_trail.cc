#include "platform/audit/audit_trail.h"

#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/db/query.h"

namespace eduims::audit {
namespace {

std::string Field(const std::optional<std::string>& v) { return v ? "1" + *v : "0"; }

}  // namespace

std::string HashEntry(const Entry& e) {
  std::string material;
  material.reserve(256 + (e.change.before_json ? e.change.before_json->size() : 0) +
                   (e.change.after_json ? e.change.after_json->size() : 0));
  for (const std::string& part :
       {e.prev_hash, std::to_string(e.id), e.at, e.user_id ? std::to_string(*e.user_id) : std::string("-"), e.address,
        e.request_id, e.change.entity, e.change.entity_id, e.change.operation, Field(e.change.unit_path),
        Field(e.change.before_json), Field(e.change.after_json)}) {
    material += std::to_string(part.size());
    material += ':';
    material += part;
  }
  // Added later (migration 0003): hashed only when present, so entries written before it still verify.
  if (e.user_name) material += "name:" + std::to_string(e.user_name->size()) + ":" + *e.user_name;
  return Sha256Hex(material);
}

db::Id Append(db::Database& db, soci::session& s, const Actor& actor, const Change& change) {
  Entry e;
  db::Id last_id = 0;
  s << std::string("SELECT last_id, last_hash FROM audit_head WHERE id = 1") + db.ForUpdate(), soci::into(last_id),
      soci::into(e.prev_hash);
  e.id = last_id + 1;
  e.at = NowTimestamp();
  e.user_id = actor.user_id;
  e.user_name = actor.user_name;
  e.address = actor.address;
  e.request_id = actor.request_id;
  e.change = change;
  e.hash = HashEntry(e);
  soci::indicator user_ind = e.user_id ? soci::i_ok : soci::i_null;
  db::Id user_id = e.user_id.value_or(0);
  soci::indicator before_ind = change.before_json ? soci::i_ok : soci::i_null;
  soci::indicator after_ind = change.after_json ? soci::i_ok : soci::i_null;
  soci::indicator unit_ind = change.unit_path ? soci::i_ok : soci::i_null;
  soci::indicator name_ind = e.user_name ? soci::i_ok : soci::i_null;
  std::string before = change.before_json.value_or(""), after = change.after_json.value_or(""),
              unit_path = change.unit_path.value_or(""), user_name = e.user_name.value_or("");
  s << "INSERT INTO audit_log (id, at, user_id, user_name, address, request_id, entity, entity_id, operation, "
       "unit_path, before_json, after_json, prev_hash, hash) VALUES (:id, :at, :user_id, :user_name, :address, "
       ":request_id, :entity, :entity_id, :operation, :unit_path, :before_json, :after_json, :prev_hash, :hash)",
      soci::use(e.id), soci::use(e.at), soci::use(user_id, user_ind), soci::use(user_name, name_ind),
      soci::use(e.address), soci::use(e.request_id),
      soci::use(e.change.entity), soci::use(e.change.entity_id), soci::use(e.change.operation),
      soci::use(unit_path, unit_ind), soci::use(before, before_ind), soci::use(after, after_ind),
      soci::use(e.prev_hash), soci::use(e.hash);
  s << "UPDATE audit_head SET last_id = :id, last_hash = :hash WHERE id = 1", soci::use(e.id), soci::use(e.hash);
  return e.id;
}

namespace {

const char* kSelectEntry =
    "SELECT id, at, user_id, user_name, address, request_id, entity, entity_id, operation, unit_path, before_json, "
    "after_json, prev_hash, hash FROM audit_log ";

struct EntryReader {
  Entry e;
  db::Id user_id = 0;
  std::string user_name, unit_path, before, after;
  soci::indicator user_ind, name_ind, unit_ind, before_ind, after_ind;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(e.id));
    st.exchange(soci::into(e.at));
    st.exchange(soci::into(user_id, user_ind));
    st.exchange(soci::into(user_name, name_ind));
    st.exchange(soci::into(e.address));
    st.exchange(soci::into(e.request_id));
    st.exchange(soci::into(e.change.entity));
    st.exchange(soci::into(e.change.entity_id));
    st.exchange(soci::into(e.change.operation));
    st.exchange(soci::into(unit_path, unit_ind));
    st.exchange(soci::into(before, before_ind));
    st.exchange(soci::into(after, after_ind));
    st.exchange(soci::into(e.prev_hash));
    st.exchange(soci::into(e.hash));
  }
  Entry Take() {
    Entry out = e;
    out.user_id = user_ind == soci::i_ok ? std::optional<db::Id>(user_id) : std::nullopt;
    out.user_name = name_ind == soci::i_ok ? std::optional<std::string>(user_name) : std::nullopt;
    out.change.unit_path = unit_ind == soci::i_ok ? std::optional<std::string>(unit_path) : std::nullopt;
    out.change.before_json = before_ind == soci::i_ok ? std::optional<std::string>(before) : std::nullopt;
    out.change.after_json = after_ind == soci::i_ok ? std::optional<std::string>(after) : std::nullopt;
    return out;
  }
};

}  // namespace

VerifyReport VerifyChain(db::Database& db) {
  VerifyReport report;
  db.Read([&](soci::session& s) {
    std::string expected_prev(64, '0');
    db::Id expected_id = 1;
    EntryReader reader;
    soci::statement st(s);
    reader.Bind(st);
    st.alloc();
    st.prepare(std::string(kSelectEntry) + "ORDER BY id");
    st.define_and_bind();
    st.execute(false);
    auto broken = [&](db::Id id, std::string reason) {
      report.intact = false;
      report.first_broken_id = id;
      report.reason = std::move(reason);
    };
    while (st.fetch()) {
      Entry e = reader.Take();
      ++report.entries_checked;
      if (e.id != expected_id) return broken(expected_id, "entry missing (next present id " + std::to_string(e.id) + ")");
      if (e.prev_hash != expected_prev) return broken(e.id, "link to the previous entry does not match");
      if (HashEntry(e) != e.hash) return broken(e.id, "content does not match its hash");
      expected_prev = e.hash;
      ++expected_id;
    }
    db::Id head_id = 0;
    std::string head_hash;
    s << "SELECT last_id, last_hash FROM audit_head WHERE id = 1", soci::into(head_id), soci::into(head_hash);
    if (head_id != expected_id - 1 || head_hash != expected_prev)
      broken(expected_id, "the newest entries were removed (head is at " + std::to_string(head_id) + ")");
  });
  return report;
}

std::vector<Entry> List(db::Database& db, const Query& q) {
  std::vector<Entry> out;
  db.Read([&](soci::session& s) {
    db::Binds b;
    std::string where = "WHERE (" + db::SubtreeClause(q.scope, "unit_path", b) +
                        (q.organisation_wide ? " OR unit_path IS NULL)" : ")");
    if (q.entity) where += " AND entity = " + b.Text("entity", *q.entity);
    if (q.entity_id) where += " AND entity_id = " + b.Text("entity_id", *q.entity_id);
    if (q.user_id) where += " AND user_id = " + b.Id("user_id", *q.user_id);
    if (q.from) where += " AND at >= " + b.Text("from_at", *q.from);
    if (q.to) where += " AND at < " + b.Text("to_at", *q.to);
    if (q.before_id) where += " AND id < " + b.Id("before_id", *q.before_id);
    out = db::FetchAll<EntryReader>(s, std::string(kSelectEntry) + where + " ORDER BY id DESC LIMIT " +
                                           std::to_string(q.limit), b);
  });
  return out;
}

}  // namespace eduims::audit
