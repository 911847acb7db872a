// The standards catalogue: standards with their editions, clause trees, typed correspondences between clauses of
// two standards (or two editions), and the mandatory documented information of each standard. Shipped as data
// files (data/standards/*.json) and loaded by `migrate`; no requirement text, only numbers and titles.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/audit/audit_trail.h"
#include "platform/db/database.h"

namespace eduims::standards {

struct Standard {
  db::Id id = 0;
  std::string urn, code, edition, title_en, title_vi;
  std::string amendments_json;
  int clause_count = 0;
  // The day by which certificates to an earlier edition of the same standard must have moved to this one, when
  // the accreditation rules set one ("YYYY-MM-DD").
  std::optional<std::string> transition_deadline;
  // A framework beyond ISO imported by an administrator (src/frameworks/), not shipped with the catalogue.
  bool imported = false;
};

struct Clause {
  db::Id id = 0;
  db::Id standard_id = 0;
  std::string urn, number, kind, title_en, title_vi;
  std::optional<db::Id> parent_id;
  std::optional<bool> normative;
  bool unconfirmed = false;
  int position = 0;
};

struct Correspondence {
  db::Id id = 0;
  Clause from, to;
  std::string relation, note_en, note_vi;
};

struct MandatoryItem {
  db::Id id = 0;
  db::Id clause_id = 0;
  std::string clause_number, type, title_en, title_vi;
  bool unconfirmed = false;
};

struct LoadReport {
  int standards_changed = 0;
  int clauses_written = 0;
  int correspondences_written = 0;
};

// Loads every embedded catalogue file; a file whose content is unchanged since the last load is skipped, so this
// is idempotent and cheap on every start. Throws std::runtime_error naming the file and what is wrong.
LoadReport LoadEmbeddedCatalogue(db::Database& db);
// Loads the given documents (standards first, then correspondences).
LoadReport LoadCatalogue(db::Database& db, const std::vector<std::pair<std::string, std::string>>& files);

std::vector<Standard> ListStandards(db::Database& db);
std::optional<Standard> GetStandard(db::Database& db, db::Id id);
std::vector<Clause> ListClauses(db::Database& db, db::Id standard_id);
std::optional<Clause> GetClause(db::Database& db, db::Id clause_id);
// Whether a clause (of any standard) has id `clause_id`; for other modules checking their clause links.
bool ClauseExists(soci::session& s, db::Id clause_id);
std::vector<MandatoryItem> ListMandatoryItems(db::Database& db, db::Id standard_id);
// Correspondences touching standard `a` (if set), and between `a` and `b` in either direction (if both set).
std::vector<Correspondence> ListCorrespondences(db::Database& db, std::optional<db::Id> standard_a,
                                                std::optional<db::Id> standard_b);
// The same, inside a transaction the caller holds.
std::vector<Correspondence> ListCorrespondences(soci::session& s, std::optional<db::Id> standard_a,
                                                std::optional<db::Id> standard_b);

// Each clause of `correspondences` and the clauses "equal" to it, the correspondence read in both directions. The
// one reading of "equal" that clause evidence, readiness, audit checklists and coverage and repeat nonconformities
// share: two clauses are equal only where neither asks for more, so evidence, self-assessment and audit coverage
// of one count for the other.
using EqualClauses = std::map<db::Id, std::vector<db::Id>>;
EqualClauses EqualClausesOf(const std::vector<Correspondence>& correspondences);

boost::json::object ToJson(const Standard& s);
boost::json::object ToJson(const Clause& c);
boost::json::object ToJson(const Correspondence& c);
boost::json::object ToJson(const MandatoryItem& m);

}  // namespace eduims::standards
