// A questionnaire's content: sections of questions, every text in Vietnamese and English, as a published version
// holds it for good. Parse checks a definition completely (types, keys, options, bounds, thresholds) and names the
// first bad field; nothing else in the module needs to re-check it. Pure: no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/i18n/language.h"

namespace eduims::surveys {

enum class QuestionType { kLikert, kSingle, kMultiple, kRecommend, kGrid, kNumber, kShortText, kLongText };

std::string_view QuestionTypeName(QuestionType type);
std::optional<QuestionType> ParseQuestionType(std::string_view name);
const std::vector<std::string>& QuestionTypeNames();

struct Text {
  std::string vi, en;
  const std::string& In(Language language) const { return language == Language::kEnglish ? en : vi; }
};

struct Question {
  std::string key;  // stable across versions: trends compare questions by key
  QuestionType type = QuestionType::kLikert;
  Text text;
  bool required = false;
  std::vector<Text> options;  // single and multiple choice
  std::vector<Text> rows;     // rating grid: each row rated on the Likert scale
  std::vector<Text> scale;    // Likert and grid: the five labelled points, worst first
  long long min = 0, max = 0;  // number
  size_t max_length = 0;       // texts, in code points
  // Satisfaction index (0..1) below which the closed campaign raises an improvement; scale questions only.
  std::optional<double> threshold;
  std::vector<std::string> clauses;  // clause numbers of ISO 21001 the question gives evidence for ("9.1.2")
  std::optional<std::string> indicator_code;
};

struct Section {
  Text title;
  std::vector<Question> questions;
};

struct Definition {
  Text title, intro;
  std::vector<Section> sections;

  const Question* Find(const std::string& key) const;
  std::vector<const Question*> Questions() const;
};

// True for questions answered on a scale of points (Likert, recommendation, grid, number): they have a mean.
bool HasScale(QuestionType type);
// True for questions whose two best points make the satisfaction index (Likert, recommendation, grid).
bool HasIndex(QuestionType type);
// The lowest and highest point of a question's scale (number: its bounds; choices: option indexes).
std::pair<long long, long long> Bounds(const Question& question);
// The points that count as satisfied: the two best of the scale.
bool IsTopTwo(const Question& question, long long value);

// The checked definition; ProblemError 422 (validation.*) naming the first bad field, e.g.
// "sections[0].questions[2].options".
Definition Parse(const boost::json::value& definition);
boost::json::object ToJson(const Definition& definition);

// The default labels of the five Likert points.
const std::vector<Text>& DefaultLikertScale();

}  // namespace eduims::surveys
