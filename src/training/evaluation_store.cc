#include "training/evaluation_store.h"

#include "platform/nullable_column.h"

namespace eduims::training::store {
namespace {

using db::Nullable;
namespace json = boost::json;

struct ReactionReader {
  Reaction r;
  std::string ratings;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.programme_id));
    st.exchange(soci::into(r.user_id));
    st.exchange(soci::into(ratings));
    st.exchange(soci::into(r.comment));
    st.exchange(soci::into(r.created_at));
  }
  Reaction Take() const {
    Reaction out = r;
    json::value parsed = json::parse(ratings);
    for (const auto& [code, rating] : parsed.as_object()) out.ratings[std::string(code)] = int(rating.as_int64());
    return out;
  }
};

const char* kReactionSelect =
    "SELECT id, programme_id, user_id, ratings, comment, created_at FROM training_reactions WHERE ";

struct EvaluationReader {
  Evaluation e;
  Nullable<std::string> early_reason;
  Nullable<double> reaction_mean, pass_rate, mean_score;
  long long reactions = 0, assessed = 0;
  Nullable<db::Id> action_id, evaluated_by;
  void Bind(soci::statement& st) {
    st.exchange(soci::into(e.id));
    st.exchange(soci::into(e.programme_id));
    st.exchange(soci::into(e.due_on));
    st.exchange(soci::into(early_reason.value, early_reason.ind));
    st.exchange(soci::into(reaction_mean.value, reaction_mean.ind));
    st.exchange(soci::into(reactions));
    st.exchange(soci::into(assessed));
    st.exchange(soci::into(pass_rate.value, pass_rate.ind));
    st.exchange(soci::into(mean_score.value, mean_score.ind));
    st.exchange(soci::into(e.behaviour_findings));
    st.exchange(soci::into(e.behaviour_rating));
    st.exchange(soci::into(e.results_findings));
    st.exchange(soci::into(e.results_rating));
    st.exchange(soci::into(e.conclusion));
    st.exchange(soci::into(action_id.value, action_id.ind));
    st.exchange(soci::into(evaluated_by.value, evaluated_by.ind));
    st.exchange(soci::into(e.evaluated_at));
  }
  Evaluation Take() const {
    Evaluation out = e;
    out.early_reason = early_reason.Get();
    out.reaction.overall = reaction_mean.Get();
    out.reaction.count = reactions;
    out.learning.assessed = assessed;
    out.learning.pass_rate = pass_rate.Get();
    out.learning.mean_score = mean_score.Get();
    // The passed count is the rate over those assessed, as it was when evaluated.
    if (out.learning.pass_rate) out.learning.passed = (long long)(*out.learning.pass_rate * double(assessed) + 0.5);
    out.action_id = action_id.Get();
    out.evaluated_by = evaluated_by.Get();
    return out;
  }
};

}  // namespace

int EvaluateAfterDays(soci::session& s, db::Id programme_id) {
  int days = 90;
  s << "SELECT evaluate_after_days FROM training_programmes WHERE id = :id", soci::use(programme_id), soci::into(days);
  return days;
}

void SetEvaluateAfterDays(soci::session& s, db::Id programme_id, int days) {
  s << "UPDATE training_programmes SET evaluate_after_days = :d WHERE id = :id", soci::use(days),
      soci::use(programme_id);
}

std::vector<Reaction> Reactions(soci::session& s, db::Id programme_id) {
  db::Binds b;
  return db::FetchAll<ReactionReader>(s, kReactionSelect + ("programme_id = " + b.Id("p", programme_id)) + " ORDER BY id",
                                      b);
}

std::optional<Reaction> FindReaction(soci::session& s, db::Id programme_id, db::Id user_id) {
  db::Binds b;
  auto rows = db::FetchAll<ReactionReader>(
      s, kReactionSelect + ("programme_id = " + b.Id("p", programme_id) + " AND user_id = " + b.Id("u", user_id)), b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void InsertReaction(soci::session& s, Reaction& r) {
  json::object ratings;
  for (const auto& [code, rating] : r.ratings) ratings[code] = rating;
  std::string text = json::serialize(ratings);
  s << "INSERT INTO training_reactions (programme_id, user_id, ratings, comment, created_at) VALUES (:p, :u, :r, :c, "
       ":at) RETURNING id",
      soci::use(r.programme_id), soci::use(r.user_id), soci::use(text), soci::use(r.comment), soci::use(r.created_at),
      soci::into(r.id);
}

std::optional<Evaluation> FindEvaluation(soci::session& s, db::Id programme_id) {
  db::Binds b;
  auto rows = db::FetchAll<EvaluationReader>(
      s,
      "SELECT id, programme_id, due_on, early_reason, reaction_mean, reactions, assessed, pass_rate, mean_score, "
      "behaviour_findings, behaviour_rating, results_findings, results_rating, conclusion, action_id, evaluated_by, "
      "evaluated_at FROM training_evaluations WHERE programme_id = " +
          b.Id("p", programme_id),
      b);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

void InsertEvaluation(soci::session& s, Evaluation& e) {
  Nullable<std::string> early(e.early_reason);
  Nullable<double> mean(e.reaction.overall), rate(e.learning.pass_rate), score(e.learning.mean_score);
  Nullable<db::Id> action(e.action_id), by(e.evaluated_by);
  long long reactions = e.reaction.count, assessed = e.learning.assessed;
  s << "INSERT INTO training_evaluations (programme_id, due_on, early_reason, reaction_mean, reactions, assessed, "
       "pass_rate, mean_score, behaviour_findings, behaviour_rating, results_findings, results_rating, conclusion, "
       "action_id, evaluated_by, evaluated_at) VALUES (:p, :due, :early, :mean, :reactions, :assessed, :rate, :score, "
       ":bf, :br, :rf, :rr, :c, :action, :by, :at) RETURNING id",
      soci::use(e.programme_id), soci::use(e.due_on), soci::use(early.value, early.ind),
      soci::use(mean.value, mean.ind), soci::use(reactions), soci::use(assessed), soci::use(rate.value, rate.ind),
      soci::use(score.value, score.ind), soci::use(e.behaviour_findings), soci::use(e.behaviour_rating),
      soci::use(e.results_findings), soci::use(e.results_rating), soci::use(e.conclusion),
      soci::use(action.value, action.ind), soci::use(by.value, by.ind), soci::use(e.evaluated_at), soci::into(e.id);
}

std::pair<long long, long long> CountEvaluations(soci::session& s, const std::string& path) {
  auto [lo, hi] = db::SubtreeRange(path);
  long long all = 0, unanswered = 0;
  s << "SELECT COUNT(*), COALESCE(SUM(CASE WHEN e.conclusion = 'not_effective' AND e.action_id IS NULL THEN 1 ELSE 0 "
       "END), 0) FROM training_evaluations e JOIN training_programmes p ON p.id = e.programme_id JOIN units u ON u.id "
       "= p.unit_id WHERE u.path >= :lo AND u.path < :hi",
      soci::use(lo), soci::use(hi), soci::into(all), soci::into(unanswered);
  return {all, unanswered};
}

}  // namespace eduims::training::store
