#include "frameworks/service.h"

#include <algorithm>
#include <map>
#include <set>

#include "org/model.h"
#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::frameworks {
namespace {

namespace json = boost::json;
using auth::Permission;

void CheckManager(const auth::Principal& who) {
  auto scope = who.Scope(Permission::kManageFrameworks);
  if (std::none_of(scope.begin(), scope.end(), [](const std::string& path) { return org::DepthOf(path) == 0; }))
    Fail(403, "auth.forbidden");
}

[[noreturn]] void FailRows(std::vector<Problem> errors) {
  Problem p = Problem::Make(422, "import.invalid_rows").With("count", std::to_string(errors.size()));
  p.errors = std::move(errors);
  Fail(p);
}

// The rows sorted by row, so the report reads down the file whatever check found them.
void FailIfAny(std::vector<Problem> errors) {
  if (errors.empty()) return;
  std::stable_sort(errors.begin(), errors.end(), [](const Problem& a, const Problem& b) {
    return std::stoi(a.params.at("row")) < std::stoi(b.params.at("row"));
  });
  FailRows(std::move(errors));
}

std::string Serialize(const json::object& o) { return json::serialize(o); }

store::Framework Existing(soci::session& s, db::Id id) {
  auto f = store::Find(s, id);
  if (!f) FailNotFound("framework");
  return *f;
}

// The correspondence `mapping_id` of framework `id`'s nodes, if there is one.
std::optional<standards::Correspondence> MappingOf(soci::session& s, db::Id id, db::Id mapping_id) {
  for (auto& c : standards::ListCorrespondences(s, id, std::nullopt))
    if (c.id == mapping_id && c.from.standard_id == id) return c;
  return std::nullopt;
}

}  // namespace

std::vector<store::Framework> FrameworkService::List() {
  std::vector<store::Framework> out;
  db_.Read([&](soci::session& s) { out = store::List(s); });
  return out;
}

store::Framework FrameworkService::Get(db::Id id) {
  std::optional<store::Framework> out;
  db_.Read([&](soci::session& s) { out = Existing(s, id); });
  return *out;
}

std::vector<store::Node> FrameworkService::Nodes(db::Id id) {
  std::vector<store::Node> out;
  db_.Read([&](soci::session& s) {
    Existing(s, id);
    out = store::Nodes(s, id);
  });
  return out;
}

std::vector<NodeRow> FrameworkService::ExportRows(db::Id id) {
  std::vector<NodeRow> out;
  for (const store::Node& n : Nodes(id))
    out.push_back({n.clause.position, n.clause.number, n.parent_number, n.type, n.clause.title_vi,
                   n.clause.title_en, n.evidence_vi, n.evidence_en});
  return out;
}

