#include "planning/risk_service.h"

#include <algorithm>

#include "planning/context_store.h"
#include "planning/party_store.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::planning {
namespace {

using auth::Permission;
namespace json = boost::json;

constexpr size_t kMaxTitle = 300, kMaxText = 4000;

std::string Today() { return FormatDate(TodayInVietnam()); }

std::string Json(const Risk& r, const Matrix& m) { return json::serialize(ToJson(r, m, Today())); }

void CheckRating(const Matrix& m, const Rating& r, const std::string& stage) {
  if (m.Contains(r.likelihood, r.impact)) return;
  bool likelihood_out = r.likelihood < 1 || r.likelihood > int(m.likelihood.size());
  Fail(Problem::Make(422, "risks.rating_outside_matrix", stage + (likelihood_out ? "_likelihood" : "_impact"))
           .With("matrix", m.code)
           .With("max", std::to_string(likelihood_out ? m.likelihood.size() : m.impact.size())));
}

void CheckTreatment(Kind kind, const std::optional<Treatment>& t) {
  if (t && !TreatmentFits(kind, *t))
    Fail(422, "risks.treatment_not_fitting", "treatment");
}

// A risk may come from a context issue or a party's requirement the caller can see, live, whatever unit keeps it
// (a school's risk often comes from the department's context).
void CheckContextIssue(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = context_store::Find(s, id);
  if (!found || found->first.archived_at || !who.Can(Permission::kViewPlanning, found->second))
    Fail(422, "validation.reference_not_found", "source_id");
}

void CheckPartyRequirement(soci::session& s, const auth::Principal& who, db::Id id) {
  auto requirement = party_store::FindRequirementById(s, id);
  auto party = requirement ? party_store::Find(s, requirement->party_id) : std::nullopt;
  if (!party || requirement->archived_at || party->first.archived_at ||
      !who.Can(Permission::kViewPlanning, party->second))
    Fail(422, "validation.reference_not_found", "source_id");
}

void CheckSource(SourceKind kind, const std::optional<db::Id>& id) {
  if (kind == SourceKind::kOther && id) Fail(422, "validation.invalid_value", "source_id");
  if (kind != SourceKind::kOther && !id) Fail(422, "validation.missing_field", "source_id");
}

void CheckReviewDate(const std::optional<std::string>& date) {
  std::string tomorrow = FormatDate(std::chrono::sys_days(TodayInVietnam()) + std::chrono::days(1));
  if (date && *date < tomorrow)
    Fail(Problem::Make(422, "validation.date_too_early", "next_review_date").With("earliest", tomorrow));
}

// The unit id a subtree's path ends with ("/1/7/42/" -> 42).
db::Id LastId(const std::string& path) {
  size_t end = path.size() - 1, start = path.rfind('/', end - 1) + 1;
  return std::stoll(path.substr(start, end - start));
}

}  // namespace

RiskService::RiskService(db::Database& db, org::OrgService& org, processes::ProcessService& processes,
                         actions::ActionService& actions, improvement::NonconformityService& nonconformities)
    : db_(db), org_(org), processes_(processes), actions_(actions), nonconformities_(nonconformities) {
  actions_.ReserveSourceType(kActionSource);
  // A unit moved takes its subtree's entries out of its old ancestors' counts and into the new ones'.
  org_.OnSubtreeMoved([](soci::session& s) { risk_store::RebuildHeat(s); });
}

Matrix RiskService::MatrixIn(soci::session& s) {
  risk_store::MatrixSettings settings = risk_store::LoadMatrixSettings(s);
  std::lock_guard lock(matrix_mutex_);
  if (!matrix_ || matrix_->first.version != settings.version || matrix_->first.matrix_code != settings.matrix_code ||
      matrix_->first.overrides != settings.overrides) {
    Matrix m = WithOverrides(*ShippedMatrix(settings.matrix_code), json::parse(settings.overrides).as_object());
    matrix_ = {settings, std::move(m)};
  }
  return matrix_->second;
}

MatrixView RiskService::GetMatrix() {
  MatrixView out;
  db_.Read([&](soci::session& s) {
    out.matrix = MatrixIn(s);
    out.settings = risk_store::LoadMatrixSettings(s);
  });
  return out;
}

