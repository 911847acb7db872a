#include "directives/service.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "directives/answerers.h"
#include "directives/store.h"
#include "platform/auth/authority.h"
#include "platform/db/query.h"
#include "platform/mail/outbox.h"
#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::directives {
namespace {

using auth::Permission;
namespace json = boost::json;

std::string Json(const Answer& a) { return json::serialize(ToJson(a)); }

AnswerView ViewOf(const auth::Principal& who, const store::AnswerRow& row) {
  AnswerView v{row.answer, row.unit_code, row.unit_name, row.directive, {}};
  bool unit = who.Can(Permission::kAnswerDirectives, row.unit_path);
  bool sender = who.Can(Permission::kSendDirectives, row.sender_path);
  for (const auto& step : AnswerSteps()) {
    if (step.from != row.answer.status) continue;
    bool may = std::any_of(step.who.begin(), step.who.end(), [&](AnswerActor a) {
      return a == AnswerActor::kUnit ? unit : sender;
    });
    if (may && std::find(v.actions.begin(), v.actions.end(), step.action) == v.actions.end())
      v.actions.push_back(step.action);
  }
  return v;
}

// Those who see a unit's answers: its people who follow its reviews, and those who answer for it.
bool SeesAsRecipient(const auth::Principal& who, const std::string& unit_path) {
  return who.Can(Permission::kViewReviews, unit_path) || who.Can(Permission::kAnswerDirectives, unit_path);
}

std::vector<std::string> RecipientScope(const auth::Principal& who) {
  std::vector<std::string> roots = who.Scope(Permission::kViewReviews);
  for (auto& root : who.Scope(Permission::kAnswerDirectives)) roots.push_back(root);
  return roots;
}

}  // namespace

bool DirectiveService::SeesAsSender(const auth::Principal& who, const std::string& sender_path) const {
  return who.Can(Permission::kViewOversight, sender_path) || who.Can(Permission::kSendDirectives, sender_path);
}

std::vector<db::Id> DirectiveService::Recipients(const auth::Principal& who, const org::Unit& sender,
                                                 const Targets& t) {
  org::UnitFilter f;
  f.within = sender.id;
  f.limit = 1000000;
  std::vector<org::Unit> below;
  for (auto& u : org_.ListUnits(who, f))
    if (u.id != sender.id && u.path.rfind(sender.path, 0) == 0) below.push_back(std::move(u));
  std::vector<db::Id> out;
  if (t.kind == "subtree") {
    std::string root_path = sender.path;
    if (t.root && *t.root != sender.id) {
      auto it = std::find_if(below.begin(), below.end(), [&](const org::Unit& u) { return u.id == *t.root; });
      if (it == below.end()) Fail(422, "directive.unit_outside_sender", "root_id");
      root_path = it->path;
    }
    for (const auto& u : below)
      if (u.path.rfind(root_path, 0) == 0) out.push_back(u.id);
  } else if (t.kind == "unit_type") {
    for (const auto& u : below)
      if (u.type == *t.unit_type) out.push_back(u.id);
  } else {
    std::set<db::Id> inside, seen;
    for (const auto& u : below) inside.insert(u.id);
    for (db::Id id : t.unit_ids) {
      if (!seen.insert(id).second) Fail(422, "validation.invalid_value", "unit_ids");
      if (!inside.count(id)) Fail(422, "directive.unit_outside_sender", "unit_ids");
      out.push_back(id);
    }
  }
  if (out.empty()) Fail(422, "directive.no_units", "target_kind");
  return out;
}

