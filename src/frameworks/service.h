// Frameworks beyond ISO: importing one from a file (all or nothing: every fault of every row answered at once as
// 422 import.invalid_rows, nothing stored), a dry run that checks without storing, exporting it again in the same
// format, listing and reading them, and their typed correspondences to the clauses of an ISO standard, imported
// the same way or added and removed one at a time. Reading is open to every logged-in user, as the catalogue is;
// every change needs kManageFrameworks at the top of the organisation (the catalogue is the whole organisation's),
// is one transaction and writes the audit trail. Failures are ProblemError.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "frameworks/framework_file.h"
#include "frameworks/store.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::frameworks {

// One row of an import as it went in: its number (a node) or node and clause (a mapping), and the stored id
// (none in a dry run).
struct ImportedRow {
  int row = 0;
  std::string key;  // "1.2" for a node, "1.2 -> 8.5.1" for a mapping
  std::optional<db::Id> id;
};

struct ImportResult {
  std::optional<store::Framework> framework;  // absent in a dry run
  std::vector<ImportedRow> rows;
  // A correspondence import that replaces: the pairs the file no longer lists, removed (or, in a dry run, that would
  // be), each as "node -> clause" with its id.
  std::vector<ImportedRow> removed;
};

struct MappingInput {
  db::Id node_id = 0, clause_id = 0;
  std::string relation, note_vi, note_en;
};

class FrameworkService {
 public:
  explicit FrameworkService(db::Database& db) : db_(db) {}

  std::vector<store::Framework> List();
  // 404 resource.not_found for an id that is not a framework (an ISO standard included).
  store::Framework Get(db::Id id);
  std::vector<store::Node> Nodes(db::Id id);
  // The nodes as an import file's rows, in file order.
  std::vector<NodeRow> ExportRows(db::Id id);

  // 409 framework.code_reserved for the code of an ISO standard, framework.version_exists for a code and version
  // already imported (a new version is a new framework; the old one stays).
  ImportResult Import(const auth::Principal& who, const FrameworkIdentity& identity, const std::string& file,
                      FileFormat format, bool dry_run, const audit::Actor& actor);
  // Correspondences of framework `id`'s nodes to the clauses of standard `standard_id` (an ISO edition, else 422
  // validation.invalid_value on "standard"; none named: 400 request.bad_query, once the file is known well-formed).
  // A pair already mapped takes the file's relation and notes. Rows naming a node or clause that does not exist are
  // refused (validation.reference_not_found on "node" or "clause"). With `replace`, the file is the whole mapping
  // of the framework to that standard: pairs it does not list are removed in the same transaction, each audited.
  ImportResult ImportMappings(const auth::Principal& who, db::Id id, std::optional<db::Id> standard_id,
                              const std::string& file, FileFormat format, bool dry_run, bool replace,
                              const audit::Actor& actor);
  standards::Correspondence AddMapping(const auth::Principal& who, db::Id id, const MappingInput& input,
                                       const audit::Actor& actor);
  void RemoveMapping(const auth::Principal& who, db::Id id, db::Id mapping_id, const audit::Actor& actor);

 private:
  db::Database& db_;
};

boost::json::object ToJson(const store::Framework& f);
boost::json::object ToJson(const store::Node& n);

}  // namespace eduims::frameworks
