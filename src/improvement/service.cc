#include "improvement/service.h"

#include <algorithm>
#include <chrono>
#include <map>

#include "improvement/dashboard.h"
#include "improvement/escalation.h"
#include "improvement/linked_actions.h"
#include "improvement/store.h"
#include "org/model.h"
#include "platform/audit/generation.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/db/query.h"
#include "platform/mail/outbox.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::improvement {
namespace {

using auth::Permission;

std::string Today() { return FormatDate(TodayInVietnam()); }
std::string Json(const Nonconformity& nc) { return boost::json::serialize(ToJson(nc, Today())); }

void CheckOneOf(const std::string& field, const std::string& value, const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) Fail(422, "validation.invalid_value", field);
}

[[noreturn]] void FailDateOrder(const std::string& field, const std::string& earliest) {
  Fail(Problem::Make(422, "validation.date_too_early", field).With("earliest", earliest));
}

bool Blank(const std::optional<std::string>& text) {
  return !text || text->find_first_not_of(" \t\r\n") == std::string::npos;
}

// What the step decided, for its record in the history.
boost::json::object Details(const StepInput& in) {
  boost::json::object d;
  auto text = [&](const char* name, const std::optional<std::string>& v) {
    if (v) d[name] = *v;
  };
  auto list = [&](const char* name, const std::optional<std::vector<std::string>>& v) {
    if (!v) return;
    boost::json::array a;
    for (const auto& item : *v) a.push_back(boost::json::value(item));
    d[name] = std::move(a);
  };
  text("correction", in.correction);
  text("root_cause_method", in.root_cause_method);
  text("root_cause", in.root_cause);
  list("whys", in.whys);
  list("categories", in.categories);
  text("effectiveness_criterion", in.effectiveness_criterion);
  text("verification_due", in.verification_due);
  if (in.verifier_id) d["verifier_id"] = *in.verifier_id;
  return d;
}

}  // namespace

std::pair<Nonconformity, std::string> NonconformityService::Visible(soci::session& s, const auth::Principal& who,
                                                                    db::Id id) {
  auto found = store::FindNonconformity(s, id);
  if (!found || !who.Can(Permission::kViewImprovement, found->second)) FailNotFound("nonconformity");
  return *found;
}

void NonconformityService::CheckVisible(soci::session& s, const auth::Principal& who, db::Id id,
                                        const std::string& field) {
  auto found = store::FindNonconformity(s, id);
  if (!found || !who.Can(Permission::kViewImprovement, found->second)) Fail(422, "validation.reference_not_found", field);
}

Nonconformity NonconformityService::Get(const auth::Principal& who, db::Id id) {
  Nonconformity out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<NcStepRecord> NonconformityService::Steps(const auth::Principal& who, db::Id id) {
  std::vector<NcStepRecord> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = store::ListSteps(s, id);
  });
  return out;
}

std::vector<Nonconformity> NonconformityService::List(const auth::Principal& who, const NcFilter& f) {
  store::NcQuery q;
  q.scope = who.Scope(Permission::kViewImprovement);
  q.unit_id = f.unit_id;
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.status = f.status;
  q.severity = f.severity;
  q.source = f.source;
  q.clause_id = f.clause_id;
  q.audit_id = f.audit_id;
  if (f.overdue) q.overdue_before = Today();
  q.repeat_only = f.repeat_only;
  q.escalated_to = f.escalated_to;
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Nonconformity> out;
  db_.Read([&](soci::session& s) { out = store::ListNonconformities(s, q); });
  return out;
}

std::pair<Nonconformity, std::string> NonconformityService::Prepare(const auth::Principal& who, const NcInput& in) {
  CheckText("title", in.title, 300, true);
  CheckText("description", in.description, 10000, false);
  CheckOneOf("source", in.source, NcSources());
  CheckOneOf("severity", in.severity, Severities());
  std::string today = Today();
  std::string detected = in.detected_on.value_or(today);
  if (detected > today) Fail(422, "validation.invalid_value", "detected_on");
  if (in.due_date && *in.due_date < detected) FailDateOrder("due_date", detected);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kReportNonconformities);
  Nonconformity nc;
  nc.unit_id = unit.id;
  nc.title = in.title;
  nc.description = in.description;
  nc.source = in.source;
  nc.severity = in.severity;
  nc.detected_on = detected;
  if (in.due_date) nc.due_date = *in.due_date;
  nc.reported_by = who.user_id;
  nc.audit_id = in.audit_id;
  nc.created_at = nc.updated_at = NowTimestamp();
  return {nc, unit.path};
}

