#include "processes/service.h"

#include <algorithm>

#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "processes/store.h"
#include "standards/catalogue.h"

namespace eduims::processes {
namespace {

using auth::Permission;

constexpr size_t kMaxListItems = 50, kMaxItemLength = 300;

std::string Json(const Process& p) { return boost::json::serialize(ToJson(p)); }

void CheckCode(const std::string& code) {
  if (!IsValidCode(code)) Fail(422, "validation.invalid_value", "code");
}

void CheckList(const std::string& field, const std::vector<std::string>& items) {
  if (items.size() > kMaxListItems)
    Fail(Problem::Make(422, "validation.too_long", field).With("max", std::to_string(kMaxListItems)));
  for (const auto& item : items) CheckText(field, item, kMaxItemLength, true);
}

// "feeds[2].what": the field of one interaction, as the client named it.
std::string FeedField(size_t index, const char* field) {
  return "feeds[" + std::to_string(index) + "]." + field;
}

void CheckFeeds(db::Id self, const std::vector<Feed>& feeds) {
  for (size_t i = 0; i < feeds.size(); ++i) CheckText(FeedField(i, "what"), feeds[i].what, kMaxItemLength, true);
  if (auto problem = FeedsProblem(self, feeds)) Fail(422, problem->code, FeedField(problem->index, "process_id"));
}

std::vector<Feed> Sorted(std::vector<Feed> feeds) {
  std::sort(feeds.begin(), feeds.end(), [](const Feed& a, const Feed& b) { return a.process_id < b.process_id; });
  return feeds;
}

std::vector<db::Id> Sorted(std::vector<db::Id> ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

std::pair<Process, std::string> ProcessService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = store::Find(s, id);
  if (!found || !who.Can(Permission::kViewProcesses, found->second)) FailNotFound("process");
  return *found;
}

std::pair<Process, std::string> ProcessService::VisibleIn(soci::session& s, const auth::Principal& who, db::Id id,
                                                          const std::string& field) {
  auto found = store::Find(s, id);
  if (!found || found->first.archived_at || !who.Can(Permission::kViewProcesses, found->second))
    Fail(422, "validation.reference_not_found", field);
  return *found;
}

void ProcessService::CheckVisible(soci::session& s, const auth::Principal& who, db::Id id, const std::string& field) {
  VisibleIn(s, who, id, field);
}

void ProcessService::CheckOwner(const auth::Principal& who, const std::optional<db::Id>& owner_id,
                                const std::string& unit_path) {
  if (!owner_id) return;
  if (*owner_id != who.user_id) org_.RequireActiveUser(who, *owner_id, "owner_id");
  auth::RequireNamed(org_, who, *owner_id, Permission::kManageProcesses, unit_path, "owner_id");
}

void ProcessService::CheckLinks(soci::session& s, const auth::Principal& who, db::Id self,
                                const std::vector<db::Id>& clause_ids, const std::vector<Feed>& feeds) {
  for (db::Id clause : clause_ids)
    if (!standards::ClauseExists(s, clause)) Fail(422, "validation.reference_not_found", "clause_ids");
  for (size_t i = 0; i < feeds.size(); ++i)
    if (feeds[i].process_id != self) CheckVisible(s, who, feeds[i].process_id, FeedField(i, "process_id"));
}

Process ProcessService::Get(const auth::Principal& who, db::Id id, std::vector<Feed>* fed_by) {
  Process out;
  db_.Read([&](soci::session& s) {
    out = Visible(s, who, id).first;
    if (fed_by) {
      *fed_by = store::FedBy(s, id);
      // Interactions from processes the reader may not see are left out, like the processes themselves.
      std::erase_if(*fed_by, [&](const Feed& f) {
        auto from = store::Find(s, f.process_id);
        return !from || !who.Can(Permission::kViewProcesses, from->second);
      });
    }
  });
  return out;
}

std::vector<Process> ProcessService::List(const auth::Principal& who, const ProcessFilter& f) {
  store::ProcessQuery q;
  q.scope = who.Scope(Permission::kViewProcesses);
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.unit_id = f.unit_id;
  q.owner_id = f.owner_id;
  q.clause_id = f.clause_id;
  q.category = f.category;
  if (f.text) {
    std::string folded = FoldForSearch(*f.text);
    if (!folded.empty()) q.text_folded = folded;
  }
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Process> out;
  db_.Read([&](soci::session& s) { out = store::List(s, q); });
  return out;
}

Process ProcessService::Create(const auth::Principal& who, const ProcessInput& in, const audit::Actor& actor) {
  CheckCode(in.code);
  CheckText("name", in.name, 200, true);
  CheckText("purpose", in.purpose, 2000, false);
  CheckList("inputs", in.inputs);
  CheckList("outputs", in.outputs);
  CheckList("resources", in.resources);
  CheckFeeds(0, in.feeds);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageProcesses);
  CheckOwner(who, in.owner_id, unit.path);
  Process p;
  p.unit_id = in.unit_id;
  p.code = in.code;
  p.name = in.name;
  p.category = in.category;
  p.purpose = in.purpose;
  p.owner_id = in.owner_id;
  p.inputs = in.inputs;
  p.outputs = in.outputs;
  p.resources = in.resources;
  p.risk_level = in.risk_level;
  p.clause_ids = Sorted(in.clause_ids);
  p.feeds = Sorted(in.feeds);
  p.created_by = who.user_id;
  p.created_at = p.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    if (store::CodeTaken(s, p.unit_id, p.code, 0)) Fail(409, "conflict.duplicate", "code");
    CheckLinks(s, who, 0, p.clause_ids, p.feeds);
    store::Insert(s, p, FoldForSearch(p.name));
    store::SetClauses(s, p.id, p.clause_ids);
    store::SetFeeds(s, p.id, p.feeds);
    audit::Append(db_, s, actor, {"process", std::to_string(p.id), "create", std::nullopt, Json(p), unit.path});
  });
  return p;
}

