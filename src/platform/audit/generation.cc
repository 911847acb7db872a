#include "platform/audit/generation.h"

#include "platform/db/database.h"
#include "platform/db/query.h"

namespace eduims::audit {
namespace {

struct HeadReader {
  db::Id last_id = 0;
  std::string last_hash;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(last_id));
    st.exchange(soci::into(last_hash));
  }
  std::string Take() const { return std::to_string(last_id) + ":" + last_hash; }
};

}  // namespace

std::string Generation(soci::session& s) {
  // Read on every request of a cacheable route: prepared once per connection (db::FetchAll), not parsed each time.
  db::Binds none;
  auto rows = db::FetchAll<HeadReader>(s, "SELECT last_id, last_hash FROM audit_head WHERE id = 1", none);
  return rows.empty() ? "0:" : rows.front();
}

}  // namespace eduims::audit