MatrixView RiskService::SetMatrix(const auth::Principal& who, const std::string& code, const json::object& overrides,
                                  long long version, const audit::Actor& actor) {
  std::optional<Matrix> shipped = ShippedMatrix(code);
  if (!shipped) Fail(422, "validation.invalid_value", "matrix_code");
  MatrixView out;
  out.matrix = WithOverrides(*shipped, overrides);
  out.settings.matrix_code = code;
  out.settings.overrides = json::serialize(overrides);
  db_.Write([&](soci::session& s) {
    std::string root;
    s << "SELECT path FROM units WHERE parent_id IS NULL", soci::into(root);
    if (!who.Can(Permission::kManagePlanning, root)) Fail(403, "auth.forbidden");
    risk_store::MatrixSettings before = risk_store::LoadMatrixSettings(s);
    if (before.version != version) FailStale(before.version);
    if (code != before.matrix_code && risk_store::CountLive(s) > 0)
      Fail(Problem::Make(409, "risks.matrix_in_use", "matrix_code").With("matrix", before.matrix_code));
    if (!risk_store::SaveMatrixSettings(s, out.settings, version, NowTimestamp())) FailStale(before.version);
    out.settings.version = version + 1;
    json::object before_json{{"matrix_code", before.matrix_code}, {"overrides", json::parse(before.overrides)},
                             {"version", before.version}};
    json::object after_json{{"matrix_code", code}, {"overrides", overrides}, {"version", out.settings.version}};
    audit::Append(db_, s, actor,
                  {"risk_matrix", "1", "update", before.version ? std::optional(json::serialize(before_json))
                                                                : std::nullopt,
                   json::serialize(after_json), root});
    // The bands may have moved: every process with risks takes its level again.
    auto processes = risk_store::ProcessesWithRisks(s);
    SyncProcesses(s, out.matrix, {processes.begin(), processes.end()}, actor);
  });
  return out;
}

std::pair<Risk, std::string> RiskService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = risk_store::Find(s, id);
  if (!found || !who.Can(Permission::kViewPlanning, found->second)) FailNotFound("risk");
  return *found;
}

std::pair<Risk, std::string> RiskService::Managed(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = Visible(s, who, id);
  if (!who.Can(Permission::kManagePlanning, found.second)) Fail(403, "auth.forbidden");
  if (found.first.archived_at) Fail(409, "conflict.archived");
  return found;
}

void RiskService::CheckOwner(const auth::Principal& who, db::Id owner_id, const std::string& unit_path) {
  if (owner_id != who.user_id) org_.RequireActiveUser(who, owner_id, "owner_id");
  // An owner who could not keep the entry could never review or re-rate it.
  auth::RequireNamed(org_, who, owner_id, Permission::kManagePlanning, unit_path, "owner_id");
}

void RiskService::CheckInWrite(soci::session& s, const auth::Principal& who, const Matrix& matrix, Risk& r) {
  CheckRating(matrix, r.inherent, "inherent");
  if (r.residual) CheckRating(matrix, *r.residual, "residual");
  if (r.source_kind == SourceKind::kProcess) processes_.CheckVisible(s, who, *r.source_id, "source_id");
  if (r.source_kind == SourceKind::kContextIssue) CheckContextIssue(s, who, *r.source_id);
  if (r.source_kind == SourceKind::kPartyRequirement) CheckPartyRequirement(s, who, *r.source_id);
  if (r.process_id) processes_.CheckVisible(s, who, *r.process_id, "process_id");
  else if (r.source_kind == SourceKind::kProcess) r.process_id = r.source_id;
}

void RiskService::SyncProcesses(soci::session& s, const Matrix& matrix, std::vector<std::optional<db::Id>> ids,
                                const audit::Actor& actor) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (const auto& id : ids) {
    if (!id) continue;
    std::optional<processes::RiskLevel> level;
    if (auto name = ProcessRiskLevel(risk_store::LiveOfProcess(s, *id), matrix))
      level = processes::ParseRiskLevel(*name);
    processes_.SetRegisterRiskLevel(s, *id, level, actor);
  }
}

RiskView RiskService::Get(const auth::Principal& who, db::Id id) {
  RiskView out;
  db_.Read([&](soci::session& s) {
    out.risk = Visible(s, who, id).first;
    out.ratings = risk_store::Ratings(s, id);
    out.actions = actions_.LinkedTo(s, kActionSource, std::to_string(id));
    out.nonconformity_ids = risk_store::NonconformitiesOf(s, id);
  });
  return out;
}

