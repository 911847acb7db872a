#include "training/evaluation.h"

#include <algorithm>

#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/problem.h"

namespace eduims::training {
namespace {

namespace json = boost::json;

json::value Maybe(const std::optional<double>& v) { return v ? json::value(*v) : json::value(); }

}  // namespace

const std::vector<ReactionQuestion>& ReactionQuestions() {
  static const std::vector<ReactionQuestion> kQuestions = {
      {"relevance", "Nội dung phù hợp với công việc của tôi", "The content was relevant to my work"},
      {"trainer", "Giảng viên truyền đạt rõ ràng, dễ hiểu", "The trainer explained clearly"},
      {"materials", "Tài liệu và hoạt động học tập hữu ích", "The materials and activities were useful"},
      {"organisation", "Thời lượng, địa điểm và tổ chức hợp lý", "Duration, place and organisation were appropriate"},
      {"application", "Tôi có thể áp dụng ngay vào công việc", "I can apply what I learnt in my work"},
  };
  return kQuestions;
}

const std::vector<std::string>& Conclusions() {
  static const std::vector<std::string> kConclusions = {"effective", "partly_effective", "not_effective"};
  return kConclusions;
}

ReactionSummary Summarise(const std::vector<Reaction>& reactions) {
  ReactionSummary out;
  out.count = (long long)reactions.size();
  std::map<std::string, std::pair<double, long long>> sums;
  double total = 0;
  long long ratings = 0;
  for (const Reaction& r : reactions)
    for (const auto& [code, rating] : r.ratings) {
      sums[code].first += rating;
      ++sums[code].second;
      total += rating;
      ++ratings;
    }
  for (const auto& [code, sum] : sums) out.means[code] = sum.first / double(sum.second);
  if (ratings) out.overall = total / double(ratings);
  return out;
}

LearningSummary SummariseLearning(const std::vector<Participant>& participants) {
  LearningSummary out;
  double scores = 0;
  for (const Participant& p : participants) {
    if (!p.score || !p.passed) continue;
    ++out.assessed;
    out.passed += *p.passed;
    scores += *p.score;
  }
  if (out.assessed) {
    out.pass_rate = double(out.passed) / double(out.assessed);
    out.mean_score = scores / double(out.assessed);
  }
  return out;
}

std::optional<std::string> DueOn(const std::vector<Session>& sessions, int evaluate_after_days) {
  std::optional<TimePoint> last;
  for (const Session& s : sessions)
    if (auto end = ParseTimestamp(s.ends_at); end && (!last || *end > *last)) last = end;
  if (!last) return std::nullopt;
  return FormatDate(AddDays(TodayInVietnam(*last), evaluate_after_days));
}

void CheckRatings(const std::map<std::string, int>& ratings) {
  for (const auto& [code, rating] : ratings) {
    bool known = std::any_of(ReactionQuestions().begin(), ReactionQuestions().end(),
                             [&](const ReactionQuestion& q) { return code == q.code; });
    if (!known) Fail(422, "validation.invalid_value", "ratings." + code);
  }
  for (const ReactionQuestion& q : ReactionQuestions()) {
    auto it = ratings.find(q.code);
    if (it == ratings.end()) Fail(422, "validation.missing_field", std::string("ratings.") + q.code);
    if (it->second < kMinRating || it->second > kMaxRating)
      Fail(Problem::Make(422, "training.rating_out_of_range", std::string("ratings.") + q.code)
               .With("min", std::to_string(kMinRating))
               .With("max", std::to_string(kMaxRating)));
  }
}

json::object ToJson(const Reaction& r) {
  json::object ratings;
  for (const auto& [code, rating] : r.ratings) ratings[code] = rating;
  return {{"id", r.id},           {"programme_id", r.programme_id}, {"user_id", r.user_id},
          {"ratings", ratings},   {"comment", r.comment},           {"created_at", r.created_at}};
}

json::object ToJson(const ReactionSummary& r) {
  json::object means;
  for (const auto& [code, mean] : r.means) means[code] = mean;
  return {{"count", r.count}, {"means", std::move(means)}, {"overall", Maybe(r.overall)}};
}

json::object ToJson(const LearningSummary& l) {
  return {{"assessed", l.assessed},
          {"passed", l.passed},
          {"pass_rate", Maybe(l.pass_rate)},
          {"mean_score", Maybe(l.mean_score)}};
}

json::object ToJson(const Evaluation& e) {
  return {{"id", e.id},
          {"programme_id", e.programme_id},
          {"due_on", e.due_on},
          {"early_reason", e.early_reason ? json::value(*e.early_reason) : json::value()},
          {"reaction", {{"count", e.reaction.count}, {"overall", Maybe(e.reaction.overall)}}},
          {"learning", ToJson(e.learning)},
          {"behaviour", {{"findings", e.behaviour_findings}, {"rating", e.behaviour_rating}}},
          {"results", {{"findings", e.results_findings}, {"rating", e.results_rating}}},
          {"conclusion", e.conclusion},
          {"action_id", e.action_id ? json::value(*e.action_id) : json::value()},
          {"evaluated_by", e.evaluated_by ? json::value(*e.evaluated_by) : json::value()},
          {"evaluated_at", e.evaluated_at}};
}

}  // namespace eduims::training