void NonconformityService::Record(soci::session& s, Nonconformity& nc, const std::vector<db::Id>& clause_ids,
                                  const std::string& unit_path, const audit::Actor& actor) {
  nc.clauses = store::FindClauses(s, clause_ids);
  if (nc.clauses.size() != clause_ids.size()) Fail(422, "validation.reference_not_found", "clause_ids");
  if (nc.due_date.empty()) nc.due_date = DefaultDueDate(nc.detected_on, nc.severity, store::LoadDueDays(s));
  // The same requirement in the other standard ("equal" correspondence) counts as the same clause.
  nc.repeat_of = store::LatestOnClauses(s, nc.unit_id, store::WithEqualClauses(s, clause_ids),
                                        RepeatWindowStart(nc.detected_on), nc.detected_on);
  store::InsertNonconformity(s, nc);
  audit::Append(db_, s, actor, {"nonconformity", std::to_string(nc.id), "create", std::nullopt, Json(nc), unit_path});
}

Nonconformity NonconformityService::Create(const auth::Principal& who, const NcInput& in, const audit::Actor& actor) {
  std::pair<Nonconformity, std::string> prepared = Prepare(who, in);
  db_.Write([&](soci::session& s) { Record(s, prepared.first, in.clause_ids, prepared.second, actor); });
  return prepared.first;
}

Nonconformity NonconformityService::CreateIn(soci::session& s, const auth::Principal& who, const NcInput& in,
                                             const audit::Actor& actor) {
  std::pair<Nonconformity, std::string> prepared = Prepare(who, in);
  Record(s, prepared.first, in.clause_ids, prepared.second, actor);
  return prepared.first;
}

bool NonconformityService::IsClosed(soci::session& s, db::Id id) {
  auto found = store::FindNonconformity(s, id);
  return found && found->first.status == NcStatus::kClosed;
}

std::vector<NcStanding> NonconformityService::StandingOf(soci::session& s, const std::vector<db::Id>& ids) {
  std::vector<NcStanding> out;
  for (db::Id id : ids) {
    auto found = store::FindNonconformity(s, id);
    if (!found) continue;
    const Nonconformity& nc = found->first;
    NcStanding standing{nc.id, nc.severity, nc.status, nc.verification_due, std::nullopt};
    if (nc.closed_at)
      if (auto at = ParseTimestamp(*nc.closed_at)) standing.closed_on = FormatDate(TodayInVietnam(*at));
    out.push_back(standing);
  }
  return out;
}

Nonconformity NonconformityService::Update(const auth::Principal& who, db::Id id, long long version,
                                           const NcPatch& patch, const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, 300, true);
  if (patch.description) CheckText("description", *patch.description, 10000, false);
  Nonconformity after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageImprovement, path)) Fail(403, "auth.forbidden");
    if (before.archived_at || before.status == NcStatus::kClosed) Fail(409, "conflict.archived");
    if (before.version != version) FailStale(before.version);
    if (patch.due_date && *patch.due_date < before.detected_on) FailDateOrder("due_date", before.detected_on);
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.description) after.description = *patch.description;
    if (patch.due_date) after.due_date = *patch.due_date;
    // An escalation stands for the due date that passed; a new due date is escalated afresh once it passes.
    if (after.escalation && after.escalation->due_date != after.due_date) after.escalation.reset();
    after.updated_at = NowTimestamp();
    if (!store::UpdateNonconformity(s, after, version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"nonconformity", std::to_string(id), "update", Json(before), Json(after), path});
  });
  return after;
}

Nonconformity NonconformityService::Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor) {
  Nonconformity after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageImprovement, path)) Fail(403, "auth.forbidden");
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.status != NcStatus::kReported && before.status != NcStatus::kClosed)
      Fail(409, "improvement.archive_in_progress");
    after = before;
    after.archived_at = after.updated_at = NowTimestamp();
    if (!store::UpdateNonconformity(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor, {"nonconformity", std::to_string(id), "archive", Json(before), Json(after), path});
  });
  return after;
}