std::vector<Risk> RiskService::List(const auth::Principal& who, const RiskFilter& f) {
  risk_store::RiskQuery q;
  q.scope = who.Scope(Permission::kViewPlanning);
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.unit_id = f.unit_id;
  q.process_id = f.process_id;
  q.owner_id = f.owner_id;
  q.nonconformity_id = f.nonconformity_id;
  q.kind = f.kind;
  q.treatment = f.treatment;
  q.source_kind = f.source_kind;
  q.source_id = f.source_id;
  if (f.review_overdue) q.review_before = Today();
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Risk> out;
  db_.Read([&](soci::session& s) {
    if (f.level) {
      Matrix m = MatrixIn(s);
      const Band* band = m.FindBand(*f.level);
      if (!band) Fail(400, "request.bad_query", "level");
      q.score_range = {band->min, band->max};
    }
    out = risk_store::List(s, q);
  });
  return out;
}

Risk RiskService::Create(const auth::Principal& who, const RiskInput& in, const audit::Actor& actor) {
  CheckText("title", in.title, kMaxTitle, true);
  CheckText("cause", in.cause, kMaxText, false);
  CheckText("consequence", in.consequence, kMaxText, false);
  CheckText("treatment_plan", in.treatment_plan, kMaxText, false);
  CheckTreatment(in.kind, in.treatment);
  CheckSource(in.source_kind, in.source_id);
  CheckReviewDate(in.next_review_date);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManagePlanning);
  db::Id owner = in.owner_id.value_or(who.user_id);
  CheckOwner(who, owner, unit.path);
  Risk r;
  r.unit_id = unit.id;
  r.process_id = in.process_id;
  r.kind = in.kind;
  r.source_kind = in.source_kind;
  r.source_id = in.source_id;
  r.title = in.title;
  r.cause = in.cause;
  r.consequence = in.consequence;
  r.inherent = in.inherent;
  r.residual = in.residual;
  r.owner_id = owner;
  r.treatment = in.treatment;
  r.treatment_plan = in.treatment_plan;
  r.next_review_date = in.next_review_date;
  r.created_by = who.user_id;
  r.created_at = r.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    Matrix m = MatrixIn(s);
    CheckInWrite(s, who, m, r);
    risk_store::Insert(s, r);
    risk_store::InsertRating(s, r.id, {"inherent", m.code, r.inherent, who.user_id, r.created_at});
    if (r.residual) risk_store::InsertRating(s, r.id, {"residual", m.code, *r.residual, who.user_id, r.created_at});
    risk_store::AdjustHeat(s, unit.path, r.kind, r.Current(), +1);
    audit::Append(db_, s, actor, {"risk", std::to_string(r.id), "create", std::nullopt, Json(r, m), unit.path});
    SyncProcesses(s, m, {r.process_id}, actor);
  });
  return r;
}

Risk RiskService::Update(const auth::Principal& who, db::Id id, long long version, const RiskPatch& patch,
                         const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, kMaxTitle, true);
  if (patch.cause) CheckText("cause", *patch.cause, kMaxText, false);
  if (patch.consequence) CheckText("consequence", *patch.consequence, kMaxText, false);
  if (patch.treatment_plan) CheckText("treatment_plan", *patch.treatment_plan, kMaxText, false);
  if (patch.review_present) CheckReviewDate(patch.next_review_date);
  if (patch.owner_id) {
    std::string path;
    db_.Read([&](soci::session& s) { path = Managed(s, who, id).second; });
    CheckOwner(who, *patch.owner_id, path);
  }
  Risk after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Managed(s, who, id);
    if (before.version != version) FailStale(before.version);
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.cause) after.cause = *patch.cause;
    if (patch.consequence) after.consequence = *patch.consequence;
    if (patch.treatment_plan) after.treatment_plan = *patch.treatment_plan;
    if (patch.process_present) after.process_id = patch.process_id;
    if (patch.source_kind) after.source_kind = *patch.source_kind;
    if (patch.source_id_present) after.source_id = patch.source_id;
    if (patch.inherent) after.inherent = *patch.inherent;
    if (patch.residual_present) after.residual = patch.residual;
    if (patch.owner_id) after.owner_id = *patch.owner_id;
    if (patch.treatment_present) after.treatment = patch.treatment;
    if (patch.review_present) after.next_review_date = patch.next_review_date;
    CheckTreatment(after.kind, after.treatment);
    CheckSource(after.source_kind, after.source_id);
    Matrix m = MatrixIn(s);
    CheckInWrite(s, who, m, after);
    after.updated_at = NowTimestamp();
    if (!risk_store::Update(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    if (patch.inherent)
      risk_store::InsertRating(s, id, {"inherent", m.code, after.inherent, who.user_id, after.updated_at});
    if (patch.residual_present && after.residual)
      risk_store::InsertRating(s, id, {"residual", m.code, *after.residual, who.user_id, after.updated_at});
    risk_store::AdjustHeat(s, path, before.kind, before.Current(), -1);
    risk_store::AdjustHeat(s, path, after.kind, after.Current(), +1);
    audit::Append(db_, s, actor, {"risk", std::to_string(id), "update", Json(before, m), Json(after, m), path});
    SyncProcesses(s, m, {before.process_id, after.process_id}, actor);
  });
  return after;
}

