// Renumbering clauses of a standard when a corrected catalogue file moves a requirement to another number (the file's
// "renumbered": [{"from", "to", "title_en"}], in the order to apply them). The clause row keeps its id and takes the
// new number and URN, so every link made to it — documents, records, processes, audits and their checklists,
// nonconformities (and the clause ids kept on their rows), self-assessments — stays on the requirement it was made
// for; the loader then upserts the file's clauses by number, adding what now holds the old number. A move applies only
// to a row still titled `title_en` at `from`, and only once (catalogue_renumberings, migration 0026), so loading the
// file again, or into a database first loaded with it, moves nothing. The audit trail records each move for the
// clause and for every entity linked to it, in the caller's transaction, so the hash chain runs on unbroken.
#pragma once
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::standards {

struct Renumbering {
  std::string from, to, title_en;
};

// REQUIRES: `s` is inside Database::Write on `db`, before the standard's clauses are upserted. Throws
// std::runtime_error when a move would take a number another clause row holds. Returns the links moved with them.
int ApplyRenumberings(db::Database& db, soci::session& s, const std::string& standard_urn,
                      const std::vector<Renumbering>& moves);

}  // namespace eduims::standards
