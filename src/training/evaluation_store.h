// All SQL of the evaluation of training (training/evaluation.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "platform/db/query.h"
#include "training/evaluation.h"

namespace eduims::training::store {

int EvaluateAfterDays(soci::session& s, db::Id programme_id);
void SetEvaluateAfterDays(soci::session& s, db::Id programme_id, int days);

std::vector<Reaction> Reactions(soci::session& s, db::Id programme_id);
std::optional<Reaction> FindReaction(soci::session& s, db::Id programme_id, db::Id user_id);
void InsertReaction(soci::session& s, Reaction& r);

std::optional<Evaluation> FindEvaluation(soci::session& s, db::Id programme_id);
void InsertEvaluation(soci::session& s, Evaluation& e);

// Evaluations of programmes of the subtree at `path`, and those of them concluding "not effective" without an action:
// what readiness counts as 7.2 evidence.
std::pair<long long, long long> CountEvaluations(soci::session& s, const std::string& path);

}  // namespace eduims::training::store
