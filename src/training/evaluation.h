// Evaluating training (ISO 21001 / ISO 9001 7.2 d: "evaluate the effectiveness of the actions taken", issue 20):
// the participants' reaction, each attendee once, rated 1 to 5 on fixed questions; and the evaluation of a
// programme's effectiveness a set time after its last session, on four levels (Kirkpatrick): reaction and learning
// computed from the reactions and the results, behaviour and results from the evaluator's findings, with a
// conclusion. Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "platform/i18n/language.h"
#include "training/model.h"

namespace eduims::training {

inline constexpr int kMinRating = 1, kMaxRating = 5;
inline constexpr int kDefaultEvaluateAfterDays = 90;
inline constexpr int kMaxEvaluateAfterDays = 1095;

struct ReactionQuestion {
  const char* code;
  const char* vi;
  const char* en;
};
// The questions every participant answers, in order; their codes are stored with the ratings, so they stay.
const std::vector<ReactionQuestion>& ReactionQuestions();
const std::vector<std::string>& Conclusions();  // effective, partly_effective, not_effective

struct Reaction {
  db::Id id = 0;
  db::Id programme_id = 0;
  db::Id user_id = 0;
  std::map<std::string, int> ratings;  // by question code
  std::string comment;
  std::string created_at;
};

// Level 1, over the reactions given: the mean of each question and of all ratings (none without reactions).
struct ReactionSummary {
  long long count = 0;
  std::map<std::string, double> means;
  std::optional<double> overall;
};
ReactionSummary Summarise(const std::vector<Reaction>& reactions);

// Level 2, over the participants assessed: the share who passed and the mean score (none without assessments).
struct LearningSummary {
  long long assessed = 0, passed = 0;
  std::optional<double> pass_rate, mean_score;
};
LearningSummary SummariseLearning(const std::vector<Participant>& participants);

// The day a programme's evaluation falls due: `evaluate_after_days` after the local day its last session ended
// ("YYYY-MM-DD", the sessions' ends as UTC timestamps); none while it has no session.
std::optional<std::string> DueOn(const std::vector<Session>& sessions, int evaluate_after_days);

struct Evaluation {
  db::Id id = 0;
  db::Id programme_id = 0;
  std::string due_on;
  std::optional<std::string> early_reason;
  ReactionSummary reaction;  // means by question are not kept: the overall mean and count are
  LearningSummary learning;
  std::string behaviour_findings, results_findings;
  int behaviour_rating = 0, results_rating = 0;
  std::string conclusion;
  std::optional<db::Id> action_id;
  std::optional<db::Id> evaluated_by;
  std::string evaluated_at;
};

// The first problem with ratings: a question missing or unknown (422 validation.missing_field / invalid_value on
// "ratings.<code>"), or a rating outside 1 to 5 (422 training.rating_out_of_range). Throws ProblemError.
void CheckRatings(const std::map<std::string, int>& ratings);

boost::json::object ToJson(const Reaction& r);
boost::json::object ToJson(const ReactionSummary& r);
boost::json::object ToJson(const LearningSummary& l);
boost::json::object ToJson(const Evaluation& e);

}  // namespace eduims::training
