// The department's oversight table: for every unit under a unit the caller may oversee (kViewOversight there), what
// each module summarises of the unit's subtree, read with one grouped query per module for the whole subtree (never
// one per unit), so a province of a thousand schools answers in a few tens of milliseconds. A unit outside what the
// caller may see is 404 as everywhere; one they see but may not oversee is 403. Read only. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "org/service.h"
#include "oversight/model.h"
#include "platform/auth/roles.h"
#include "platform/i18n/language.h"
#include "platform/spool_file.h"
#include "review/service.h"

namespace eduims::oversight {

struct Table {
  org::Unit within;
  std::string today;
  std::vector<StandardColumn> standards;
  Thresholds thresholds;
  std::vector<TableRow> rows;
};

class OversightService {
 public:
  OversightService(db::Database& db, org::OrgService& org, review::ReviewService& reviews)
      : db_(db), org_(org), reviews_(reviews) {}

  // The units of the subtree below `within` (every depth), each row counting its own subtree.
  Table Overview(const auth::Principal& who, db::Id within, const TableQuery& query);
  SpoolFile Export(const Table& table, Language language);

 private:
  db::Database& db_;
  org::OrgService& org_;
  review::ReviewService& reviews_;
};

boost::json::object ToJson(const Table& table);

}  // namespace eduims::oversight
