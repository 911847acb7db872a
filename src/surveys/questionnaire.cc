#include "surveys/questionnaire.h"

#include <set>

#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::surveys {
namespace {

namespace json = boost::json;

constexpr size_t kMaxQuestions = 150;
constexpr long long kMaxNumberSpan = 1000;  // counts are kept per value, so a number's range stays small

struct TypeName {
  QuestionType type;
  const char* name;
};
constexpr TypeName kTypes[] = {{QuestionType::kLikert, "likert"},       {QuestionType::kSingle, "single"},
                               {QuestionType::kMultiple, "multiple"},   {QuestionType::kRecommend, "recommend"},
                               {QuestionType::kGrid, "grid"},           {QuestionType::kNumber, "number"},
                               {QuestionType::kShortText, "short_text"}, {QuestionType::kLongText, "long_text"}};

[[noreturn]] void Bad(const std::string& field) { Fail(422, "validation.invalid_value", field); }

const json::object& ObjectAt(const json::value& v, const std::string& field) {
  if (!v.is_object()) Bad(field);
  return v.as_object();
}

const json::value& Member(const json::object& o, const std::string& name, const std::string& field) {
  auto it = o.find(name);
  if (it == o.end()) Fail(422, "validation.missing_field", field + name);
  return it->value();
}

void OnlyKeys(const json::object& o, std::initializer_list<std::string_view> known, const std::string& field) {
  for (const auto& [k, v] : o) {
    bool ok = false;
    for (auto name : known) ok = ok || k == name;
    if (!ok) Fail(422, "validation.unknown_field", field + std::string(k));
  }
}

Text ParseText(const json::value& v, const std::string& field, size_t max, bool required = true) {
  const json::object& o = ObjectAt(v, field);
  OnlyKeys(o, {"vi", "en"}, field + ".");
  Text t;
  for (auto [lang, out] : {std::pair{"vi", &t.vi}, std::pair{"en", &t.en}}) {
    const json::value& text = Member(o, lang, field + ".");
    if (!text.is_string()) Bad(field + "." + lang);
    *out = std::string(text.as_string());
    CheckText(field + "." + lang, *out, max, required);
  }
  return t;
}

std::vector<Text> ParseTexts(const json::object& o, const char* name, const std::string& field, size_t min,
                             size_t max) {
  const json::value& v = Member(o, name, field);
  if (!v.is_array() || v.as_array().size() < min || v.as_array().size() > max) Bad(field + name);
  std::vector<Text> out;
  for (size_t i = 0; i < v.as_array().size(); ++i)
    out.push_back(ParseText(v.as_array()[i], field + name + "[" + std::to_string(i) + "]", 200));
  return out;
}

long long IntAt(const json::object& o, const char* name, const std::string& field, long long lo, long long hi) {
  const json::value& v = Member(o, name, field);
  if (!v.is_int64() || v.as_int64() < lo || v.as_int64() > hi) Bad(field + name);
  return v.as_int64();
}

bool ValidKey(std::string_view key) {
  if (key.empty() || key.size() > 32) return false;
  for (unsigned char c : key)
    if (!std::islower(c) && !std::isdigit(c) && c != '_') return false;
  return true;
}

bool ValidClause(std::string_view clause) {
  if (clause.empty() || clause.size() > 16 || !std::isdigit(static_cast<unsigned char>(clause.front()))) return false;
  for (unsigned char c : clause)
    if (!std::isdigit(c) && c != '.') return false;
  return clause.back() != '.';
}

Question ParseQuestion(const json::value& v, const std::string& field) {
  const json::object& o = ObjectAt(v, field);
  OnlyKeys(o,
           {"key", "type", "text", "required", "options", "rows", "scale", "min", "max", "max_length", "threshold",
            "clauses", "indicator_code"},
           field + ".");
  std::string prefix = field + ".";
  Question q;
  const json::value& key = Member(o, "key", prefix);
  if (!key.is_string() || !ValidKey(key.as_string())) Bad(prefix + "key");
  q.key = std::string(key.as_string());
  const json::value& type = Member(o, "type", prefix);
  auto parsed = type.is_string() ? ParseQuestionType(type.as_string()) : std::nullopt;
  if (!parsed) Bad(prefix + "type");
  q.type = *parsed;
  q.text = ParseText(Member(o, "text", prefix), prefix + "text", 1000);
  if (auto it = o.find("required"); it != o.end()) {
    if (!it->value().is_bool()) Bad(prefix + "required");
    q.required = it->value().as_bool();
  }
  auto forbid = [&](std::initializer_list<const char*> names) {
    for (const char* name : names)
      if (o.contains(name)) Fail(422, "validation.unknown_field", prefix + name);
  };
  switch (q.type) {
    case QuestionType::kSingle:
    case QuestionType::kMultiple:
      q.options = ParseTexts(o, "options", prefix, 2, 30);
      forbid({"rows", "scale", "min", "max", "max_length", "threshold"});
      break;
    case QuestionType::kGrid:
      q.rows = ParseTexts(o, "rows", prefix, 1, 30);
      [[fallthrough]];
    case QuestionType::kLikert:
      q.scale = o.contains("scale") ? ParseTexts(o, "scale", prefix, 5, 5) : DefaultLikertScale();
      forbid({"options", "min", "max", "max_length"});
      if (q.type == QuestionType::kLikert) forbid({"rows"});
      break;
    case QuestionType::kRecommend:
      forbid({"options", "rows", "scale", "min", "max", "max_length"});
      break;
    case QuestionType::kNumber:
      q.min = IntAt(o, "min", prefix, -1000000, 1000000);
      q.max = IntAt(o, "max", prefix, -1000000, 1000000);
      if (q.max <= q.min || q.max - q.min > kMaxNumberSpan) Bad(prefix + "max");
      forbid({"options", "rows", "scale", "max_length", "threshold"});
      break;
    case QuestionType::kShortText:
    case QuestionType::kLongText: {
      size_t limit = q.type == QuestionType::kShortText ? 500 : 4000;
      q.max_length = o.contains("max_length") ? size_t(IntAt(o, "max_length", prefix, 1, (long long)limit))
                                              : (q.type == QuestionType::kShortText ? 200 : 2000);
      forbid({"options", "rows", "scale", "min", "max", "threshold"});
      break;
    }
  }
  if (auto it = o.find("threshold"); it != o.end()) {
    const json::value& t = it->value();
    if (!t.is_number() || t.to_number<double>() <= 0 || t.to_number<double>() >= 1) Bad(prefix + "threshold");
    q.threshold = t.to_number<double>();
  }
  if (auto it = o.find("clauses"); it != o.end()) {
    if (!it->value().is_array() || it->value().as_array().size() > 20) Bad(prefix + "clauses");
    for (const json::value& c : it->value().as_array()) {
      if (!c.is_string() || !ValidClause(c.as_string())) Bad(prefix + "clauses");
      q.clauses.emplace_back(c.as_string());
    }
  }
  if (auto it = o.find("indicator_code"); it != o.end()) {
    if (!it->value().is_string() || it->value().as_string().empty() || it->value().as_string().size() > 32)
      Bad(prefix + "indicator_code");
    q.indicator_code = std::string(it->value().as_string());
  }
  return q;
}

json::object TextJson(const Text& t) { return {{"vi", t.vi}, {"en", t.en}}; }

json::array TextsJson(const std::vector<Text>& texts) {
  json::array out;
  for (const Text& t : texts) out.push_back(TextJson(t));
  return out;
}

}  // namespace

