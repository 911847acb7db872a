#include "complaints/service.h"

#include <algorithm>
#include <map>

#include "complaints/escalation.h"
#include "complaints/readiness_evidence.h"
#include "complaints/store.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/crypto.h"
#include "platform/dates.h"
#include "platform/db/query.h"
#include "platform/mail/outbox.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::complaints {
namespace {

using auth::Permission;
namespace json = boost::json;

std::string Today() { return FormatDate(TodayInVietnam()); }

void CheckOneOf(const std::string& field, const std::string& value, const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) Fail(422, "validation.invalid_value", field);
}

// A blank optional text is no text: an anonymous complainant who left the name field empty gave no name.
std::optional<std::string> Given(const std::optional<std::string>& text, const std::string& field, size_t max) {
  if (!text || text->find_first_not_of(" \t\r\n") == std::string::npos) return std::nullopt;
  CheckText(field, *text, max, false);
  return text;
}

// The complaint's audit entry: what it became, never who complained; a step's comment beside it.
std::string AuditAfter(const Complaint& c, const std::optional<std::string>& comment) {
  json::object after = json::parse(AuditJson(c)).as_object();
  if (comment) after["comment"] = *comment;
  return json::serialize(after);
}

}  // namespace

ComplaintService::Seen ComplaintService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = store::Find(s, id);
  if (!found) FailNotFound("complaint");
  Seen seen{found->first, found->second};
  const Complaint& c = seen.complaint;
  seen.manager = who.Can(Permission::kManageComplaints, seen.path);
  // Being named is no right to see: a handler whose grants ended sees the complaint no more (platform/auth).
  seen.handler = auth::PartOf(who, c.handler_id == who.user_id, Permission::kHandleComplaints, seen.path).plays;
  seen.decider = auth::PartOf(who, c.decider_id == who.user_id, Permission::kHandleComplaints, seen.path).plays;
  if (!seen.manager && !seen.handler && !seen.decider) FailNotFound("complaint");
  return seen;
}

Created ComplaintService::Insert(const ComplaintInput& in, const std::optional<auth::Principal>& who,
                                 const audit::Actor& actor) {
  CheckOneOf("kind", in.kind, Kinds());
  CheckOneOf("category", in.category, CategoryCodes());
  CheckOneOf("channel", in.channel, who ? StaffChannels() : std::vector<std::string>{"web"});
  CheckText("text", in.text, 5000, true);
  Complaint c;
  c.complainant_name = Given(in.complainant_name, "complainant_name", 200);
  c.complainant_contact = Given(in.complainant_contact, "complainant_contact", 200);
  org::Unit unit;
  try {
    unit = org_.GetUnit(who ? &*who : nullptr, in.unit_id);
  } catch (const ProblemError&) {
    Fail(422, "validation.reference_not_found", "unit_id");
  }
  if (unit.archived_at) Fail(409, "conflict.archived", "unit_id");
  if (who) {
    auth::Require(*who, Permission::kRecordComplaints, unit.path, false);
    if (in.subject_user_id) org_.RequireActiveUser(*who, *in.subject_user_id, "subject_user_id");
  }
  std::string today = Today();
  c.received_on = in.received_on.value_or(today);
  if (c.received_on > today) Fail(422, "validation.invalid_value", "received_on");
  c.unit_id = unit.id;
  c.kind = in.kind;
  c.category = in.category;
  c.channel = in.channel;
  c.text = in.text;
  c.subject_user_id = in.subject_user_id;
  if (who) c.created_by = who->user_id;
  Created out;
  out.code = NewTrackingCode();
  c.code_hash = CodeHash(*CanonicalCode(out.code));
  db_.Write([&](soci::session& s) {
    Deadlines d = store::GetDeadlines(s);
    c.acknowledge_due = DueAfter(c.received_on, d.acknowledge_days);
    c.response_due = DueAfter(c.received_on, d.response_days);
    c.created_at = c.updated_at = NowTimestamp();
    store::Insert(s, c);
    audit::Append(db_, s, actor, {"complaint", std::to_string(c.id), "create", std::nullopt, AuditJson(c), unit.path});
  });
  out.complaint = c;
  return out;
}