Nonconformity NonconformityService::Step(const auth::Principal& who, db::Id id, const StepInput& in,
                                         const audit::Actor& actor) {
  StepInput step = in;
  // A blank text is no answer: the step's required fields must say something.
  for (auto* text : {&step.comment, &step.correction, &step.root_cause, &step.effectiveness_criterion})
    if (Blank(*text)) text->reset();
  if (step.comment) CheckText("comment", *step.comment, 2000, false);
  for (auto [name, text] : {std::pair{"correction", &step.correction}, {"root_cause", &step.root_cause},
                            {"effectiveness_criterion", &step.effectiveness_criterion}})
    if (*text) CheckText(name, **text, 5000, true);
  std::string today = Today();
  if (step.verification_due && *step.verification_due < today) FailDateOrder("verification_due", today);
  Nonconformity after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Visible(s, who, id);
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != step.version) FailStale(before.version);
    auto linked = actions_.LinkedTo(s, kActionSource, std::to_string(id));
    LinkedActions counts = Summarise(linked);
    NcFacts facts;
    facts.status = before.status;
    for (auto [name, given] : {std::pair{"comment", step.comment.has_value()},
                               {"correction", step.correction.has_value()},
                               {"root_cause_method", step.root_cause_method.has_value()},
                               {"root_cause", step.root_cause.has_value()},
                               {"whys", step.whys.has_value()},
                               {"categories", step.categories.has_value()},
                               {"effectiveness_criterion", step.effectiveness_criterion.has_value()},
                               {"verification_due", step.verification_due.has_value()},
                               {"verifier_id", step.verifier_id.has_value()}})
      if (given) facts.given.insert(name);
    facts.unfinished_actions = counts.unfinished;
    facts.done_actions = counts.done;
    facts.verifier_owns_action = OwnsAny(linked, step.verifier_id ? step.verifier_id : before.verifier_id);
    NcRoles roles;
    roles.manager = who.Can(Permission::kManageImprovement, path);
    auto verifier = auth::PartOf(who, before.verifier_id == who.user_id, Permission::kVerifyImprovement, path);
    roles.verifier = verifier.plays;
    auto verdict = CheckStep(step.action, roles, facts);
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(auth::Explained(*problem, {verifier}));
    after = before;
    after.status = std::get<NcStatus>(verdict);
    if (step.action == "contain") {
      after.correction = step.correction;
    } else if (step.action == "analyse") {
      if (auto problem = RootCauseProblem(*step.root_cause_method, step.whys, step.categories)) Fail(*problem);
      after.root_cause_method = step.root_cause_method;
      after.root_cause = step.root_cause;
      after.root_cause_details = step.whys ? *step.whys : *step.categories;
    } else if (step.action == "plan") {
      auth::RequireNamed(org_, who, *step.verifier_id, Permission::kVerifyImprovement, path, "verifier_id");
      if (counts.latest_due && *step.verification_due < *counts.latest_due)
        FailDateOrder("verification_due", *counts.latest_due);
      after.effectiveness_criterion = step.effectiveness_criterion;
      after.verification_due = step.verification_due;
      after.verifier_id = step.verifier_id;
    } else if (step.action == "verify_ineffective") {
      // A new cycle: the analysis and plan start again; the steps keep the old ones.
      ++after.cycle;
      after.root_cause_method.reset();
      after.root_cause.reset();
      after.root_cause_details.clear();
      after.effectiveness_criterion.reset();
      after.verification_due.reset();
      after.verifier_id.reset();
    }
    after.updated_at = NowTimestamp();
    if (after.status == NcStatus::kClosed) after.closed_at = after.updated_at;
    if (!store::UpdateNonconformity(s, after, step.version)) FailStale(before.version);
    after.version = before.version + 1;
    NcStepRecord record;
    record.action = step.action;
    record.from = before.status;
    record.to = after.status;
    record.cycle = before.cycle;
    record.user_id = who.user_id;
    record.comment = step.comment.value_or("");
    record.details = boost::json::serialize(Details(step));
    record.at = after.updated_at;
    store::InsertStep(s, id, record);
    boost::json::object after_json = ToJson(after, today);
    after_json["step"] = ToJson(record);
    audit::Append(db_, s, actor,
                  {"nonconformity", std::to_string(id), "transition:" + step.action, Json(before),
                   boost::json::serialize(after_json), path});
  });
  return after;
}

std::vector<actions::Action> NonconformityService::CorrectiveActions(const auth::Principal& who, db::Id id) {
  std::vector<actions::Action> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = actions_.LinkedTo(s, kActionSource, std::to_string(id));
  });
  return out;
}