std::string_view QuestionTypeName(QuestionType type) {
  for (const TypeName& t : kTypes)
    if (t.type == type) return t.name;
  return "likert";
}

std::optional<QuestionType> ParseQuestionType(std::string_view name) {
  for (const TypeName& t : kTypes)
    if (name == t.name) return t.type;
  return std::nullopt;
}

const std::vector<std::string>& QuestionTypeNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const TypeName& t : kTypes) out.emplace_back(t.name);
    return out;
  }();
  return names;
}

const std::vector<Text>& DefaultLikertScale() {
  static const std::vector<Text> scale = {{"Rất không hài lòng", "Very dissatisfied"},
                                          {"Không hài lòng", "Dissatisfied"},
                                          {"Bình thường", "Neither satisfied nor dissatisfied"},
                                          {"Hài lòng", "Satisfied"},
                                          {"Rất hài lòng", "Very satisfied"}};
  return scale;
}

bool HasScale(QuestionType type) {
  return type == QuestionType::kLikert || type == QuestionType::kRecommend || type == QuestionType::kGrid ||
         type == QuestionType::kNumber;
}

bool HasIndex(QuestionType type) {
  return type == QuestionType::kLikert || type == QuestionType::kRecommend || type == QuestionType::kGrid;
}

std::pair<long long, long long> Bounds(const Question& q) {
  switch (q.type) {
    case QuestionType::kLikert:
    case QuestionType::kGrid:
      return {1, 5};
    case QuestionType::kRecommend:
      return {0, 10};
    case QuestionType::kNumber:
      return {q.min, q.max};
    case QuestionType::kSingle:
    case QuestionType::kMultiple:
      return {0, (long long)q.options.size() - 1};
    default:
      return {0, -1};
  }
}