Created ComplaintService::Record(const auth::Principal& who, const ComplaintInput& in, const audit::Actor& actor) {
  return Insert(in, who, actor);
}

Created ComplaintService::Submit(const ComplaintInput& in) {
  ComplaintInput web = in;
  web.channel = "web";
  web.subject_user_id.reset();
  web.received_on.reset();
  // The system records a public complaint: the trail keeps no client address of an anonymous complainant.
  return Insert(web, std::nullopt, audit::Actor::System("complaint_form"));
}

View ComplaintService::Get(const auth::Principal& who, db::Id id) {
  View out;
  db_.Read([&](soci::session& s) {
    Seen seen = Visible(s, who, id);
    out = {seen.complaint, seen.manager};
  });
  return out;
}

std::vector<View> ComplaintService::List(const auth::Principal& who, const Filter& f) {
  store::Query q;
  q.manage_scope = who.Scope(Permission::kManageComplaints);
  q.handle_scope = who.Scope(Permission::kHandleComplaints);
  q.user_id = who.user_id;
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.unit_id = f.unit_id;
  q.status = f.status;
  q.category = f.category;
  q.kind = f.kind;
  q.handler_id = f.handler_id;
  q.nonconformity_id = f.nonconformity_id;
  if (f.overdue) q.overdue_on = Today();
  q.after = f.after;
  q.limit = f.limit;
  std::vector<View> out;
  db_.Read([&](soci::session& s) {
    for (auto& [c, path] : store::List(s, q)) out.push_back({c, who.Can(Permission::kManageComplaints, path)});
  });
  return out;
}

View ComplaintService::Write(const auth::Principal& who, db::Id id, long long version, const std::string& operation,
                             const std::function<void(soci::session&, Seen&, Complaint&)>& change,
                             const audit::Actor& actor) {
  View out;
  db_.Write([&](soci::session& s) {
    Seen seen = Visible(s, who, id);
    if (seen.complaint.version != version) FailStale(seen.complaint.version);
    Complaint after = seen.complaint;
    change(s, seen, after);
    after.updated_at = NowTimestamp();
    if (!store::Update(s, after, version)) FailStale(seen.complaint.version);
    after.version = version + 1;
    audit::Append(db_, s, actor,
                  {"complaint", std::to_string(id), operation, AuditJson(seen.complaint), AuditJson(after), seen.path});
    out = {after, seen.manager};
  });
  return out;
}

View ComplaintService::Assign(const auth::Principal& who, db::Id id, const Assignment& a, const audit::Actor& actor) {
  return Write(who, id, a.version, "assign", [&](soci::session&, Seen& seen, Complaint& c) {
    if (!seen.manager) Fail(403, "auth.forbidden");
    if (c.status == Status::kClosed) Fail(409, "complaints.closed");
    // The first handler is who answered: after the answer, the handler stays, so the appeal goes to someone else.
    if (a.handler_present && a.handler_id != c.handler_id && c.status != Status::kReceived &&
        c.status != Status::kAcknowledged)
      Fail(409, "complaints.handler_fixed", "handler_id");
    if (a.handler_present && a.handler_id)
      auth::RequireNamed(org_, who, *a.handler_id, Permission::kHandleComplaints, seen.path, "handler_id");
    if (a.decider_present && a.decider_id)
      auth::RequireNamed(org_, who, *a.decider_id, Permission::kHandleComplaints, seen.path, "decider_id");
    if (a.subject_present && a.subject_user_id) org_.RequireActiveUser(who, *a.subject_user_id, "subject_user_id");
    if (a.handler_present) c.handler_id = a.handler_id;
    if (a.decider_present) c.decider_id = a.decider_id;
    if (a.subject_present) c.subject_user_id = a.subject_user_id;
    if (c.subject_user_id && c.handler_id == c.subject_user_id)
      Fail(422, "complaints.handler_is_subject", a.handler_present ? "handler_id" : "subject_user_id");
    if (c.subject_user_id && c.decider_id == c.subject_user_id)
      Fail(422, "complaints.handler_is_subject", a.decider_present ? "decider_id" : "subject_user_id");
    if (c.decider_id && c.decider_id == c.handler_id)
      Fail(422, "complaints.decider_is_handler", a.decider_present ? "decider_id" : "handler_id");
  }, actor);
}

