#include "surveys/answer.h"

#include <boost/json.hpp>

#include <charconv>
#include <set>

#include "platform/i18n/fold.h"

namespace eduims::surveys {
namespace {

std::vector<std::string> ValuesOf(const std::multimap<std::string, std::string>& form, const std::string& name) {
  std::vector<std::string> out;
  auto [lo, hi] = form.equal_range(name);
  for (auto it = lo; it != hi; ++it)
    if (!it->second.empty()) out.push_back(it->second);
  return out;
}

std::optional<long long> Integer(const std::string& text) {
  long long v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

}  // namespace

std::string_view IssueCode(AnswerIssue issue) {
  switch (issue) {
    case AnswerIssue::kRequired:
      return "survey.answer_required";
    case AnswerIssue::kOutOfRange:
      return "survey.answer_out_of_range";
    case AnswerIssue::kTooLong:
      return "survey.answer_too_long";
    case AnswerIssue::kNotText:
      return "survey.answer_not_text";
  }
  return "survey.answer_out_of_range";
}

CheckedAnswers CheckAnswers(const Definition& d, const std::multimap<std::string, std::string>& form) {
  CheckedAnswers out;
  auto problem = [&](const Question& q, AnswerIssue issue) { out.problems.push_back({q.key, issue}); };
  for (const Question* qp : d.Questions()) {
    const Question& q = *qp;
    std::string name = "q." + q.key;
    auto [lo, hi] = Bounds(q);
    if (q.type == QuestionType::kGrid) {
      bool missing = false, bad = false;
      std::vector<CountedValue> rows;
      for (size_t row = 0; row < q.rows.size(); ++row) {
        auto values = ValuesOf(form, name + "." + std::to_string(row));
        if (values.empty()) {
          missing = true;
          continue;
        }
        auto v = values.size() == 1 ? Integer(values[0]) : std::nullopt;
        if (!v || *v < lo || *v > hi) {
          bad = true;
          continue;
        }
        rows.push_back({q.key, int(row), kAnswered});
        rows.push_back({q.key, int(row), *v});
      }
      if (bad) {
        problem(q, AnswerIssue::kOutOfRange);
      } else if (missing && q.required) {
        problem(q, AnswerIssue::kRequired);
      } else {
        out.submission.counts.insert(out.submission.counts.end(), rows.begin(), rows.end());
      }
      continue;
    }
    auto values = ValuesOf(form, name);
    if (values.empty()) {
      if (q.required) problem(q, AnswerIssue::kRequired);
      continue;
    }
    if (q.type == QuestionType::kShortText || q.type == QuestionType::kLongText) {
      if (values.size() != 1 || !IsCleanUtf8(values[0])) {
        problem(q, AnswerIssue::kNotText);
      } else if (CodePointCount(values[0]) > q.max_length) {
        problem(q, AnswerIssue::kTooLong);
      } else {
        out.submission.counts.push_back({q.key, 0, kAnswered});
        out.submission.texts.push_back({q.key, values[0]});
      }
      continue;
    }
    if (values.size() > 1 && q.type != QuestionType::kMultiple) {
      problem(q, AnswerIssue::kOutOfRange);
      continue;
    }
    std::set<long long> chosen;
    bool bad = false;
    for (const std::string& text : values) {
      auto v = Integer(text);
      if (!v || *v < lo || *v > hi) bad = true;
      else chosen.insert(*v);
    }
    if (bad) {
      problem(q, AnswerIssue::kOutOfRange);
      continue;
    }
    out.submission.counts.push_back({q.key, 0, kAnswered});
    for (long long v : chosen) out.submission.counts.push_back({q.key, 0, v});
  }
  if (!out.problems.empty()) out.submission = {};
  return out;
}

std::string AnswersJson(const Definition& d, const Submission& s) {
  boost::json::object out;
  for (const CountedValue& c : s.counts) {
    if (c.value == kAnswered) continue;
    const Question* q = d.Find(c.question_key);
    if (!q) continue;
    boost::json::value& slot = out[c.question_key];
    if (q->type == QuestionType::kMultiple) {
      if (!slot.is_array()) slot = boost::json::array();
      slot.as_array().push_back(c.value);
    } else if (q->type == QuestionType::kGrid) {
      if (!slot.is_object()) slot = boost::json::object();
      slot.as_object()[std::to_string(c.item)] = c.value;
    } else {
      slot = c.value;
    }
  }
  for (const KeptText& t : s.texts) out[t.question_key] = t.text;
  return boost::json::serialize(out);
}

}  // namespace eduims::surveys