DirectiveView DirectiveService::Create(const auth::Principal& who, const DirectiveInput& in,
                                       const audit::Actor& actor) {
  CheckText("dispatch_number", in.dispatch_number, 50, true);
  CheckText("title", in.title, 300, true);
  CheckText("body", in.body, 20000, false);
  std::string today = FormatDate(TodayInVietnam());
  if (in.deadline < today)
    Fail(Problem::Make(422, "validation.date_too_early", "deadline").With("earliest", today));
  org::Unit sender = org_.UnitToWriteIn(who, in.unit_id, Permission::kSendDirectives);
  std::vector<db::Id> units = Recipients(who, sender, in.targets);
  if (in.action_owner_id)
    auth::RequireNamed(org_, who, *in.action_owner_id, Permission::kUpdateOwnActions, sender.path, "action_owner_id");

  Directive d;
  d.unit_id = sender.id;
  d.kind = in.kind;
  d.dispatch_number = in.dispatch_number;
  d.dispatch_date = in.dispatch_date;
  d.title = in.title;
  d.body = in.body;
  d.deadline = in.deadline;
  d.targets = in.targets;
  d.creates_actions = in.create_actions;
  d.created_by = who.user_id;
  d.created_at = d.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    store::Insert(s, d);
    std::map<db::Id, db::Id> action_of_unit;
    if (d.creates_actions)
      for (db::Id unit : units) {
        actions::ActionInput a;
        a.title = d.dispatch_number + ": " + d.title;
        a.description = d.body.substr(0, 2000);
        a.unit_id = unit;
        a.owner_id = in.action_owner_id;
        a.due_date = d.deadline;
        a.source_type = kDirectiveActionSource;
        a.source_id = std::to_string(d.id);
        action_of_unit[unit] = actions_.CreateIn(s, who, a, actor).id;
      }
    store::InsertAnswers(s, d.id, units, action_of_unit, d.created_at);
    json::object entry = ToJson(d);
    json::array recipients;
    for (db::Id unit : units) recipients.push_back(unit);
    entry["recipients"] = std::move(recipients);
    audit::Append(db_, s, actor,
                  {"directive", std::to_string(d.id), "create", std::nullopt, json::serialize(entry), sender.path});
  });
  std::map<std::string, long long> counts{{"not_started", static_cast<long long>(units.size())}};
  return {d, ProgressOf(counts), true};
}

std::pair<Directive, std::string> DirectiveService::VisibleDirective(soci::session& s, const auth::Principal& who,
                                                                      db::Id id) {
  auto found = store::Find(s, id);
  if (!found) FailNotFound("directive");
  if (SeesAsSender(who, found->second)) return *found;
  // A recipient sees the directive through an answer of a unit it sees.
  store::AnswerQuery q;
  q.directive_id = id;
  q.roots = RecipientScope(who);
  q.limit = 1;
  if (store::ListAnswers(s, q).empty()) FailNotFound("directive");
  return *found;
}

store::AnswerRow DirectiveService::VisibleAnswer(soci::session& s, const auth::Principal& who, db::Id id) {
  auto row = store::FindAnswer(s, id);
  if (!row || (!SeesAsSender(who, row->sender_path) && !SeesAsRecipient(who, row->unit_path)))
    FailNotFound("directive_answer");
  return *row;
}

DirectiveView DirectiveService::Get(const auth::Principal& who, db::Id id) {
  DirectiveView out;
  db_.Read([&](soci::session& s) {
    auto found = store::Find(s, id);
    if (!found) FailNotFound("directive");
    out.directive = found->first;
    out.sender = SeesAsSender(who, found->second);
    std::map<std::string, long long> counts;
    if (out.sender) {
      counts = store::CountsByStatus(s, {id})[id];
    } else {
      // A recipient sees the directive through its units' answers, and the progress of those only.
      store::AnswerQuery q;
      q.directive_id = id;
      q.roots = RecipientScope(who);
      q.limit = 1000000;
      auto rows = store::ListAnswers(s, q);
      if (rows.empty()) FailNotFound("directive");
      for (const auto& r : rows) ++counts[AnswerStatusName(r.answer.status)];
    }
    out.progress = ProgressOf(counts);
  });
  return out;
}