namespace {

std::set<std::string> GivenFields(const StepInput& in) {
  std::set<std::string> given;
  if (in.comment) given.insert("comment");
  if (in.response) given.insert("response");
  if (in.outcome) given.insert("outcome");
  if (in.accepted) given.insert("accepted");
  if (in.appeal_text) given.insert("appeal_text");
  if (in.decision) given.insert("decision");
  if (in.appeal_outcome) given.insert("appeal_outcome");
  return given;
}

// Moves `c` by the step `in.action` to `to`, recording what the step decides; `today` and `days` date an appeal.
void Apply(Complaint& c, Status to, const StepInput& in, const std::string& now, const std::string& today,
           int response_days) {
  if (in.response) CheckText("response", *in.response, 10000, true);
  if (in.outcome) CheckOneOf("outcome", *in.outcome, Outcomes());
  if (in.appeal_text) CheckText("appeal_text", *in.appeal_text, 5000, true);
  if (in.decision) CheckText("decision", *in.decision, 10000, true);
  if (in.appeal_outcome) CheckOneOf("appeal_outcome", *in.appeal_outcome, AppealOutcomes());
  if (in.comment) CheckText("comment", *in.comment, 2000, false);
  c.status = to;
  if (in.action == "acknowledge") c.acknowledged_at = now;
  if (in.action == "respond") {
    c.response = in.response;
    c.outcome = in.outcome;
    c.responded_at = now;
  }
  if (in.action == "close") c.accepted = in.accepted;
  if (in.action == "appeal") {
    c.appeal_text = in.appeal_text;
    c.appealed_at = now;
    c.appeal_due = DueAfter(today, response_days);
  }
  if (in.action == "decide_appeal") {
    c.decision = in.decision;
    c.appeal_outcome = in.appeal_outcome;
    c.decided_at = now;
  }
  if (to == Status::kClosed) c.closed_at = now;
}

}  // namespace

View ComplaintService::Step(const auth::Principal& who, db::Id id, const StepInput& in, const audit::Actor& actor) {
  View out;
  db_.Write([&](soci::session& s) {
    Seen seen = Visible(s, who, id);
    Complaint before = seen.complaint;
    if (before.version != in.version) FailStale(before.version);
    Roles roles{seen.manager, seen.handler, seen.decider, false, before.handler_id == who.user_id};
    Facts facts{before.status, GivenFields(in), before.handler_id.has_value(), before.decider_id.has_value()};
    auto verdict = CheckStep(in.action, roles, facts);
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(*problem);
    Complaint after = before;
    after.updated_at = NowTimestamp();
    Apply(after, std::get<Status>(verdict), in, after.updated_at, Today(), store::GetDeadlines(s).response_days);
    if (!store::Update(s, after, in.version)) FailStale(before.version);
    after.version = in.version + 1;
    audit::Append(db_, s, actor,
                  {"complaint", std::to_string(id), "transition:" + in.action, AuditJson(before),
                   AuditAfter(after, in.comment), seen.path});
    out = {after, seen.manager};
  });
  return out;
}

std::vector<Note> ComplaintService::Notes(const auth::Principal& who, db::Id id) {
  std::vector<Note> out;
  db_.Read([&](soci::session& s) {
    Visible(s, who, id);
    out = store::Notes(s, id);
  });
  return out;
}