ImportResult FrameworkService::Import(const auth::Principal& who, const FrameworkIdentity& identity,
                                      const std::string& file, FileFormat format, bool dry_run,
                                      const audit::Actor& actor) {
  CheckManager(who);
  FileRows<NodeRow> read = ReadNodes(file, format);
  if (auto problems = CheckIdentity(identity); !problems.empty()) Fail(problems.front());
  std::vector<Problem> errors = std::move(read.errors);
  for (Problem& p : CheckNodes(read.rows)) errors.push_back(std::move(p));
  FailIfAny(std::move(errors));

  std::string urn = store::FrameworkUrn(identity.code, identity.version);
  ImportResult result;
  auto check_free = [&](soci::session& s) {
    if (store::IsCatalogueCode(s, identity.code))
      Fail(Problem::Make(409, "framework.code_reserved", "code").With("code", identity.code));
    if (store::UrnExists(s, urn))
      Fail(Problem::Make(409, "framework.version_exists", "version")
               .With("code", identity.code)
               .With("version", identity.version));
  };
  if (dry_run) {
    db_.Read(check_free);
    for (const NodeRow& r : read.rows) result.rows.push_back({r.row, r.number, std::nullopt});
    return result;
  }
  db_.Write([&](soci::session& s) {
    check_free(s);
    store::Framework f;
    f.standard.urn = urn;
    f.standard.code = identity.code;
    f.standard.edition = identity.version;
    f.standard.title_vi = identity.title_vi;
    f.standard.title_en = identity.title_en;
    f.standard.amendments_json = "[]";
    f.standard.imported = true;
    f.publisher = identity.publisher;
    f.source = identity.source;
    f.imported_by = who.user_id;
    f.imported_by_name = who.full_name;
    f.imported_at = NowTimestamp();
    std::string hash = Sha256Hex(file);
    store::Insert(s, f, hash);
    std::map<std::string, db::Id> ids;
    std::vector<std::optional<db::Id>> row_ids(read.rows.size());
    for (size_t i : ParentsFirst(read.rows)) {
      const NodeRow& r = read.rows[i];
      store::Node n;
      n.clause.standard_id = f.standard.id;
      n.clause.urn = store::NodeUrn(urn, r.number);
      n.clause.number = r.number;
      if (!r.parent.empty()) n.clause.parent_id = ids.at(r.parent);
      n.clause.title_vi = r.title_vi;
      n.clause.title_en = r.title_en;
      n.clause.position = int(i) + 1;
      n.type = r.type;
      n.evidence_vi = r.evidence_vi;
      n.evidence_en = r.evidence_en;
      store::InsertNode(s, n);
      ids[r.number] = n.clause.id;
      row_ids[i] = n.clause.id;
    }
    for (size_t i = 0; i < read.rows.size(); ++i)
      result.rows.push_back({read.rows[i].row, read.rows[i].number, row_ids[i]});
    f.standard.clause_count = int(read.rows.size());
    json::object after = ToJson(f);
    after["content_hash"] = hash;
    audit::Append(db_, s, actor,
                  {"framework", std::to_string(f.standard.id), "import", std::nullopt, Serialize(after)});
    result.framework = f;
  });
  return result;
}

ImportResult FrameworkService::ImportMappings(const auth::Principal& who, db::Id id, std::optional<db::Id> standard_id,
                                              const std::string& file, FileFormat format, bool dry_run,
                                              bool replace, const audit::Actor& actor) {
  CheckManager(who);
  FileRows<MappingRow> read = ReadMappings(file, format);
  if (!standard_id) Fail(400, "request.bad_query", "standard");
  ImportResult result;
  auto run = [&](soci::session& s) {
    store::Framework f = Existing(s, id);
    if (store::IsFramework(s, *standard_id) != false) Fail(422, "validation.invalid_value", "standard");
    std::vector<Problem> errors = std::move(read.errors);
    for (Problem& p : CheckMappings(read.rows)) errors.push_back(std::move(p));
    std::map<std::string, db::Id> nodes = store::ClauseNumbers(s, id), clauses = store::ClauseNumbers(s, *standard_id);
    for (const MappingRow& r : read.rows) {
      if (!r.node.empty() && !nodes.count(r.node))
        errors.push_back(RowProblem(r.row, Problem::Make(422, "validation.reference_not_found", "node")));
      if (!r.clause.empty() && !clauses.count(r.clause))
        errors.push_back(RowProblem(r.row, Problem::Make(422, "validation.reference_not_found", "clause")));
    }
    FailIfAny(std::move(errors));
    if (replace) {
      std::set<std::pair<db::Id, db::Id>> listed;
      for (const MappingRow& r : read.rows) listed.insert({nodes.at(r.node), clauses.at(r.clause)});
      for (const standards::Correspondence& c : standards::ListCorrespondences(s, id, *standard_id)) {
        if (c.from.standard_id != id || listed.count({c.from.id, c.to.id})) continue;
        result.removed.push_back({0, c.from.number + " -> " + c.to.number, c.id});
        if (dry_run) continue;
        store::DeleteMapping(s, c.id);
        audit::Append(db_, s, actor,
                      {"framework_mapping", std::to_string(c.id), "remove", Serialize(ToJson(c)), std::nullopt});
      }
    }
    for (const MappingRow& r : read.rows) {
      std::optional<db::Id> mapping;
      if (!dry_run)
        mapping = store::UpsertMapping(s, nodes.at(r.node), clauses.at(r.clause), r.relation, r.note_en, r.note_vi);
      result.rows.push_back({r.row, r.node + " -> " + r.clause, mapping});
    }
    if (dry_run) return;
    json::object after{{"framework", f.standard.urn}, {"standard_id", *standard_id},
                       {"mappings", read.rows.size()}, {"removed", result.removed.size()},
                       {"content_hash", Sha256Hex(file)}};
    audit::Append(db_, s, actor, {"framework_mapping", std::to_string(id), "import", std::nullopt, Serialize(after)});
    result.framework = f;
  };
  if (dry_run) db_.Read(run);
  else db_.Write(run);
  return result;
}

