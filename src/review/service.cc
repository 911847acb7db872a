#include "review/service.h"

#include <algorithm>
#include <set>

#include "attachments/model.h"
#include "platform/auth/authority.h"
#include "platform/clock.h"
#include "platform/pdf/pdf_document.h"
#include "platform/problem.h"
#include "platform/spool_file.h"
#include "platform/validation.h"
#include "review/agenda.h"
#include "review/minutes.h"
#include "review/module_inputs.h"
#include "review/store.h"
#include "review/workflow.h"
#include "standards/catalogue.h"

namespace eduims::review {
namespace {

using auth::Permission;

std::string Today() { return FormatDate(TodayInVietnam()); }
std::string Json(const Review& r) { return boost::json::serialize(ToJson(r, false)); }

bool IsTopManagementOf(const auth::Principal& person, const std::string& unit_path) {
  return std::any_of(person.grants.begin(), person.grants.end(), [&](const auth::Grant& g) {
    return g.role == auth::Role::kTopManagement && unit_path.rfind(g.unit_path, 0) == 0;
  });
}

}  // namespace

std::pair<Review, std::string> ReviewService::Visible(soci::session& s, const auth::Principal& who, db::Id id) {
  auto found = store::Find(s, id);
  if (!found || !who.Can(Permission::kViewReviews, found->second)) FailNotFound("management_review");
  return *found;
}

std::pair<Review, std::string> ReviewService::Managed(soci::session& s, const auth::Principal& who, db::Id id,
                                                      long long version) {
  auto found = Visible(s, who, id);
  if (!who.Can(Permission::kManageReviews, found.second)) Fail(403, "auth.forbidden");
  if (found.first.archived_at) Fail(409, "conflict.archived");
  if (found.first.version != version) FailStale(found.first.version);
  return found;
}

void ReviewService::Save(soci::session& s, const Review& before, Review& after, const std::string& path,
                         const std::string& op, const audit::Actor& actor) {
  after.updated_at = NowTimestamp();
  if (!store::Update(s, after, before.version)) FailStale(before.version);
  after.version = before.version + 1;
  audit::Append(db_, s, actor, {"management_review", std::to_string(after.id), op, Json(before), Json(after), path});
}

void ReviewService::CheckDates(const std::string& from, const std::string& to) {
  if (to < from) Fail(Problem::Make(422, "validation.date_too_early", "period_to").With("earliest", from));
}

std::vector<Participant> ReviewService::CheckParticipants(const auth::Principal& who, const std::vector<db::Id>& ids,
                                                          const org::Unit& unit) {
  std::set<db::Id> seen;
  std::vector<Participant> out;
  for (db::Id id : ids) {
    if (!seen.insert(id).second) Fail(422, "validation.invalid_value", "participant_ids");
    // A participant reads the review's inputs and minutes: someone who may not see them cannot take part.
    auth::Principal person = auth::RequireNamed(org_, who, id, Permission::kViewReviews, unit.path, "participant_ids");
    out.push_back({id, IsTopManagementOf(person, unit.path)});
  }
  if (std::none_of(out.begin(), out.end(), [](const Participant& p) { return p.top_management; }))
    Fail(422, "review.top_management_required", "participant_ids");
  return out;
}

Review ReviewService::Get(const auth::Principal& who, db::Id id) {
  Review out;
  db_.Read([&](soci::session& s) { out = Visible(s, who, id).first; });
  return out;
}

std::vector<Review> ReviewService::List(const auth::Principal& who, const ReviewFilter& f) {
  store::ReviewQuery q;
  q.scope = who.Scope(Permission::kViewReviews);
  q.unit_id = f.unit_id;
  if (f.within) q.within_path = org_.GetUnit(&who, *f.within).path;
  q.status = f.status;
  q.include_archived = f.include_archived;
  q.after = f.after;
  q.limit = f.limit;
  std::vector<Review> out;
  db_.Read([&](soci::session& s) { out = store::List(s, q); });
  return out;
}

Review ReviewService::Create(const auth::Principal& who, const ReviewInput& in, const audit::Actor& actor) {
  CheckText("title", in.title, 300, true);
  CheckDates(in.period_from, in.period_to);
  org::Unit unit = org_.UnitToWriteIn(who, in.unit_id, Permission::kManageReviews);
  Review r;
  r.unit_id = unit.id;
  r.title = in.title;
  r.period_from = in.period_from;
  r.period_to = in.period_to;
  r.planned_on = in.planned_on;
  r.participants = CheckParticipants(who, in.participant_ids, unit);
  r.created_by = who.user_id;
  r.created_at = r.updated_at = NowTimestamp();
  db_.Write([&](soci::session& s) {
    store::Insert(s, r);
    audit::Append(db_, s, actor, {"management_review", std::to_string(r.id), "create", std::nullopt, Json(r), unit.path});
  });
  return r;
}

Review ReviewService::Update(const auth::Principal& who, db::Id id, long long version, const ReviewPatch& patch,
                             const audit::Actor& actor) {
  if (patch.title) CheckText("title", *patch.title, 300, true);
  Review current = Get(who, id);
  org::Unit unit = org_.GetUnit(nullptr, current.unit_id);
  std::optional<std::vector<Participant>> participants;
  if (patch.participant_ids) participants = CheckParticipants(who, *patch.participant_ids, unit);
  CheckDates(patch.period_from.value_or(current.period_from), patch.period_to.value_or(current.period_to));
  Review after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Managed(s, who, id, version);
    bool inputs_change = patch.period_from || patch.period_to || patch.planned_on || patch.participant_ids;
    if (before.status == ReviewStatus::kApproved || before.status == ReviewStatus::kCancelled)
      Fail(409, "review.minutes_approved");
    // The snapshot was compiled for this period and these people; changing them would make it describe another
    // meeting.
    if (inputs_change && !InputsEditable(before.status)) Fail(409, "review.inputs_frozen");
    after = before;
    if (patch.title) after.title = *patch.title;
    if (patch.period_from) after.period_from = *patch.period_from;
    if (patch.period_to) after.period_to = *patch.period_to;
    if (patch.planned_on) after.planned_on = *patch.planned_on;
    if (participants) after.participants = *participants;
    CheckDates(after.period_from, after.period_to);
    Save(s, before, after, path, "update", actor);
  });
  return after;
}