Note ComplaintService::AddNote(const auth::Principal& who, db::Id id, const std::string& text,
                               const audit::Actor& actor) {
  CheckText("text", text, 10000, true);
  Note note;
  db_.Write([&](soci::session& s) {
    Seen seen = Visible(s, who, id);
    if (seen.complaint.status == Status::kClosed) Fail(409, "complaints.closed");
    note.complaint_id = id;
    note.author_id = who.user_id;
    note.text = text;
    note.created_at = NowTimestamp();
    store::InsertNote(s, note);
    audit::Append(db_, s, actor,
                  {"complaint", std::to_string(id), "note", std::nullopt, json::serialize(ToJson(note)), seen.path});
  });
  return note;
}

View ComplaintService::RaiseNonconformity(const auth::Principal& who, db::Id id, const NcRequest& r,
                                          const audit::Actor& actor) {
  return Write(who, id, r.version, "raise_nonconformity", [&](soci::session& s, Seen& seen, Complaint& c) {
    if (!seen.manager && !seen.handler && !seen.decider) Fail(403, "auth.forbidden");
    if (c.nonconformity_id) Fail(409, "complaints.nonconformity_linked");
    improvement::NcInput nc;
    nc.unit_id = c.unit_id;
    nc.title = r.title;
    nc.description = r.description;
    nc.source = c.kind == "appeal" || c.appeal_text ? "appeal" : "complaint";
    nc.severity = r.severity;
    nc.clause_ids = r.clause_ids;
    c.nonconformity_id = nonconformities_.CreateIn(s, who, nc, actor).id;
  }, actor);
}

json::object ComplaintService::Statistics(const auth::Principal& who, std::optional<db::Id> within,
                                          const std::string& from, const std::string& to) {
  std::optional<std::string> within_path;
  if (within) within_path = org_.GetUnit(&who, *within).path;
  auto roots = db::ScopeWithin(who.Scope(Permission::kHandleComplaints), within_path);
  if (!who.CanAnywhere(Permission::kHandleComplaints)) Fail(403, "auth.forbidden");
  if (from > to) Fail(422, "validation.invalid_value", "from");
  std::vector<store::StatRow> rows;
  if (!roots.empty()) db_.Read([&](soci::session& s) { rows = store::StatRows(s, roots, from, to); });
  struct Count {
    long long total = 0, decided = 0, upheld = 0;
  };
  std::map<std::string, Count> by_category;
  std::map<db::Id, std::pair<std::string, Count>> by_unit;
  Count all;
  long long closed = 0, days = 0, appeals = 0, appeals_upheld = 0;
  std::vector<long> durations;
  for (const auto& r : rows) {
    // A complaint is upheld when its answer upheld it (wholly or partly) or its appeal overturned the answer.
    bool decided = r.outcome.has_value();
    bool upheld = (r.outcome && *r.outcome != "not_upheld") || r.appeal_outcome == "upheld";
    for (Count* c : {&all, &by_category[r.category], &by_unit[r.unit_id].second}) {
      ++c->total;
      c->decided += decided;
      c->upheld += decided && upheld;
    }
    by_unit[r.unit_id].first = r.unit_name;
    if (r.appeal_outcome) {
      ++appeals;
      appeals_upheld += *r.appeal_outcome == "upheld";
    }
    if (r.closed_at) {
      ++closed;
      long d = DaysBetween(*ParseDate(r.received_on), *ParseDate(r.closed_at->substr(0, 10)));
      days += d;
      durations.push_back(d);
    }
  }
  auto share = [](const Count& c) { return c.decided ? json::value(double(c.upheld) / c.decided) : json::value(); };
  json::array categories, units;
  for (const Category& cat : Categories()) {
    const Count& c = by_category[cat.code];
    categories.push_back({{"category", cat.code}, {"count", c.total}, {"upheld", c.upheld}, {"upheld_share", share(c)}});
  }
  for (const auto& [unit_id, named] : by_unit)
    units.push_back({{"unit_id", unit_id},
                     {"unit_name", named.first},
                     {"count", named.second.total},
                     {"upheld", named.second.upheld},
                     {"upheld_share", share(named.second)}});
  std::sort(durations.begin(), durations.end());
  json::value median;
  if (!durations.empty()) {
    size_t n = durations.size();
    median = n % 2 ? double(durations[n / 2]) : (durations[n / 2 - 1] + durations[n / 2]) / 2.0;
  }
  return {{"from", from},
          {"to", to},
          {"total", all.total},
          {"closed", closed},
          {"decided", all.decided},
          {"upheld", all.upheld},
          {"upheld_share", share(all)},
          {"mean_days_to_resolve", closed ? json::value(double(days) / closed) : json::value()},
          {"median_days_to_resolve", median},
          {"appeals_decided", appeals},
          {"appeals_upheld", appeals_upheld},
          {"by_category", std::move(categories)},
          {"by_unit", std::move(units)}};
}

