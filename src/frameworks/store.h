// All SQL of the frameworks module. A framework is a row of `standards` with its row of `frameworks`, its nodes rows
// of `clauses` (kind 'clause') with their rows of `framework_nodes`, its correspondences rows of `crosswalks`
// (migrations/0027_frameworks.sql), so the rest of the product reads them as it reads the ISO editions.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "frameworks/model.h"
#include "platform/db/database.h"
#include "standards/catalogue.h"

namespace eduims::frameworks::store {

struct Framework {
  standards::Standard standard;  // edition is the framework's version
  std::string publisher, source;
  std::optional<db::Id> imported_by;
  std::string imported_by_name, imported_at;
};

struct Node {
  standards::Clause clause;
  std::string parent_number;  // "" at the top
  std::string type, evidence_vi, evidence_en;
};

// "urn:eduims:fw:<code>:<version>" and its node's "...:clause:<number>".
std::string FrameworkUrn(const std::string& code, const std::string& version);
std::string NodeUrn(const std::string& framework_urn, const std::string& number);

std::vector<Framework> List(soci::session& s);
std::optional<Framework> Find(soci::session& s, db::Id standard_id);
// Whether a catalogue row that is not a framework (an ISO standard) has `code`.
bool IsCatalogueCode(soci::session& s, const std::string& code);
bool UrnExists(soci::session& s, const std::string& urn);
// Inserts the standards row and its frameworks row; sets framework.standard.id.
void Insert(soci::session& s, Framework& framework, const std::string& content_hash);
// Inserts one node (parents first); sets node.clause.id.
void InsertNode(soci::session& s, Node& node);
// The nodes in file order.
std::vector<Node> Nodes(soci::session& s, db::Id standard_id);

// The clause ids of a standard (or framework) by number.
std::map<std::string, db::Id> ClauseNumbers(soci::session& s, db::Id standard_id);
// Whether standard `standard_id` is a framework; none if there is no such standard.
std::optional<bool> IsFramework(soci::session& s, db::Id standard_id);
// The standard of clause `clause_id`, if there is one.
std::optional<db::Id> StandardOf(soci::session& s, db::Id clause_id);

// A correspondence row from a framework node to a clause; its id if it was already there.
std::optional<db::Id> FindMapping(soci::session& s, db::Id node_id, db::Id clause_id);
// Inserts or, for a pair already mapped, updates the relation and notes. Returns the id.
db::Id UpsertMapping(soci::session& s, db::Id node_id, db::Id clause_id, const std::string& relation,
                     const std::string& note_en, const std::string& note_vi);
void DeleteMapping(soci::session& s, db::Id id);

}  // namespace eduims::frameworks::store