std::vector<CompiledInput> ReviewService::Compile(const auth::Principal& who, const Review& review) {
  InputQuery query{who, org_.GetUnit(nullptr, review.unit_id), review.period_from, review.period_to, Today()};
  return CompileAgenda(inputs_, query);
}

std::vector<CompiledInput> ReviewService::Inputs(const auth::Principal& who, db::Id id) {
  Review review = Get(who, id);
  if (review.inputs) return *review.inputs;
  return Compile(who, review);
}

std::shared_ptr<http::SpoolPath> ReviewService::RenderMinutes(const Review& review, Language language) {
  MinutesNames names;
  names.unit = org_.GetUnit(nullptr, review.unit_id).name;
  bool en = language == Language::kEnglish;
  for (const auto& p : review.participants)
    names.participants.push_back(org_.GetUser(nullptr, p.user_id).full_name +
                                 (p.top_management ? (en ? " (top management)" : " (lãnh đạo)") : ""));
  if (review.approved_by) names.approver = org_.GetUser(nullptr, *review.approved_by).full_name;
  auto spool = http::NewSpoolPath("minutes-");
  pdf::RenderPdf(MinutesBlocks(review, names, language), MinutesFrame(review, names, language), spool->path());
  return spool;
}

http::Response ReviewService::MinutesPdf(const auth::Principal& who, db::Id id, Language language) {
  Review review = Get(who, id);
  if (!review.inputs) Fail(409, "review.not_open");
  http::Response r;
  r.content_type = "application/pdf";
  r.file = std::make_shared<const SpoolFile>(SpoolFile::Adopt(RenderMinutes(review, language)->path()));
  r.headers.emplace_back("Content-Disposition",
                         attachments::ContentDisposition("management-review-" + std::to_string(id) + ".pdf"));
  r.headers.emplace_back("Cache-Control", "private, no-store");
  return r;
}