std::vector<UnitChoice> ComplaintService::PublicUnits() {
  std::vector<UnitChoice> out;
  db_.Read([&](soci::session& s) {
    for (const auto& u : store::PublicUnits(s))
      out.push_back({u.id, u.name, int(std::count(u.path.begin(), u.path.end(), '/')) - 2});
  });
  return out;
}

std::optional<Complaint> ComplaintService::FindByCode(const std::string& typed_code) {
  auto canonical = CanonicalCode(typed_code);
  if (!canonical) return std::nullopt;
  std::optional<Complaint> out;
  db_.Read([&](soci::session& s) {
    if (auto found = store::FindByCode(s, CodeHash(*canonical))) out = found->first;
  });
  return out;
}

Complaint ComplaintService::ComplainantStep(const std::string& typed_code, const std::string& action,
                                            const std::string& appeal_text) {
  auto canonical = CanonicalCode(typed_code);
  if (!canonical) FailNotFound("complaint");
  Complaint after;
  db_.Write([&](soci::session& s) {
    auto found = store::FindByCode(s, CodeHash(*canonical));
    if (!found) FailNotFound("complaint");
    auto& [before, path] = *found;
    StepInput in;
    in.version = before.version;
    in.action = action;
    if (action == "close") in.accepted = true;
    if (action == "appeal") in.appeal_text = appeal_text;
    Roles roles;
    roles.complainant = true;
    auto verdict = CheckStep(action, roles, {before.status, GivenFields(in), before.handler_id.has_value(),
                                             before.decider_id.has_value()});
    if (auto* problem = std::get_if<Problem>(&verdict)) Fail(*problem);
    after = before;
    after.updated_at = NowTimestamp();
    Apply(after, std::get<Status>(verdict), in, after.updated_at, Today(), store::GetDeadlines(s).response_days);
    if (!store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    audit::Append(db_, s, audit::Actor::System("complaint_page"),
                  {"complaint", std::to_string(after.id), "transition:" + action, AuditJson(before), AuditJson(after), path});
  });
  return after;
}

Deadlines ComplaintService::GetDeadlines() {
  Deadlines out;
  db_.Read([&](soci::session& s) { out = store::GetDeadlines(s); });
  return out;
}

Deadlines ComplaintService::SetDeadlines(const auth::Principal& who, long long version, int acknowledge_days,
                                         int response_days, const audit::Actor& actor) {
  // The deadlines hold for every unit, so only who manages complaints over every top unit may change them.
  bool everywhere = false;
  for (const auto& g : who.grants)
    everywhere = everywhere || (auth::RoleHasPermission(g.role, Permission::kManageComplaints) &&
                                std::count(g.unit_path.begin(), g.unit_path.end(), '/') == 2);
  if (!everywhere) Fail(403, "auth.forbidden");
  if (acknowledge_days > response_days) Fail(422, "validation.invalid_value", "acknowledge_days");
  Deadlines after{acknowledge_days, response_days, version + 1};
  db_.Write([&](soci::session& s) {
    Deadlines before = store::GetDeadlines(s);
    if (!store::SaveDeadlines(s, after, version, NowTimestamp())) FailStale(before.version);
    audit::Append(db_, s, actor,
                  {"complaint_settings", "1", "update", json::serialize(ToJson(before)), json::serialize(ToJson(after)),
                   std::nullopt});
  });
  return after;
}

EscalationRun ComplaintService::EscalateOverdue(const std::string& today, const std::string& link_base) {
  constexpr int kBatch = 200;
  EscalationRun run;
  auto actor = audit::Actor::System("escalation");
  // Whom the job may name: it reads the organisation as a whole, as an administrator at the top would.
  auth::Principal organisation;
  organisation.grants.push_back({0, auth::Role::kAdministrator, 0, "/", std::nullopt});
  std::optional<db::Id> after;
  for (int round = 0; round < 1000; ++round) {
    std::vector<store::Overdue> batch;
    db_.Read([&](soci::session& s) { batch = store::OverdueCandidates(s, today, after, kBatch); });
    if (batch.empty()) break;
    after = batch.back().complaint.id;
    for (const auto& o : batch) {
      const Complaint& c = o.complaint;
      // Those who see the complaint now: its managers, and the handler or decider the passed deadline is theirs.
      std::map<db::Id, org::User> to;
      org::UserFilter everyone;
      everyone.limit = 200;
      for (const org::User& u : org_.ListUsersWho(organisation, Permission::kManageComplaints, c.unit_id, everyone))
        to[u.id] = u;
      for (const auto& [deadline, due] : PassedDeadlines(c, today)) {
        std::map<db::Id, org::User> recipients = to;
        auto named = deadline == "appeal" ? c.decider_id : c.handler_id;
        if (named) {
          auto now_as = org_.CurrentPrincipal(*named);
          if (now_as && now_as->Can(Permission::kHandleComplaints, o.unit_path))
            recipients[*named] = org_.GetUser(nullptr, *named);
        }
        db_.Write([&](soci::session& s) {
          std::string now = NowTimestamp();
          if (!store::InsertEscalation(s, c.id, deadline, due, now)) return;
          ++run.escalated;
          json::object entry{{"deadline", deadline}, {"due_date", due}, {"notified", recipients.size()}};
          audit::Append(db_, s, actor,
                        {"complaint", std::to_string(c.id), "escalate", std::nullopt, json::serialize(entry),
                         o.unit_path});
          for (const auto& [id, user] : recipients) {
            OverdueNotice n{user.email, user.full_name,
                            ParseLanguageCode(user.language).value_or(Language::kVietnamese),
                            c.id, deadline, due, c.category, o.unit_name,
                            link_base + "/complaint-register/" + std::to_string(c.id)};
            mail::Enqueue(s, EscalationMail(n), now);
            ++run.notices;
          }
        });
      }
    }
    if (batch.size() < size_t(kBatch)) break;
  }
  return run;
}

std::vector<readiness::RegisterEvidence> ComplaintService::ReadinessEvidence(const auth::Principal& who,
                                                                            const org::Unit& unit) {
  if (!who.Can(Permission::kHandleComplaints, unit.path) && !who.Can(Permission::kManageComplaints, unit.path))
    return {};
  Date today = TodayInVietnam();
  RegisterFacts facts;
  db_.Read([&](soci::session& s) {
    auto [received, overdue] = store::RegisterCounts(s, unit.path, FormatDate(AddMonths(today, -12)), FormatDate(today));
    facts = {received, overdue};
  });
  return RegisterEvidenceOf(facts);
}

bool ComplaintService::MayReadAuditContent(const auth::Principal& reader, const audit::Entry& entry) {
  db::Id id = 0;
  try {
    id = std::stoll(entry.change.entity_id);
  } catch (const std::exception&) {
    return false;
  }
  bool may = false;
  db_.Read([&](soci::session& s) {
    try {
      Visible(s, reader, id);
      may = true;
    } catch (const ProblemError&) {
      may = false;
    }
  });
  return may;
}

}  // namespace eduims::complaints