bool IsTopTwo(const Question& q, long long value) {
  if (!HasIndex(q.type)) return false;
  return value >= Bounds(q).second - 1;
}

const Question* Definition::Find(const std::string& key) const {
  for (const Section& s : sections)
    for (const Question& q : s.questions)
      if (q.key == key) return &q;
  return nullptr;
}

std::vector<const Question*> Definition::Questions() const {
  std::vector<const Question*> out;
  for (const Section& s : sections)
    for (const Question& q : s.questions) out.push_back(&q);
  return out;
}

Definition Parse(const json::value& v) {
  const json::object& o = ObjectAt(v, "definition");
  OnlyKeys(o, {"title", "intro", "sections"}, "definition.");
  Definition d;
  d.title = ParseText(Member(o, "title", "definition."), "definition.title", 300);
  if (o.contains("intro")) d.intro = ParseText(o.at("intro"), "definition.intro", 2000, false);
  const json::value& sections = Member(o, "sections", "definition.");
  if (!sections.is_array() || sections.as_array().empty() || sections.as_array().size() > 30)
    Bad("definition.sections");
  std::set<std::string> keys;
  size_t count = 0;
  for (size_t i = 0; i < sections.as_array().size(); ++i) {
    std::string field = "definition.sections[" + std::to_string(i) + "]";
    const json::object& so = ObjectAt(sections.as_array()[i], field);
    OnlyKeys(so, {"title", "questions"}, field + ".");
    Section s;
    s.title = ParseText(Member(so, "title", field + "."), field + ".title", 300);
    const json::value& questions = Member(so, "questions", field + ".");
    if (!questions.is_array() || questions.as_array().empty()) Bad(field + ".questions");
    for (size_t j = 0; j < questions.as_array().size(); ++j) {
      std::string qfield = field + ".questions[" + std::to_string(j) + "]";
      Question q = ParseQuestion(questions.as_array()[j], qfield);
      if (!keys.insert(q.key).second) Fail(422, "conflict.duplicate", qfield + ".key");
      if (++count > kMaxQuestions) Bad(field + ".questions");
      s.questions.push_back(std::move(q));
    }
    d.sections.push_back(std::move(s));
  }
  return d;
}

json::object ToJson(const Definition& d) {
  json::array sections;
  for (const Section& s : d.sections) {
    json::array questions;
    for (const Question& q : s.questions) {
      json::object o{{"key", q.key}, {"type", QuestionTypeName(q.type)}, {"text", TextJson(q.text)},
                     {"required", q.required}};
      if (!q.options.empty()) o["options"] = TextsJson(q.options);
      if (!q.rows.empty()) o["rows"] = TextsJson(q.rows);
      if (!q.scale.empty()) o["scale"] = TextsJson(q.scale);
      if (q.type == QuestionType::kNumber) {
        o["min"] = q.min;
        o["max"] = q.max;
      }
      if (q.max_length) o["max_length"] = static_cast<long long>(q.max_length);
      if (q.threshold) o["threshold"] = *q.threshold;
      if (!q.clauses.empty()) {
        json::array clauses;
        for (const auto& c : q.clauses) clauses.emplace_back(c);
        o["clauses"] = std::move(clauses);
      }
      if (q.indicator_code) o["indicator_code"] = *q.indicator_code;
      questions.push_back(std::move(o));
    }
    sections.push_back(json::object{{"title", TextJson(s.title)}, {"questions", std::move(questions)}});
  }
  return {{"title", TextJson(d.title)}, {"intro", TextJson(d.intro)}, {"sections", std::move(sections)}};
}

}  // namespace eduims::surveys
