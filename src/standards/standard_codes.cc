#include "standards/standard_codes.h"

#include <set>

#include "platform/db/query.h"

namespace eduims::standards {

std::vector<std::string> StandardCodesOf(soci::session& s, const std::vector<db::Id>& clause_ids) {
  std::set<std::string> codes;
  for (const auto& slice : db::IdSlices(clause_ids)) {
    db::Binds b;
    for (auto& [id, code] : db::FetchAll<db::IdTextReader>(
             s, "SELECT DISTINCT st.id, st.code FROM clauses c JOIN standards st ON st.id = c.standard_id WHERE c.id IN " +
                    db::IdList(slice, "clause", b),
             b))
      codes.insert(code);
  }
  return {codes.begin(), codes.end()};
}

}  // namespace eduims::standards
