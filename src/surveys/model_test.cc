// The questionnaire's checks, the answers' checks and the statistics results show.
#include <gtest/gtest.h>

#include "platform/problem.h"
#include "surveys/answer.h"
#include "surveys/statistics.h"

namespace eduims::surveys {
namespace {

namespace json = boost::json;

json::value Sample() {
  return json::parse(R"({
    "title": {"vi": "Khảo sát phụ huynh", "en": "Parent survey"},
    "sections": [{"title": {"vi": "Chung", "en": "General"}, "questions": [
      {"key": "overall", "type": "likert", "required": true, "text": {"vi": "Hài lòng chung", "en": "Overall"},
       "threshold": 0.7, "clauses": ["9.1.2"]},
      {"key": "channel", "type": "single", "text": {"vi": "Kênh", "en": "Channel"},
       "options": [{"vi": "Zalo", "en": "Zalo"}, {"vi": "Thư", "en": "Letter"}]},
      {"key": "topics", "type": "multiple", "text": {"vi": "Chủ đề", "en": "Topics"},
       "options": [{"vi": "A", "en": "A"}, {"vi": "B", "en": "B"}, {"vi": "C", "en": "C"}]},
      {"key": "nps", "type": "recommend", "required": true, "text": {"vi": "Giới thiệu", "en": "Recommend"}},
      {"key": "grid", "type": "grid", "text": {"vi": "Cơ sở vật chất", "en": "Facilities"},
       "rows": [{"vi": "Lớp học", "en": "Classrooms"}, {"vi": "Thư viện", "en": "Library"}]},
      {"key": "hours", "type": "number", "min": 0, "max": 40, "text": {"vi": "Giờ", "en": "Hours"}},
      {"key": "note", "type": "short_text", "max_length": 10, "text": {"vi": "Ghi chú", "en": "Note"}}
    ]}]})");
}

std::string FieldOf(const json::value& v) {
  try {
    Parse(v);
  } catch (const ProblemError& e) {
    return e.problem().field;
  }
  return "";
}

TEST(SurveyQuestionnaire, ParsesEveryQuestionTypeAndRoundTrips) {
  Definition d = Parse(Sample());
  ASSERT_EQ(d.Questions().size(), 7u);
  EXPECT_EQ(d.Find("overall")->scale.size(), 5u);
  EXPECT_EQ(d.Find("overall")->scale[4].en, "Very satisfied");
  EXPECT_EQ(*d.Find("overall")->threshold, 0.7);
  EXPECT_EQ(d.Find("note")->max_length, 10u);
  EXPECT_EQ(Bounds(*d.Find("nps")), (std::pair<long long, long long>{0, 10}));
  EXPECT_EQ(Bounds(*d.Find("topics")), (std::pair<long long, long long>{0, 2}));
  Definition again = Parse(ToJson(d));
  EXPECT_EQ(json::serialize(ToJson(again)), json::serialize(ToJson(d)));
}

TEST(SurveyQuestionnaire, NamesTheFirstBadField) {
  auto with = [](const std::function<void(json::object&)>& change) {
    json::value v = Sample();
    change(v.at("sections").at(0).at("questions").at(0).as_object());
    return v;
  };
  EXPECT_EQ(FieldOf(with([](json::object& q) { q["type"] = "slider"; })), "definition.sections[0].questions[0].type");
  EXPECT_EQ(FieldOf(with([](json::object& q) { q["key"] = "Bad Key"; })), "definition.sections[0].questions[0].key");
  EXPECT_EQ(FieldOf(with([](json::object& q) { q["key"] = "nps"; })), "definition.sections[0].questions[3].key");
  EXPECT_EQ(FieldOf(with([](json::object& q) { q["threshold"] = 1.5; })),
            "definition.sections[0].questions[0].threshold");
  EXPECT_EQ(FieldOf(with([](json::object& q) { q["text"].as_object().erase("en"); })),
            "definition.sections[0].questions[0].text.en");
  EXPECT_EQ(FieldOf(with([](json::object& q) { q["options"] = json::array(); })),
            "definition.sections[0].questions[0].options");
  EXPECT_EQ(FieldOf(with([](json::object& q) { q["clauses"] = json::array{"9.1."}; })),
            "definition.sections[0].questions[0].clauses");
  json::value number = Sample();
  number.at("sections").at(0).at("questions").at(5).as_object()["max"] = 5000;
  EXPECT_EQ(FieldOf(number), "definition.sections[0].questions[5].max");
  json::value text_threshold = Sample();
  text_threshold.at("sections").at(0).at("questions").at(6).as_object()["threshold"] = 0.5;
  EXPECT_EQ(FieldOf(text_threshold), "definition.sections[0].questions[6].threshold");
  EXPECT_EQ(FieldOf(json::parse(R"({"title": {"vi": "a", "en": "b"}, "sections": []})")), "definition.sections");
}

std::multimap<std::string, std::string> Form(std::initializer_list<std::pair<const std::string, std::string>> f) {
  return f;
}

TEST(SurveyAnswers, CountsEachValueAndEveryRespondentOfAQuestion) {
  Definition d = Parse(Sample());
  auto checked = CheckAnswers(d, Form({{"q.overall", "4"}, {"q.nps", "10"}, {"q.topics", "0"}, {"q.topics", "2"},
                                       {"q.topics", "2"}, {"q.grid.1", "5"}, {"q.note", "Tốt lắm"}, {"q.hours", ""}}));
  ASSERT_TRUE(checked.problems.empty());
  auto has = [&](const std::string& key, int item, long long value) {
    for (const CountedValue& c : checked.submission.counts)
      if (c.question_key == key && c.item == item && c.value == value) return true;
    return false;
  };
  EXPECT_TRUE(has("overall", 0, kAnswered));
  EXPECT_TRUE(has("overall", 0, 4));
  EXPECT_TRUE(has("topics", 0, 0));
  EXPECT_TRUE(has("topics", 0, 2));
  EXPECT_EQ(std::count_if(checked.submission.counts.begin(), checked.submission.counts.end(),
                          [](const CountedValue& c) { return c.question_key == "topics"; }),
            3);  // answered once, 0 and 2 once each however often sent
  EXPECT_TRUE(has("grid", 1, 5));
  EXPECT_FALSE(has("grid", 0, kAnswered));
  EXPECT_FALSE(has("hours", 0, kAnswered));
  ASSERT_EQ(checked.submission.texts.size(), 1u);
  EXPECT_EQ(checked.submission.texts[0].text, "Tốt lắm");
  EXPECT_EQ(json::parse(AnswersJson(d, checked.submission)),
            json::parse(R"({"overall":4,"nps":10,"topics":[0,2],"grid":{"1":5},"note":"Tốt lắm"})"));
}

TEST(SurveyAnswers, RefusesMissingRequiredOutOfScaleAndOverlongAnswersAndKeepsNothing) {
  Definition d = Parse(Sample());
  auto checked = CheckAnswers(d, Form({{"q.overall", "6"}, {"q.channel", "2"}, {"q.hours", "41"},
                                       {"q.grid.0", "x"}, {"q.note", "mười một ký"}, {"q.topics", "-1"}}));
  std::map<std::string, AnswerIssue> issues;
  for (const AnswerProblem& p : checked.problems) issues[p.question_key] = p.issue;
  EXPECT_EQ(issues.at("overall"), AnswerIssue::kOutOfRange);
  EXPECT_EQ(issues.at("channel"), AnswerIssue::kOutOfRange);
  EXPECT_EQ(issues.at("hours"), AnswerIssue::kOutOfRange);
  EXPECT_EQ(issues.at("grid"), AnswerIssue::kOutOfRange);
  EXPECT_EQ(issues.at("note"), AnswerIssue::kTooLong);
  EXPECT_EQ(issues.at("topics"), AnswerIssue::kOutOfRange);
  EXPECT_EQ(issues.at("nps"), AnswerIssue::kRequired);
  EXPECT_TRUE(checked.submission.counts.empty());
  EXPECT_TRUE(checked.submission.texts.empty());
  EXPECT_EQ(CheckAnswers(d, Form({{"q.overall", "3"}, {"q.nps", "7"}, {"q.channel", "0"}, {"q.channel", "1"}}))
                .problems.size(),
            1u);
  EXPECT_EQ(CheckAnswers(d, Form({{"q.overall", "3"}, {"q.nps", "7"}, {"q.note", "mười ký tự"}})).problems.size(),
            0u);
  EXPECT_EQ(IssueCode(AnswerIssue::kTooLong), "survey.answer_too_long");
}

TEST(SurveyStatistics, WilsonIntervalMatchesPublishedValues) {
  Interval i = WilsonInterval(8, 10);  // 0.8 of 10: 0.490..0.943 (Wilson 1927; Newcombe 1998, table I)
  EXPECT_NEAR(i.low, 0.4902, 1e-3);
  EXPECT_NEAR(i.high, 0.9433, 1e-3);
  Interval all = WilsonInterval(5, 5);
  EXPECT_NEAR(all.high, 1.0, 1e-9);
  EXPECT_NEAR(all.low, 0.5655, 1e-3);
  Interval none = WilsonInterval(0, 30);
  EXPECT_NEAR(none.low, 0.0, 1e-9);
  EXPECT_NEAR(none.high, 0.1135, 1e-3);
}

TEST(SurveyStatistics, IndexIsTheShareOfTheTwoBestPointsOfTheRespondents) {
  Definition d = Parse(Sample());
  Distribution likert = Summarise(*d.Find("overall"), {{kAnswered, 10}, {1, 1}, {3, 1}, {4, 3}, {5, 5}});
  EXPECT_EQ(likert.answered, 10);
  EXPECT_NEAR(*likert.mean, (1 + 3 + 12 + 25) / 10.0, 1e-9);
  EXPECT_NEAR(*likert.index, 0.8, 1e-9);
  EXPECT_NEAR(likert.interval->low, 0.4902, 1e-3);
  Distribution nps = Summarise(*d.Find("nps"), {{kAnswered, 4}, {8, 2}, {9, 1}, {10, 1}});
  EXPECT_NEAR(*nps.index, 0.5, 1e-9);
  Distribution choice = Summarise(*d.Find("topics"), {{kAnswered, 3}, {0, 2}, {2, 3}});
  EXPECT_FALSE(choice.index);
  EXPECT_FALSE(choice.mean);
  EXPECT_EQ(choice.counts.at(2), 3);
  Distribution number = Summarise(*d.Find("hours"), {{kAnswered, 2}, {10, 1}, {20, 1}});
  EXPECT_NEAR(*number.mean, 15, 1e-9);
  EXPECT_FALSE(number.index);
}

TEST(SurveyStatistics, SmallGroupsAreFoldedSoNoneCanBeComputedBySubtraction) {
  Folded all_large = FoldSmallGroups({{1, 10}, {2, 7}}, 5);
  EXPECT_EQ(all_large.shown.size(), 2u);
  EXPECT_EQ(all_large.shown[0].unit_id, 1);
  EXPECT_EQ(all_large.others, 0);
  Folded pooled = FoldSmallGroups({{1, 10}, {2, 3}, {3, 2}, {4, 0}}, 5);
  EXPECT_EQ(pooled.shown.size(), 1u);
  EXPECT_EQ(pooled.others, 5);
  EXPECT_TRUE(pooled.others_shown);
  // One group of 2 beside two large ones: the smaller large one joins it, so the 2 stay hidden.
  Folded grown = FoldSmallGroups({{1, 20}, {2, 6}, {3, 2}}, 5);
  ASSERT_EQ(grown.shown.size(), 1u);
  EXPECT_EQ(grown.shown[0].unit_id, 1);
  EXPECT_EQ(grown.others, 8);
  EXPECT_TRUE(grown.others_shown);
  Folded tiny = FoldSmallGroups({{1, 2}, {2, 1}}, 5);
  EXPECT_TRUE(tiny.shown.empty());
  EXPECT_EQ(tiny.others, 3);
  EXPECT_FALSE(tiny.others_shown);
}

}  // namespace
}  // namespace eduims::surveys