Process ProcessService::Update(const auth::Principal& who, db::Id id, long long version, const ProcessPatch& patch,
                               const audit::Actor& actor) {
  if (patch.code) CheckCode(*patch.code);
  if (patch.name) CheckText("name", *patch.name, 200, true);
  if (patch.purpose) CheckText("purpose", *patch.purpose, 2000, false);
  if (patch.inputs) CheckList("inputs", *patch.inputs);
  if (patch.outputs) CheckList("outputs", *patch.outputs);
  if (patch.resources) CheckList("resources", *patch.resources);
  if (patch.feeds) CheckFeeds(id, *patch.feeds);
  Process after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    auth::Require(who, Permission::kManageProcesses, path, before.owner_id == who.user_id);
    if (patch.owner_present) CheckOwner(who, patch.owner_id, path);
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.code) after.code = *patch.code;
    if (patch.name) after.name = *patch.name;
    if (patch.purpose) after.purpose = *patch.purpose;
    if (patch.category) after.category = *patch.category;
    if (patch.owner_present) after.owner_id = patch.owner_id;
    if (patch.inputs) after.inputs = *patch.inputs;
    if (patch.outputs) after.outputs = *patch.outputs;
    if (patch.resources) after.resources = *patch.resources;
    if (patch.risk_level && before.risk_level_from_register && *patch.risk_level != before.risk_level)
      Fail(422, "processes.risk_level_from_register", "risk_level");
    if (patch.risk_level) after.risk_level = *patch.risk_level;
    if (patch.clause_ids) after.clause_ids = Sorted(*patch.clause_ids);
    if (patch.feeds) after.feeds = Sorted(*patch.feeds);
    if (after.code != before.code && store::CodeTaken(s, after.unit_id, after.code, id))
      Fail(409, "conflict.duplicate", "code");
    CheckLinks(s, who, id, patch.clause_ids ? after.clause_ids : std::vector<db::Id>{},
               patch.feeds ? after.feeds : std::vector<Feed>{});
    after.updated_at = NowTimestamp();
    if (!store::Update(s, after, FoldForSearch(after.name), version)) FailStale(before.version);
    if (patch.clause_ids) store::SetClauses(s, id, after.clause_ids);
    if (patch.feeds) store::SetFeeds(s, id, after.feeds);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"process", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

Process ProcessService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Process after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageProcesses, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!store::Update(s, after, FoldForSearch(after.name), before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"process", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

void ProcessService::SetRegisterRiskLevel(soci::session& s, db::Id id, std::optional<RiskLevel> level,
                                          const audit::Actor& actor) {
  auto found = store::Find(s, id);
  if (!found) return;
  auto& [before, path] = *found;
  Process after = before;
  after.risk_level_from_register = level.has_value();
  if (level) after.risk_level = *level;
  if (after.risk_level == before.risk_level && after.risk_level_from_register == before.risk_level_from_register)
    return;
  after.updated_at = NowTimestamp();
  if (!store::SetRiskLevel(s, after, before.version)) FailStale(before.version);
  after.version = before.version + 1;
  audit::Append(db_, s, actor, {"process", std::to_string(id), "risk_level", Json(before), Json(after), path});
}

ProcessMap ProcessService::Map(const auth::Principal& who, std::optional<db::Id> within) {
  ProcessFilter f;
  f.within = within;
  f.limit = kMapLimit + 1;
  ProcessMap map;
  map.processes = List(who, f);
  if (map.processes.size() > size_t(kMapLimit)) {
    map.processes.resize(kMapLimit);
    map.truncated = true;
  }
  // Each listed process already carries its feeds: the map's edges are those whose target is on the map too.
  std::vector<db::Id> ids;
  for (const Process& p : map.processes) ids.push_back(p.id);
  std::sort(ids.begin(), ids.end());
  for (const Process& p : map.processes)
    for (const Feed& f : p.feeds)
      if (std::binary_search(ids.begin(), ids.end(), f.process_id)) map.interactions.push_back({p.id, f});
  return map;
}

std::vector<std::pair<db::Id, Process>> ProcessService::LinkedToClauses(const auth::Principal& who,
                                                                        const std::vector<db::Id>& clause_ids,
                                                                        const std::optional<std::string>& within_path) {
  std::vector<std::pair<db::Id, Process>> out;
  auto scope = db::ScopeWithin(who.Scope(Permission::kViewProcesses), within_path);
  if (scope.empty()) return out;
  db_.Read([&](soci::session& s) { out = store::LinkedToClauses(s, scope, clause_ids); });
  return out;
}

}  // namespace eduims::processes
