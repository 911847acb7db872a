// The rules of evaluating training (training/evaluation.h, issue 20). A participant who attended a session gives
// their reaction once; those who view competences on the programme's unit read the reactions' averages and the
// evaluation, and a participant reads what concerns them; those who manage training there set how long after the
// last session the evaluation falls due and record it once, before that day only with the reason. An evaluation
// concluding "not effective" may raise an action through the actions module in the same transaction. Every change
// is one transaction with its audit entry; failures are ProblemError, nothing changed.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "actions/service.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "training/evaluation.h"

namespace eduims::training {

// The action source an evaluation's action is linked to (its id: the programme's).
inline constexpr const char* kEvaluationActionSource = "training_evaluation";

struct ReactionInput {
  std::map<std::string, int> ratings;
  std::string comment;
};

struct EvaluationInput {
  std::string behaviour_findings, results_findings, conclusion;
  int behaviour_rating = 0, results_rating = 0;
  bool force = false;
  std::optional<std::string> reason;
  // The action to raise when the conclusion is "not effective": its title, owner and due date.
  std::optional<actions::ActionInput> action;
};

// The evaluation of a programme as one caller sees it.
struct EvaluationView {
  db::Id programme_id = 0;
  int evaluate_after_days = kDefaultEvaluateAfterDays;
  std::optional<std::string> due_on;
  long long attendees = 0;  // participants who attended a session: those who may react
  ReactionSummary reactions;
  std::vector<std::string> comments;  // for those who view competences there only
  LearningSummary learning;
  std::optional<Reaction> mine;
  bool can_react = false;  // the caller attended and has not reacted yet
  bool manages = false;    // the caller may set the delay and evaluate
  std::optional<Evaluation> evaluation;
};

class EvaluationService {
 public:
  EvaluationService(db::Database& db, actions::ActionService& actions) : db_(db), actions_(actions) {
    actions_.ReserveSourceType(kEvaluationActionSource);
  }

  EvaluationView Get(const auth::Principal& who, db::Id programme_id);
  // By the caller about themselves: 409 training.reaction_not_attended without an attended session, 409
  // training.reaction_given the second time, 422 for ratings CheckRatings refuses.
  Reaction React(const auth::Principal& who, db::Id programme_id, const ReactionInput& input,
                 const audit::Actor& actor);
  int SetEvaluateAfterDays(const auth::Principal& who, db::Id programme_id, int days, const audit::Actor& actor);
  // 409 training.no_sessions_held before a session has ended, training.evaluation_not_due before the due day unless
  // forced with a reason, training.evaluation_exists the second time.
  Evaluation Evaluate(const auth::Principal& who, db::Id programme_id, const EvaluationInput& input,
                      const audit::Actor& actor);

 private:
  db::Database& db_;
  actions::ActionService& actions_;
};

}  // namespace eduims::training