standards::Correspondence FrameworkService::AddMapping(const auth::Principal& who, db::Id id,
                                                       const MappingInput& in, const audit::Actor& actor) {
  CheckManager(who);
  CheckText("note_vi", in.note_vi, kMaxNote, false);
  CheckText("note_en", in.note_en, kMaxNote, false);
  std::optional<standards::Correspondence> out;
  db_.Write([&](soci::session& s) {
    Existing(s, id);
    if (store::StandardOf(s, in.node_id) != id) Fail(422, "validation.reference_not_found", "node_id");
    auto target = store::StandardOf(s, in.clause_id);
    if (!target || store::IsFramework(s, *target) != false)
      Fail(422, "validation.reference_not_found", "clause_id");
    if (store::FindMapping(s, in.node_id, in.clause_id)) Fail(409, "conflict.duplicate", "clause_id");
    db::Id mapping = store::UpsertMapping(s, in.node_id, in.clause_id, in.relation, in.note_en, in.note_vi);
    out = MappingOf(s, id, mapping);
    audit::Append(db_, s, actor,
                  {"framework_mapping", std::to_string(mapping), "create", std::nullopt, Serialize(ToJson(*out))});
  });
  return *out;
}

void FrameworkService::RemoveMapping(const auth::Principal& who, db::Id id, db::Id mapping_id,
                                     const audit::Actor& actor) {
  CheckManager(who);
  db_.Write([&](soci::session& s) {
    Existing(s, id);
    auto found = MappingOf(s, id, mapping_id);
    if (!found) FailNotFound("correspondence");
    store::DeleteMapping(s, mapping_id);
    audit::Append(db_, s, actor,
                  {"framework_mapping", std::to_string(mapping_id), "remove", Serialize(ToJson(*found)), std::nullopt});
  });
}

json::object ToJson(const store::Framework& f) {
  return {{"id", f.standard.id},
          {"urn", f.standard.urn},
          {"code", f.standard.code},
          {"version", f.standard.edition},
          {"title_vi", f.standard.title_vi},
          {"title_en", f.standard.title_en},
          {"publisher", f.publisher},
          {"source", f.source},
          {"node_count", f.standard.clause_count},
          {"imported_by", f.imported_by ? json::value(*f.imported_by) : json::value(nullptr)},
          {"imported_by_name", f.imported_by_name},
          {"imported_at", f.imported_at}};
}

json::object ToJson(const store::Node& n) {
  return {{"id", n.clause.id},
          {"number", n.clause.number},
          {"parent_id", n.clause.parent_id ? json::value(*n.clause.parent_id) : json::value(nullptr)},
          {"parent", n.parent_number},
          {"type", n.type},
          {"title_vi", n.clause.title_vi},
          {"title_en", n.clause.title_en},
          {"evidence_vi", n.evidence_vi},
          {"evidence_en", n.evidence_en},
          {"position", n.clause.position}};
}

}  // namespace eduims::frameworks