std::vector<DirectiveView> DirectiveService::List(const auth::Principal& who, std::optional<db::Id> within,
                                                  std::optional<db::Id> after, int limit) {
  std::vector<std::string> roots = who.Scope(Permission::kViewOversight);
  for (auto& root : who.Scope(Permission::kSendDirectives)) roots.push_back(root);
  std::optional<std::string> within_path;
  if (within) within_path = org_.GetUnit(&who, *within).path;
  roots = db::ScopeWithin(roots, within_path);
  std::vector<DirectiveView> out;
  db_.Read([&](soci::session& s) {
    auto directives = store::List(s, roots, after, limit);
    std::vector<db::Id> ids;
    for (const auto& d : directives) ids.push_back(d.id);
    auto counts = store::CountsByStatus(s, ids);
    for (auto& d : directives) out.push_back({d, ProgressOf(counts[d.id]), true});
  });
  return out;
}

std::vector<AnswerView> DirectiveService::Answers(const auth::Principal& who, const AnswerFilter& f) {
  std::vector<AnswerView> out;
  store::AnswerQuery q;
  q.directive_id = f.directive_id;
  q.status = f.status;
  q.after = f.after;
  q.limit = f.limit;
  q.roots = RecipientScope(who);
  if (f.directive_id) {
    auto view = Get(who, *f.directive_id);  // 404 for a directive the caller does not see
    if (view.sender) {
      db_.Read([&](soci::session& s) { q.roots = {store::Find(s, *f.directive_id)->second}; });
    }
  }
  if (f.within) q.roots = db::ScopeWithin(q.roots, org_.GetUnit(&who, *f.within).path);
  db_.Read([&](soci::session& s) {
    for (const auto& row : store::ListAnswers(s, q)) out.push_back(ViewOf(who, row));
  });
  return out;
}

AnswerView DirectiveService::GetAnswer(const auth::Principal& who, db::Id id) {
  std::optional<store::AnswerRow> row;
  db_.Read([&](soci::session& s) { row = VisibleAnswer(s, who, id); });
  return ViewOf(who, *row);
}