Review ReviewService::Step(const auth::Principal& who, db::Id id, const ReviewStepInput& in,
                           const audit::Actor& actor) {
  if (in.comment) CheckText("comment", *in.comment, 2000, false);
  std::set<std::string> given;
  if (in.comment) given.insert("comment");
  if (in.language) given.insert("language");
  // What the step needs from other modules is read before the write, against the review at the version the
  // request names: the write refuses the step if the review changed meanwhile.
  auto [current, path] = [&] {
    std::pair<Review, std::string> out;
    db_.Read([&](soci::session& s) { out = Visible(s, who, id); });
    return out;
  }();
  if (current.version != in.version) FailStale(current.version);
  ReviewFacts facts;
  facts.status = current.status;
  facts.given = given;
  // Top management must still hold the role today, not merely when named.
  for (const auto& p : current.participants)
    if (auto person = org_.PrincipalOf(p.user_id); person && IsTopManagementOf(*person, path))
      facts.has_top_management = true;
  bool manager = who.Can(Permission::kManageReviews, path);
  bool approver = who.Can(Permission::kApproveReviews, path);
  if (auto again = RepeatedApproval(in.action, current.status)) Fail(*again);
  auto verdict = CheckReviewStep(in.action, manager, approver, facts);
  if (auto* problem = std::get_if<Problem>(&verdict)) Fail(*problem);
  ReviewStatus to = std::get<ReviewStatus>(verdict);

  Review after = current;
  after.status = to;
  std::string now = NowTimestamp();
  std::optional<records::RecordService::PreparedRecord> record;
  if (in.action == "open") {
    after.inputs = Compile(who, current);
    after.opened_at = now;
  } else if (in.action == "hold") {
    after.held_at = now;
  } else if (in.action == "reopen") {
    after.held_at.reset();
  } else if (in.action == "approve") {
    after.approved_by = who.user_id;
    after.approved_at = now;
    Language language = in.language.value_or(who.language);
    bool en = language == Language::kEnglish;
    records::RecordInput r;
    r.unit_id = current.unit_id;
    r.title = std::string(en ? "Management review minutes: " : "Biên bản xem xét của lãnh đạo: ") + current.title;
    r.category = "management_review";
    r.description = current.conclusions;
    r.recorded_on = Today();
    // The minutes are the documented information 9.3.3 of both standards asks to retain.
    for (const auto& standard : standards::ListStandards(db_)) {
      if (standard.imported) continue;
      for (const auto& clause : standards::ListClauses(db_, standard.id))
        if (clause.number == "9.3" || clause.number.rfind("9.3.", 0) == 0) r.clause_ids.push_back(clause.id);
    }
    record = records_.PrepareOnBehalf(who, r, RenderMinutes(after, language),
                                      "management-review-" + std::to_string(id) + ".pdf");
  }
  db_.Write([&](soci::session& s) {
    auto [before, unit_path] = Visible(s, who, id);
    if (before.archived_at) Fail(409, "conflict.archived");
    if (before.version != in.version) FailStale(before.version);
    if (record) after.record_id = records_.FileIn(s, *record, actor).id;
    after.updated_at = now;
    if (!store::Update(s, after, before.version)) FailStale(before.version);
    after.version = before.version + 1;
    boost::json::object after_json = ToJson(after, false);
    if (in.comment) after_json["comment"] = *in.comment;
    audit::Append(db_, s, actor,
                  {"management_review", std::to_string(id), "transition:" + in.action, Json(before),
                   boost::json::serialize(after_json), unit_path});
  });
  return after;
}

Review ReviewService::WriteMinutes(const auth::Principal& who, db::Id id, const MinutesInput& in,
                                   const audit::Actor& actor) {
  const auto& keys = AgendaKeys();
  for (const auto& [key, text] : in.notes) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) Fail(422, "validation.unknown_field", "notes." + key);
    CheckText("notes." + key, text, 10000, false);
  }
  if (in.conclusions) CheckText("conclusions", *in.conclusions, 20000, false);
  Review after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Managed(s, who, id, in.version);
    if (before.status == ReviewStatus::kApproved) Fail(409, "review.minutes_approved");
    if (!MinutesEditable(before.status)) Fail(409, "review.not_open");
    after = before;
    for (const auto& [key, text] : in.notes) after.notes[key] = text;
    if (in.conclusions) after.conclusions = *in.conclusions;
    Save(s, before, after, path, "minutes", actor);
  });
  return after;
}

Review ReviewService::AddOutput(const auth::Principal& who, db::Id id, const OutputInput& in,
                                const audit::Actor& actor) {
  const auto& kinds = OutputKinds();
  if (std::find(kinds.begin(), kinds.end(), in.kind) == kinds.end()) Fail(422, "validation.invalid_value", "kind");
  CheckText("decision", in.decision, 300, true);
  if (in.raise != "action" && in.raise != "improvement") Fail(422, "validation.invalid_value", "raise");
  if (in.raise == "improvement" && in.due_date) Fail(422, "validation.unknown_field", "due_date");
  Review after;
  db_.Write([&](soci::session& s) {
    auto [before, path] = Managed(s, who, id, in.version);
    if (before.status == ReviewStatus::kApproved) Fail(409, "review.minutes_approved");
    if (!MinutesEditable(before.status)) Fail(409, "review.not_open");
    Output output{in.kind, in.decision, in.raise, 0};
    if (in.raise == "action") {
      actions::ActionInput a;
      a.title = in.decision;
      a.description = before.title;
      a.owner_id = in.owner_id;
      a.unit_id = before.unit_id;
      a.due_date = in.due_date;
      a.source_type = kReviewActionSource;
      a.source_id = std::to_string(id);
      output.raised_id = actions_.CreateIn(s, who, a, actor).id;
    } else {
      improvement::ImprovementInput i;
      i.unit_id = before.unit_id;
      i.title = in.decision;
      i.description = before.title;
      i.source = "management_review";
      i.owner_id = in.owner_id;
      output.raised_id = improvements_.CreateIn(s, who, i, actor).id;
    }
    after = before;
    after.outputs.push_back(output);
    Save(s, before, after, path, "output", actor);
  });
  return after;
}

std::map<db::Id, std::string> ReviewService::LastApproved(const std::string& within_path) {
  std::map<db::Id, std::string> out;
  db_.Read([&](soci::session& s) { out = store::LastApproved(s, within_path); });
  return out;
}

}  // namespace eduims::review