actions::Action NonconformityService::AddCorrectiveAction(const auth::Principal& who, db::Id id,
                                                          const PlannedAction& in, const audit::Actor& actor) {
  actions::Action out;
  db_.Write([&](soci::session& s) {
    auto [nc, path] = Visible(s, who, id);
    if (!who.Can(Permission::kManageImprovement, path)) Fail(403, "auth.forbidden");
    if (nc.archived_at) Fail(409, "conflict.archived");
    if (nc.status != NcStatus::kCauseAnalysed && nc.status != NcStatus::kActionPlanned)
      Fail(Problem::Make(409, "improvement.not_planning")
               .With("entity", "nonconformity")
               .With("status", NcStatusName(nc.status)));
    if (in.owner_id && in.owner_id == nc.verifier_id) Fail(422, "improvement.verifier_owns_action", "owner_id");
    if (in.due_date && nc.verification_due && *in.due_date > *nc.verification_due)
      Fail(Problem::Make(422, "validation.date_too_late", "due_date").With("latest", *nc.verification_due));
    out = actions_.CreateIn(s, who, ActionInputFor(in, nc.unit_id, kActionSource, id), actor);
  });
  return out;
}

std::string NonconformityService::Dashboard(const auth::Principal& who, std::optional<db::Id> within) {
  // Read before anything the answer depends on, so that the answer is at least as new as its key.
  std::string generation;
  db_.Read([&](soci::session& s) { generation = audit::Generation(s); });
  store::DashboardQuery q;
  q.scope = who.Scope(Permission::kViewImprovement);
  if (within) q.within_path = org_.GetUnit(&who, *within).path;
  const auto today = TodayInVietnam();
  // What the answer depends on besides the data: the day (ages, overdue, the last 12 months) and the subtrees.
  std::string key = generation + " " + FormatDate(today);
  for (const auto& path : db::ScopeWithin(q.scope, q.within_path)) key += " " + path;
  return dashboards_.GetOrCompute(key, [&] { return ComputeDashboard(q, today); });
}

std::string NonconformityService::ComputeDashboard(const store::DashboardQuery& q, std::chrono::year_month_day today) {
  boost::json::object out;
  db_.Read([&](soci::session& s) {
    const std::string year_ago = FormatDate(std::chrono::sys_days(today) - std::chrono::days(365));
    DashboardCounts counts = CountDashboard(store::DashboardRows(s, q, year_ago), today, 20);
    boost::json::object severity{{"major", 0}, {"minor", 0}};
    for (const auto& [name, count] : counts.open_by_severity) severity[name] = count;
    const char* bucket_names[] = {"0_30", "31_90", "91_180", "over_180"};
    boost::json::object age;
    for (size_t i = 0; i < counts.open_by_age.size(); ++i) age[bucket_names[i]] = counts.open_by_age[i];
    std::vector<db::Id> unit_ids;
    for (const auto& [unit_id, count] : counts.open_by_unit) unit_ids.push_back(unit_id);
    std::map<db::Id, store::UnitCount> named;
    for (auto& u : store::NameUnits(s, unit_ids)) named[u.unit_id] = std::move(u);
    boost::json::array units;
    for (const auto& [unit_id, count] : counts.open_by_unit) {
      const auto& u = named[unit_id];
      units.push_back({{"unit_id", unit_id}, {"code", u.code}, {"name", u.name}, {"count", count}});
    }
    std::vector<Tally> clauses;
    for (const auto& c : store::CountByClause(s, q))
      clauses.push_back(
          {c.clause.urn, {{"clause_id", c.clause.id}, {"urn", c.clause.urn}, {"number", c.clause.number}}, c.count});
    auto mean = counts.mean_days_to_close;
    out = {{"open_by_severity", std::move(severity)},
           {"open_by_age_days", std::move(age)},
           {"open_by_unit", std::move(units)},
           {"overdue", counts.overdue},
           {"mean_days_to_close", mean ? boost::json::value(*mean) : boost::json::value(nullptr)},
           {"pareto_by_clause", Pareto(clauses, 20)},
           {"pareto_by_cause", Pareto(CauseTallies(store::CategoryAnalyses(s, q)), 20)}};
  });
  return boost::json::serialize(out);
}

std::vector<OpenOnClause> NonconformityService::OpenOnClauses(const auth::Principal& who, db::Id within) {
  store::DashboardQuery q;
  q.scope = who.Scope(Permission::kViewImprovement);
  q.within_path = org_.GetUnit(&who, within).path;
  std::vector<OpenOnClause> out;
  db_.Read([&](soci::session& s) { out = store::OpenOnClauses(s, q); });
  return out;
}

