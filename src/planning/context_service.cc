#include "planning/context_service.h"

#include "planning/context_rules.h"
#include "platform/clock.h"
#include "platform/i18n/fold.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "standards/catalogue.h"

namespace eduims::planning {
namespace {

using auth::Permission;

std::string Json(const ContextIssue& c) { return boost::json::serialize(ToJson(c)); }

}  // namespace

std::pair<ContextIssue, std::string> ContextService::Visible(soci::session& s, const auth::Principal& who,
                                                              db::Id id) {
  auto found = context_store::Find(s, id);
  if (!found || !who.Can(Permission::kViewPlanning, found->second)) FailNotFound("context_issue");
  return *found;
}

void ContextService::Check(ContextIssue& c) {
  CheckText("title", c.title, 300, true);
  CheckText("description", c.description, 5000, false);
  auto kind = KindOfCategory(c.category);
  if (!kind) Fail(422, "planning.unknown_category", "category");
  c.kind = *kind;
  CheckEnum(ContextEffects(), c.effect, "effect");
}

ContextIssue ContextService::Get(const auth::Principal& who, db::Id id) {
  ContextIssue out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<ContextIssue> ContextService::List(const auth::Principal& who, const ContextIssueFilter& f) {
  context_store::IssueQuery q;
  q.scope = who.Scope(Permission::kViewPlanning);
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.unit_id = f.unit_id;
  q.category = f.category;
  q.kind = f.kind;
  q.effect = f.effect;
  if (f.text) q.folded_text = FoldForSearch(*f.text);
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<ContextIssue> out;
  db_.Read([&](soci::session& s) { out = context_store::List(s, q); });
  return out;
}

ContextIssue ContextService::Create(const auth::Principal& who, const ContextIssueInput& in,
                                    const audit::Actor& actor) {
  ContextIssue c;
  c.unit_id = in.unit_id;
  c.title = in.title;
  c.description = in.description;
  c.category = in.category;
  c.effect = in.effect;
  c.process_ids = in.process_ids;
  c.clause_ids = in.clause_ids;
  c.review_date = in.review_date;
  Check(c);
  RequireProcesses(processes_, who, c.process_ids);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManagePlanning);
  c.created_by = who.user_id;
  c.created_at = c.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    RequireClauses(s, c.clause_ids);
    context_store::Insert(s, c);
    audit::Append(db_, s, actor, {"context_issue", std::to_string(c.id), "create", std::nullopt, Json(c), unit.path});
  });
  return c;
}

ContextIssue ContextService::Update(const auth::Principal& who, db::Id id, long long version,
                                    const ContextIssuePatch& patch, const audit::Actor& actor) {
  // Read before the write, which may not wait on another session; a process archived in between stays linked, as
  // it would had it been archived a moment later.
  if (patch.process_ids) RequireProcesses(processes_, who, *patch.process_ids);
  ContextIssue after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.description) after.description = *patch.description;
    if (patch.category) after.category = *patch.category;
    if (patch.effect) after.effect = *patch.effect;
    if (patch.process_ids) after.process_ids = *patch.process_ids;
    if (patch.clause_ids) after.clause_ids = *patch.clause_ids;
    if (patch.review_present) after.review_date = patch.review_date;
    Check(after);
    RequireClauses(s, after.clause_ids);
    after.updated_at = NowTimestamp();
    if (!context_store::Update(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    context_store::InsertVersion(s, id, {before.version, Json(before), who.user_id, after.updated_at});
    audit::Append(db_, s, actor, {"context_issue", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

ContextIssue ContextService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  ContextIssue after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManagePlanning, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!context_store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    context_store::InsertVersion(s, id, {before.version, Json(before), who.user_id, after.updated_at});
    audit::Append(db_, s, actor, {"context_issue", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

std::vector<context_store::IssueVersion> ContextService::History(const auth::Principal& who, db::Id id) {
  std::vector<context_store::IssueVersion> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = context_store::Versions(s, id);
  });
  return out;
}

Swot ContextService::SwotOf(const auth::Principal& who, std::optional<db::Id> within) {
  context_store::IssueQuery q;
  q.scope = who.Scope(Permission::kViewPlanning);
  if (within) q.within_path = org_.GetUnit(&who, *within).path;
  q.limit = 4 * kSwotMost + 1;
  Swot out;
  std::vector<ContextIssue> issues;
  db_.Read([&](soci::session& s) { issues = context_store::List(s, q); });
  for (auto& c : issues) {
    std::string quadrant = SwotQuadrant(c.kind, c.effect);
    auto& into = quadrant == "strengths"    ? out.strengths
                 : quadrant == "weaknesses" ? out.weaknesses
                 : quadrant == "opportunities" ? out.opportunities
                                               : out.threats;
    if (int(into.size()) < kSwotMost) into.push_back(std::move(c));
    else out.truncated = true;
  }
  if (int(issues.size()) > 4 * kSwotMost) out.truncated = true;
  return out;
}

}  // namespace eduims::planning