AnswerView DirectiveService::WriteAnswer(const auth::Principal& who, db::Id id, long long version,
                                         const std::string& text, const audit::Actor& actor) {
  CheckText("text", text, 50000, false);
  std::optional<store::AnswerRow> row;
  db_.Write([&](soci::session& s) {
    row = VisibleAnswer(s, who, id);
    if (!who.Can(Permission::kAnswerDirectives, row->unit_path)) Fail(403, "auth.forbidden");
    const Answer before = row->answer;
    if (before.status == AnswerStatus::kAccepted) Fail(409, "directive.answer_accepted", "text");
    if (!TextEditable(before.status)) Fail(409, "directive.answer_submitted", "text");
    if (before.version != version) FailStale(before.version);
    Answer& after = row->answer;
    after.text = text;
    if (after.status == AnswerStatus::kNotStarted) after.status = AnswerStatus::kInProgress;
    after.updated_at = NowTimestamp();
    if (!store::UpdateAnswer(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, actor,
                  {"directive_answer", std::to_string(id), "update", Json(before), Json(after), row->unit_path});
  });
  return ViewOf(who, *row);
}

AnswerView DirectiveService::StepAnswer(const auth::Principal& who, db::Id id, const AnswerStepInput& in,
                                        const audit::Actor& actor) {
  if (in.reason) CheckText("reason", *in.reason, 2000, true);
  if (in.comment) CheckText("comment", *in.comment, 2000, false);
  std::optional<store::AnswerRow> row;
  db_.Write([&](soci::session& s) {
    row = VisibleAnswer(s, who, id);
    const Answer before = row->answer;
    AnswerFacts facts;
    facts.status = before.status;
    if (in.reason) facts.given.insert("reason");
    if (in.comment) facts.given.insert("comment");
    facts.has_text = !before.text.empty();
    auto verdict = CheckAnswerStep(in.action, who.Can(Permission::kAnswerDirectives, row->unit_path),
                                   who.Can(Permission::kSendDirectives, row->sender_path), facts);
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(*problem);
    if (before.version != in.version) FailStale(before.version);
    Answer& after = row->answer;
    after.status = std::get<AnswerStatus>(verdict);
    std::string now = NowTimestamp();
    after.updated_at = now;
    if (in.action == "submit") {
      after.submitted_at = now;
      after.submitted_by = who.user_id;
    } else if (in.action == "accept" || in.action == "return") {
      after.reviewed_at = now;
      after.reviewed_by = who.user_id;
      if (in.action == "return") after.return_reason = in.reason;
    }
    if (!store::UpdateAnswer(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    json::object after_json = ToJson(after);
    if (in.comment) after_json["comment"] = *in.comment;
    audit::Append(db_, s, actor,
                  {"directive_answer", std::to_string(id), "transition:" + in.action, Json(before),
                   json::serialize(after_json), row->unit_path});
  });
  return ViewOf(who, *row);
}

std::vector<org::User> DirectiveService::NoticeRecipients(const std::string& kind, db::Id unit_id,
                                                          const Directive& directive) {
  std::map<db::Id, org::User> to;
  org::Unit unit = org_.GetUnit(nullptr, unit_id);
  if (kind == "reminder")
    for (org::User& u : AnswerersOf(org_, unit_id)) to[u.id] = std::move(u);
  if ((kind == "escalation" || to.empty()) && unit.head_user_id) {
    org::User head = org_.GetUser(nullptr, *unit.head_user_id);
    if (!head.disabled_at) to[head.id] = head;
  }
  if (kind == "escalation" && directive.created_by) {
    org::User author = org_.GetUser(nullptr, *directive.created_by);
    if (!author.disabled_at) to[author.id] = author;
  }
  std::vector<org::User> out;
  for (auto& [id, u] : to) out.push_back(std::move(u));
  return out;
}

NoticeRun DirectiveService::SendNotices(const std::string& today, const std::string& link_base) {
  constexpr int kBatch = 200;
  NoticeRun run;
  auto actor = audit::Actor::System("directive_notices");
  auto day = ParseDate(today);
  if (!day) return run;
  std::string soon = FormatDate(AddDays(*day, kReminderDays)), yesterday = FormatDate(AddDays(*day, -1));
  for (const auto& [kind, from, to] : {std::tuple<std::string, std::string, std::string>{"reminder", today, soon},
                                       {"escalation", "0000-01-01", yesterday}}) {
    std::optional<db::Id> after;
    for (int round = 0; round < 10000; ++round) {
      std::vector<store::AnswerRow> batch;
      db_.Read([&](soci::session& s) { batch = store::DueForNotice(s, kind, from, to, after, kBatch); });
      if (batch.empty()) break;
      after = batch.back().answer.id;
      for (const auto& row : batch) {
        auto recipients = NoticeRecipients(kind, row.answer.unit_id, row.directive);
        db_.Write([&](soci::session& s) {
          std::string now = NowTimestamp();
          if (!store::InsertNotice(s, row.answer.id, kind, now)) return;  // another server sent it
          (kind == "reminder" ? run.reminders : run.escalations)++;
          json::object entry{{"notice", kind}, {"deadline", row.directive.deadline}, {"notified", recipients.size()}};
          audit::Append(db_, s, actor,
                        {"directive_answer", std::to_string(row.answer.id), "notice:" + kind, std::nullopt,
                         json::serialize(entry), row.unit_path});
          for (const org::User& u : recipients) {
            Notice n{kind, u.email, u.full_name, ParseLanguageCode(u.language).value_or(Language::kVietnamese),
                     row.directive.dispatch_number, row.directive.title, row.directive.deadline, row.unit_name,
                     AnswerStatusName(row.answer.status),
                     link_base + "/directive-answers/" + std::to_string(row.answer.id)};
            mail::Enqueue(s, NoticeMail(n), now);
            ++run.mails;
          }
        });
      }
      if (batch.size() < size_t(kBatch)) break;
    }
  }
  return run;
}

}  // namespace eduims::directives
