#include "training/evaluation_service.h"

#include <algorithm>

#include "platform/clock.h"
#include "platform/problem.h"
#include "platform/validation.h"
#include "training/evaluation_store.h"
#include "training/store.h"

namespace eduims::training {
namespace {

using auth::Permission;
namespace json = boost::json;

std::string Today() { return FormatDate(TodayInVietnam()); }

struct Access {
  Programme programme;
  bool views = false, manages = false;
  std::optional<Participant> participant;
};

// The programme for `who`: seen by those who view competences on its unit and by its participants (for what
// concerns them); anyone else is told it does not exist.
Access Reach(soci::session& s, const auth::Principal& who, db::Id id) {
  Access a;
  auto p = store::FindProgramme(s, id);
  if (p) {
    a.programme = *p;
    a.views = who.Can(Permission::kViewCompetences, p->unit_path);
    a.manages = who.Can(Permission::kManageTraining, p->unit_path);
    a.participant = store::FindParticipant(s, id, who.user_id);
  }
  if (!p || (!a.views && !a.participant)) FailNotFound("training");
  return a;
}

}  // namespace

EvaluationView EvaluationService::Get(const auth::Principal& who, db::Id programme_id) {
  EvaluationView v;
  v.programme_id = programme_id;
  db_.Read([&](soci::session& s) {
    Access a = Reach(s, who, programme_id);
    v.manages = a.manages;
    v.evaluate_after_days = store::EvaluateAfterDays(s, programme_id);
    v.due_on = DueOn(store::Sessions(s, programme_id), v.evaluate_after_days);
    auto participants = store::Participants(s, programme_id);
    for (const Participant& p : participants) v.attendees += p.sessions_attended > 0;
    v.learning = SummariseLearning(participants);
    auto reactions = store::Reactions(s, programme_id);
    v.reactions = Summarise(reactions);
    for (const Reaction& r : reactions) {
      if (r.user_id == who.user_id) v.mine = r;
      // Comments are the participants' own words: for those who view competences there, not for other participants.
      if (a.views && !r.comment.empty()) v.comments.push_back(r.comment);
    }
    v.can_react = a.participant && a.participant->sessions_attended > 0 && !v.mine;
    v.evaluation = store::FindEvaluation(s, programme_id);
  });
  return v;
}

Reaction EvaluationService::React(const auth::Principal& who, db::Id programme_id, const ReactionInput& in,
                                  const audit::Actor& actor) {
  CheckText("comment", in.comment, 2000, false);
  Reaction r;
  r.programme_id = programme_id;
  r.user_id = who.user_id;
  r.ratings = in.ratings;
  r.comment = in.comment;
  db_.Write([&](soci::session& s) {
    Access a = Reach(s, who, programme_id);
    if (!a.participant || a.participant->sessions_attended == 0) Fail(409, "training.reaction_not_attended");
    CheckRatings(in.ratings);
    if (store::FindReaction(s, programme_id, who.user_id)) Fail(409, "training.reaction_given");
    r.created_at = NowTimestamp();
    store::InsertReaction(s, r);
    audit::Append(db_, s, actor,
                  {"training_reaction", std::to_string(r.id), "create", std::nullopt, json::serialize(ToJson(r)),
                   a.programme.unit_path});
  });
  return r;
}

int EvaluationService::SetEvaluateAfterDays(const auth::Principal& who, db::Id programme_id, int days,
                                            const audit::Actor& actor) {
  if (days < 1 || days > kMaxEvaluateAfterDays) Fail(422, "validation.invalid_value", "evaluate_after_days");
  db_.Write([&](soci::session& s) {
    Access a = Reach(s, who, programme_id);
    if (!a.views) FailNotFound("training");
    if (!a.manages) Fail(403, "auth.forbidden");
    int before = store::EvaluateAfterDays(s, programme_id);
    store::SetEvaluateAfterDays(s, programme_id, days);
    audit::Append(db_, s, actor,
                  {"training", std::to_string(programme_id), "update",
                   json::serialize(json::object{{"evaluate_after_days", before}}),
                   json::serialize(json::object{{"evaluate_after_days", days}}), a.programme.unit_path});
  });
  return days;
}

Evaluation EvaluationService::Evaluate(const auth::Principal& who, db::Id programme_id, const EvaluationInput& in,
                                       const audit::Actor& actor) {
  CheckText("behaviour_findings", in.behaviour_findings, 10000, true);
  CheckText("results_findings", in.results_findings, 10000, true);
  for (const auto& [field, rating] : {std::pair{"behaviour_rating", in.behaviour_rating},
                                      std::pair{"results_rating", in.results_rating}})
    if (rating < kMinRating || rating > kMaxRating)
      Fail(Problem::Make(422, "training.rating_out_of_range", field)
               .With("min", std::to_string(kMinRating))
               .With("max", std::to_string(kMaxRating)));
  if (std::find(Conclusions().begin(), Conclusions().end(), in.conclusion) == Conclusions().end())
    Fail(422, "validation.invalid_value", "conclusion");
  // An action answers a programme that did not work; an effective one has nothing to correct.
  if (in.action && in.conclusion != "not_effective") Fail(422, "validation.invalid_value", "action");
  if (in.force && (!in.reason || in.reason->find_first_not_of(" \t\r\n") == std::string::npos))
    Fail(422, "validation.missing_field", "reason");
  if (in.reason) CheckText("reason", *in.reason, 2000, false);
  Evaluation e;
  e.programme_id = programme_id;
  e.behaviour_findings = in.behaviour_findings;
  e.behaviour_rating = in.behaviour_rating;
  e.results_findings = in.results_findings;
  e.results_rating = in.results_rating;
  e.conclusion = in.conclusion;
  e.evaluated_by = who.user_id;
  db_.Write([&](soci::session& s) {
    Access a = Reach(s, who, programme_id);
    if (!a.views) FailNotFound("training");
    if (!a.manages) Fail(403, "auth.forbidden");
    if (store::FindEvaluation(s, programme_id)) Fail(409, "training.evaluation_exists");
    int days = store::EvaluateAfterDays(s, programme_id);
    auto sessions = store::Sessions(s, programme_id);
    auto due = DueOn(sessions, days);
    bool held = false;
    std::string now = NowTimestamp();
    for (const Session& x : sessions) held = held || x.ends_at <= now;
    if (!due || !held) Fail(409, "training.no_sessions_held");
    std::string today = Today();
    if (today < *due) {
      if (!in.force)
        Fail(Problem::Make(409, "training.evaluation_not_due")
                 .With("due_on", *due)
                 .With("days", std::to_string(days)));
      e.early_reason = in.reason;
    }
    e.due_on = *due;
    e.reaction = Summarise(store::Reactions(s, programme_id));
    e.learning = SummariseLearning(store::Participants(s, programme_id));
    e.evaluated_at = now;
    if (in.action) {
      actions::ActionInput action = *in.action;
      action.unit_id = a.programme.unit_id;
      action.source_type = kEvaluationActionSource;
      action.source_id = std::to_string(programme_id);
      if (action.description.empty()) action.description = in.behaviour_findings + "\n\n" + in.results_findings;
      e.action_id = actions_.CreateIn(s, who, action, actor).id;
    }
    store::InsertEvaluation(s, e);
    audit::Append(db_, s, actor,
                  {"training_evaluation", std::to_string(e.id), "create", std::nullopt, json::serialize(ToJson(e)),
                   a.programme.unit_path});
  });
  return e;
}

}  // namespace eduims::training