Risk RiskService::Review(const auth::Principal& who, db::Id id, long long version, const std::string& next_review,
                         const std::optional<std::string>& comment, const audit::Actor& actor) {
  CheckReviewDate(next_review);
  if (comment) CheckText("comment", *comment, 2000, false);
  Risk after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Managed(s, who, id);
    if (before.version != version) FailStale(before.version);
    after = before;
    after.last_reviewed_on = Today();
    after.next_review_date = next_review;
    after.updated_at = NowTimestamp();
    if (!risk_store::Update(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    Matrix m = MatrixIn(s);
    json::object after_json = ToJson(after, m, Today());
    if (comment) after_json["comment"] = *comment;
    audit::Append(db_, s, actor,
                  {"risk", std::to_string(id), "review", Json(before, m), json::serialize(after_json), path});
  });
  return after;
}

Risk RiskService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Risk after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Managed(s, who, id);
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!risk_store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    risk_store::AdjustHeat(s, path, before.kind, before.Current(), -1);
    Matrix m = MatrixIn(s);
    audit::Append(db_, s, actor, {"risk", std::to_string(id), "archive", Json(before, m), Json(after, m), path});
    SyncProcesses(s, m, {before.process_id}, actor);
  });
  return after;
}

actions::Action RiskService::AddAction(const auth::Principal& who, db::Id id, actions::ActionInput input,
                                       const audit::Actor& actor) {
  actions::Action out;
  db_.Write([&](soci::session& s) {
    Risk risk = Managed(s, who, id).first;
    input.unit_id = risk.unit_id;
    input.source_type = kActionSource;
    input.source_id = std::to_string(id);
    out = actions_.CreateIn(s, who, input, actor);
  });
  return out;
}

RiskView RiskService::LinkNonconformity(const auth::Principal& who, db::Id id, db::Id nonconformity_id,
                                        const audit::Actor& actor) {
  db_.Write([&](soci::session& s) {
    auto [risk, path] = Managed(s, who, id);
    nonconformities_.CheckVisible(s, who, nonconformity_id, "nonconformity_id");
    if (!risk_store::LinkNonconformity(s, id, nonconformity_id)) Fail(409, "conflict.duplicate", "nonconformity_id");
    json::object after{{"risk_id", id}, {"nonconformity_id", nonconformity_id}};
    audit::Append(db_, s, actor, {"risk", std::to_string(id), "materialised", std::nullopt, json::serialize(after), path});
  });
  return Get(who, id);
}

Heatmap RiskService::HeatmapOf(const auth::Principal& who, std::optional<db::Id> within, Kind kind) {
  Heatmap out;
  out.within = within;
  out.kind = kind;
  std::optional<std::string> within_path;
  if (within) within_path = org_.GetUnit(&who, *within).path;
  std::vector<db::Id> roots;
  for (const std::string& path : db::ScopeWithin(who.Scope(Permission::kViewPlanning), within_path))
    roots.push_back(LastId(path));
  if (roots.empty()) return out;
  db_.Read([&](soci::session& s) { out.cells = risk_store::Heat(s, roots, kind); });
  return out;
}

}  // namespace eduims::planning
