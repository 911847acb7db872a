#include "attachments/store.h"

#include "platform/db/query.h"

namespace eduims::attachments::store {
namespace {

constexpr const char* kSelect =
    "SELECT id, owner_type, owner_id, blob_id, file_name, media_type, size, sha256, uploaded_by, uploaded_at, "
    "removed_at FROM attachments WHERE ";

struct Reader {
  Attachment a;
  db::Id by = 0;
  std::string removed;
  soci::indicator by_ind = soci::i_null, removed_ind = soci::i_null;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(a.id));
    st.exchange(soci::into(a.owner.type));
    st.exchange(soci::into(a.owner.id));
    st.exchange(soci::into(a.blob_id));
    st.exchange(soci::into(a.file_name));
    st.exchange(soci::into(a.media_type));
    st.exchange(soci::into(a.size));
    st.exchange(soci::into(a.sha256));
    st.exchange(soci::into(by, by_ind));
    st.exchange(soci::into(a.uploaded_at));
    st.exchange(soci::into(removed, removed_ind));
  }
  Attachment Take() const {
    Attachment out = a;
    if (by_ind == soci::i_ok) out.uploaded_by = by;
    if (removed_ind == soci::i_ok) out.removed_at = removed;
    return out;
  }
};

std::string OwnedBy(const Owner& owner, db::Binds& b) {
  return "owner_type = " + b.Text("ot", owner.type) + " AND owner_id = " + b.Id("oi", owner.id);
}

}  // namespace

void Insert(soci::session& s, Attachment& a, const std::string& extracted_text) {
  soci::indicator by_ind = a.uploaded_by ? soci::i_ok : soci::i_null;
  db::Id by = a.uploaded_by.value_or(0);
  s << "INSERT INTO attachments (owner_type, owner_id, blob_id, file_name, media_type, size, sha256, extracted_text, "
       "uploaded_by, uploaded_at) VALUES (:ot, :oi, :b, :n, :m, :z, :h, :x, :u, :t) RETURNING id",
      soci::use(a.owner.type), soci::use(a.owner.id), soci::use(a.blob_id), soci::use(a.file_name),
      soci::use(a.media_type), soci::use(a.size), soci::use(a.sha256), soci::use(extracted_text),
      soci::use(by, by_ind), soci::use(a.uploaded_at), soci::into(a.id);
}

std::vector<Attachment> List(soci::session& s, const Owner& owner) {
  db::Binds b;
  return db::FetchAll<Reader>(s, kSelect + OwnedBy(owner, b) + " AND removed_at IS NULL ORDER BY id", b);
}

std::vector<Attachment> ListOfOwners(soci::session& s, const std::string& owner_type,
                                     const std::vector<db::Id>& owner_ids) {
  std::vector<Attachment> out;
  for (const auto& slice : db::PaddedIdSlices(owner_ids)) {
    db::Binds b;
    auto rows = db::FetchAll<Reader>(s,
                                     kSelect + std::string("owner_type = ") + b.Text("ot", owner_type) +
                                         " AND owner_id IN " + db::IdList(slice, "o", b) +
                                         " AND removed_at IS NULL ORDER BY owner_id, id",
                                     b);
    out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  }
  return out;
}

std::optional<Attachment> Find(soci::session& s, const Owner& owner, db::Id id) {
  db::Binds b;
  auto rows = db::FetchAll<Reader>(s, kSelect + OwnedBy(owner, b) + " AND id = " + b.Id("id", id), b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void MarkRemoved(soci::session& s, db::Id id, const std::string& at) {
  s << "UPDATE attachments SET removed_at = :t WHERE id = :id", soci::use(at), soci::use(id);
}

std::string TextOfAttachment(soci::session& s, db::Id id) {
  std::string text;
  s << "SELECT extracted_text FROM attachments WHERE id = :id", soci::use(id), soci::into(text);
  return text;
}

std::string TextOf(soci::session& s, const Owner& owner) {
  std::string text, out;
  soci::statement st = (s.prepare << "SELECT extracted_text FROM attachments WHERE owner_type = :t AND owner_id = :i "
                                     "AND removed_at IS NULL ORDER BY id",
                        soci::use(owner.type), soci::use(owner.id), soci::into(text));
  st.execute();
  while (st.fetch()) {
    if (text.empty()) continue;
    if (!out.empty()) out.push_back('\n');
    out += text;
  }
  return out;
}

}  // namespace eduims::attachments::store