EscalationRun NonconformityService::EscalateOverdue(const std::string& today, const std::string& link_base) {
  constexpr int kBatch = 200;
  EscalationRun run;
  auto actor = audit::Actor::System("escalation");
  // Each batch is read, then recorded in one transaction; what another server recorded meanwhile is skipped by
  // the unique index and is not read again, so the loop ends.
  for (int round = 0; round < 1000; ++round) {
    std::vector<store::OverdueNc> overdue;
    std::map<db::Id, org::User> heads;
    db_.Read([&](soci::session& s) {
      overdue = store::OverdueNotEscalated(s, today, kBatch);
      std::vector<db::Id> units;
      for (const auto& nc : overdue)
        for (db::Id id : org::UnitIdsOnPath(nc.unit_path)) units.push_back(id);
      std::sort(units.begin(), units.end());
      units.erase(std::unique(units.begin(), units.end()), units.end());
      heads = org_.HeadsOf(s, units);
    });
    if (overdue.empty()) break;
    // A head is mailed a nonconformity's title only while their grants, as they are now, show it to them.
    std::map<db::Id, db::Id> head_by_unit;
    std::map<db::Id, std::optional<auth::Principal>> head_now;
    for (const auto& [unit, head] : heads) {
      head_by_unit[unit] = head.id;
      if (!head_now.count(head.id)) head_now[head.id] = org_.CurrentPrincipal(head.id);
    }
    db_.Write([&](soci::session& s) {
      std::string now = NowTimestamp();
      for (const auto& nc : overdue) {
        auto unit = EscalationUnit(nc.unit_path, head_by_unit, [&](db::Id head) {
          const auto& now_as = head_now[head];
          return now_as && !auth::ActRefusal(*now_as, Permission::kViewImprovement, nc.unit_path);
        });
        Escalation e{nc.due_date, now, unit.value_or(nc.unit_id),
                     unit ? std::optional<db::Id>(head_by_unit[*unit]) : std::nullopt};
        if (!store::InsertEscalation(s, nc.id, e)) continue;
        ++run.escalated;
        boost::json::object after{{"due_date", e.due_date},
                                  {"unit_id", e.unit_id},
                                  {"head_user_id", e.head_user_id ? boost::json::value(*e.head_user_id) : nullptr}};
        audit::Append(db_, s, actor,
                      {"nonconformity", std::to_string(nc.id), "escalate", std::nullopt,
                       boost::json::serialize(after), nc.unit_path});
        if (!unit) {
          ++run.without_head;
          continue;
        }
        const org::User& head = heads.at(*unit);
        OverdueNotice notice{head.email,
                             head.full_name,
                             ParseLanguageCode(head.language).value_or(Language::kVietnamese),
                             nc.title,
                             nc.severity,
                             nc.due_date,
                             nc.unit_name,
                             link_base + "/nonconformities/" + std::to_string(nc.id)};
        mail::Enqueue(s, EscalationMail(notice), now);
      }
    });
    if (overdue.size() < size_t(kBatch)) break;
  }
  return run;
}

DueDays NonconformityService::GetDueDays() {
  DueDays out;
  db_.Read([&](soci::session& s) { out = store::LoadDueDays(s); });
  return out;
}

DueDays NonconformityService::SetDueDays(const auth::Principal& who, long long version, int major_days,
                                         int minor_days, const audit::Actor& actor) {
  auto scope = who.Scope(Permission::kManageImprovement);
  if (std::none_of(scope.begin(), scope.end(), [](const std::string& path) { return org::DepthOf(path) == 0; }))
    Fail(403, "auth.forbidden");
  // A major nonconformity is never given longer than a minor one.
  if (major_days > minor_days) Fail(422, "validation.invalid_value", "major_days");
  DueDays after;
  db_.Write([&](soci::session& s) {
    DueDays before = store::LoadDueDays(s);
    if (before.version != version) FailStale(before.version);
    after = before;
    after.major = major_days;
    after.minor = minor_days;
    if (!store::SaveDueDays(s, after, version, NowTimestamp())) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"nonconformity_due_days", "1", "update", boost::json::serialize(ToJson(before)),
                   boost::json::serialize(ToJson(after)), std::nullopt});
  });
  return after;
}

}  // namespace eduims::improvement
