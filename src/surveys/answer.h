// A respondent's answers checked against the questionnaire: what the public page's form sent (field name → values)
// becomes the counts the answer adds and the texts it keeps, or the list of what is wrong with it. Nothing of the
// respondent goes in: no identity, no address, no time. Pure: no I/O.
//
// Form fields: "q.<key>" for a question (one value per chosen option for multiple choice), "q.<key>.<row>" for
// row <row> (from 0) of a rating grid. Empty values count as not answered.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "surveys/questionnaire.h"

namespace eduims::surveys {

// One value counted for a question: `item` is the grid row (0 elsewhere); value kAnswered counts the respondents
// who answered the question (or the grid row), the denominator of shares and means.
struct CountedValue {
  std::string question_key;
  int item = 0;
  long long value = 0;
};
inline constexpr long long kAnswered = -1000001;  // below every number a question may take

struct KeptText {
  std::string question_key;
  std::string text;
};

struct Submission {
  std::vector<CountedValue> counts;
  std::vector<KeptText> texts;
};

enum class AnswerIssue { kRequired, kOutOfRange, kTooLong, kNotText };

struct AnswerProblem {
  std::string question_key;
  AnswerIssue issue;
};

// The problem code of an issue, as the catalogue names it ("survey.answer_required", ...).
std::string_view IssueCode(AnswerIssue issue);

struct CheckedAnswers {
  Submission submission;
  std::vector<AnswerProblem> problems;  // empty when the answers may be stored
};

CheckedAnswers CheckAnswers(const Definition& definition, const std::multimap<std::string, std::string>& form);

// The answers as kept (a JSON object: key → value, array of values, row array or text), for exports.
std::string AnswersJson(const Definition& definition, const Submission& submission);

}  // namespace eduims::surveys
