#include "platform/audit/generation.h"

#include "platform/db/database.h"

namespace eduims::audit {

std::string Generation(soci::session& s) {
  db::Id last_id = 0;
  std::string last_hash;
  s << "SELECT last_id, last_hash FROM audit_head WHERE id = 1", soci::into(last_id), soci::into(last_hash);
  return std::to_string(last_id) + ":" + last_hash;
}

}  // namespace eduims::audit
