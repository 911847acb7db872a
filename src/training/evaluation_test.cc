#include "training/evaluation.h"

#include <gtest/gtest.h>

#include <functional>

#include "people/readiness_evidence.h"
#include "platform/problem.h"

namespace eduims::training {
namespace {

std::map<std::string, int> AllRated(int rating) {
  std::map<std::string, int> out;
  for (const auto& q : ReactionQuestions()) out[q.code] = rating;
  return out;
}

std::string CodeOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const ProblemError& e) {
    return e.problem().code + "@" + e.problem().field;
  }
  return "";
}

TEST(TrainingEvaluationRules, ReactionsAverageByQuestionAndOverall) {
  Reaction a, b;
  a.ratings = AllRated(5);
  b.ratings = AllRated(4);
  b.ratings["trainer"] = 2;
  auto s = Summarise({a, b});
  EXPECT_EQ(s.count, 2);
  EXPECT_DOUBLE_EQ(s.means.at("trainer"), 3.5);
  EXPECT_DOUBLE_EQ(s.means.at("relevance"), 4.5);
  ASSERT_TRUE(s.overall);
  EXPECT_DOUBLE_EQ(*s.overall, (25.0 + 18.0) / 10.0);
  EXPECT_FALSE(Summarise({}).overall);
}

TEST(TrainingEvaluationRules, LearningCountsOnlyThoseAssessed) {
  Participant passed, failed, unassessed;
  passed.score = 8;
  passed.passed = true;
  failed.score = 3;
  failed.passed = false;
  auto l = SummariseLearning({passed, failed, unassessed});
  EXPECT_EQ(l.assessed, 2);
  EXPECT_EQ(l.passed, 1);
  EXPECT_DOUBLE_EQ(*l.pass_rate, 0.5);
  EXPECT_DOUBLE_EQ(*l.mean_score, 5.5);
  EXPECT_FALSE(SummariseLearning({unassessed}).pass_rate);
}

TEST(TrainingEvaluationRules, DueDaysAfterTheLastSessionsLocalDay) {
  Session first, last;
  first.ends_at = "2020-08-24T04:30:00.000Z";
  // 00:30 on 1 October in Vietnam, though still 30 September in UTC.
  last.ends_at = "2020-09-30T17:30:00.000Z";
  EXPECT_EQ(DueOn({last, first}, 90), "2020-12-30");
  EXPECT_FALSE(DueOn({}, 90));
}

TEST(TrainingEvaluationRules, RatingsAreEveryQuestionFromOneToFive) {
  EXPECT_EQ(CodeOf([] { CheckRatings(AllRated(3)); }), "");
  auto missing = AllRated(3);
  missing.erase("materials");
  EXPECT_EQ(CodeOf([&] { CheckRatings(missing); }), "validation.missing_field@ratings.materials");
  auto high = AllRated(3);
  high["application"] = 6;
  EXPECT_EQ(CodeOf([&] { CheckRatings(high); }), "training.rating_out_of_range@ratings.application");
  auto unknown = AllRated(3);
  unknown["food"] = 5;
  EXPECT_EQ(CodeOf([&] { CheckRatings(unknown); }), "validation.invalid_value@ratings.food");
}

TEST(TrainingEvaluationRules, EvaluationsCountAsClause72EvidenceShortOfAnActionWhenNotEffective) {
  people::RegisterFacts facts;
  facts.evaluations = 2;
  auto e = people::RegisterEvidenceOf(facts);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].clause_number, "7.2");
  EXPECT_EQ(e[0].name, "training_evaluations");
  EXPECT_EQ(e[0].entries, 2);
  EXPECT_TRUE(e[0].shortfalls.empty());
  facts.not_effective_without_action = 1;
  EXPECT_EQ(people::RegisterEvidenceOf(facts)[0].shortfalls, std::vector<std::string>{"not_effective_unanswered"});
}

}  // namespace
}  // namespace eduims::training
