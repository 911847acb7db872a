#include "planning/matrix_model.h"

#include <algorithm>
#include <stdexcept>

#include "platform/embedded.h"
#include "platform/problem.h"
#include "platform/validation.h"

namespace eduims::planning {
namespace {

namespace json = boost::json;

constexpr size_t kMaxLabel = 100;

// Malformed data: a ProblemError naming `field` when it comes from a request, std::runtime_error for a shipped file.
struct Reader {
  bool from_request;
  [[noreturn]] void Bad(const std::string& field) const {
    if (from_request) Fail(422, "risks.matrix_invalid", field);
    throw std::runtime_error("risk matrix: bad " + field);
  }
  const json::object& Object(const json::value& v, const std::string& field) const {
    if (!v.is_object()) Bad(field);
    return v.get_object();
  }
  const json::array& Array(const json::object& o, const char* key, const std::string& field) const {
    auto* v = o.if_contains(key);
    if (!v || !v->is_array()) Bad(field);
    return v->get_array();
  }
  std::string Text(const json::object& o, const char* key, const std::string& field, size_t max) const {
    auto* v = o.if_contains(key);
    if (!v || !v->is_string()) Bad(field);
    std::string text(v->get_string());
    if (TextProblem(field, text, max, true)) Bad(field);
    return text;
  }
  int Int(const json::object& o, const char* key, const std::string& field) const {
    auto* v = o.if_contains(key);
    if (!v || !v->is_int64() || v->as_int64() < 1 || v->as_int64() > 1000) Bad(field);
    return int(v->as_int64());
  }
  Label LabelOf(const json::value& v, const std::string& field) const {
    const json::object& o = Object(v, field);
    return {Text(o, "vi", field + ".vi", kMaxLabel), Text(o, "en", field + ".en", kMaxLabel)};
  }
};

bool IsColour(const std::string& c) {
  return c.size() == 7 && c[0] == '#' &&
         std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
}

std::string Indexed(const std::string& field, size_t i) { return field + "[" + std::to_string(i) + "]"; }

std::vector<Step> ParseSteps(const Reader& r, const json::object& o, const char* key) {
  std::vector<Step> out;
  const json::array& steps = r.Array(o, key, key);
  for (size_t i = 0; i < steps.size(); ++i) {
    const json::object& step = r.Object(steps[i], Indexed(key, i));
    Step s{r.Int(step, "value", Indexed(key, i) + ".value"), r.LabelOf(step.at("label"), Indexed(key, i) + ".label")};
    if (s.value != int(i) + 1) r.Bad(Indexed(key, i) + ".value");
    out.push_back(std::move(s));
  }
  if (out.size() < 2 || out.size() > 10) r.Bad(key);
  return out;
}

std::vector<Band> ParseBands(const Reader& r, const json::array& bands, int max_score) {
  std::vector<Band> out;
  for (size_t i = 0; i < bands.size(); ++i) {
    std::string field = Indexed("bands", i);
    const json::object& o = r.Object(bands[i], field);
    Band b;
    b.level = r.Text(o, "level", field + ".level", 32);
    b.min = r.Int(o, "min", field + ".min");
    b.max = r.Int(o, "max", field + ".max");
    b.process_risk_level = r.Text(o, "process_risk_level", field + ".process_risk_level", 16);
    if (b.process_risk_level != "low" && b.process_risk_level != "medium" && b.process_risk_level != "high")
      r.Bad(field + ".process_risk_level");
    b.colour = r.Text(o, "colour", field + ".colour", 7);
    if (!IsColour(b.colour)) r.Bad(field + ".colour");
    auto* label = o.if_contains("label");
    if (!label) r.Bad(field + ".label");
    b.label = r.LabelOf(*label, field + ".label");
    for (const Band& other : out)
      if (other.level == b.level) r.Bad(field + ".level");
    // Bands come in score order, each starting where the one before ended.
    int expected_min = out.empty() ? 1 : out.back().max + 1;
    if (b.min != expected_min) r.Bad(field + ".min");
    if (b.max < b.min || b.max > max_score) r.Bad(field + ".max");
    out.push_back(std::move(b));
  }
  if (out.empty() || out.back().max != max_score) r.Bad("bands");
  return out;
}

json::object LabelJson(const Label& l) { return {{"vi", l.vi}, {"en", l.en}}; }

json::array StepsJson(const std::vector<Step>& steps) {
  json::array out;
  for (const Step& s : steps) out.push_back(json::object{{"value", s.value}, {"label", LabelJson(s.label)}});
  return out;
}

}  // namespace

bool Matrix::Contains(int l, int i) const {
  return l >= 1 && i >= 1 && l <= int(likelihood.size()) && i <= int(impact.size());
}

const Band& Matrix::BandOf(int score) const {
  for (const Band& b : bands)
    if (score >= b.min && score <= b.max) return b;
  return bands.back();
}

const Band* Matrix::FindBand(std::string_view level) const {
  for (const Band& b : bands)
    if (b.level == level) return &b;
  return nullptr;
}

const std::vector<std::string>& ShippedMatrixCodes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    const std::string_view prefix = "data/risk_matrices/";
    for (const auto& file : embedded::Files())
      if (file.path.starts_with(prefix) && file.path.ends_with(".json"))
        out.emplace_back(file.path.substr(prefix.size(), file.path.size() - prefix.size() - 5));
    return out;
  }();
  return codes;
}

std::optional<Matrix> ShippedMatrix(std::string_view code) {
  if (std::find(ShippedMatrixCodes().begin(), ShippedMatrixCodes().end(), code) == ShippedMatrixCodes().end())
    return std::nullopt;
  auto text = embedded::Find("data/risk_matrices/" + std::string(code) + ".json");
  return ParseMatrix(json::parse(*text));
}

Matrix ParseMatrix(const json::value& value) {
  Reader r{false};
  const json::object& o = r.Object(value, "matrix");
  Matrix m;
  m.code = r.Text(o, "code", "code", 16);
  auto* name = o.if_contains("name");
  if (!name) r.Bad("name");
  m.name = r.LabelOf(*name, "name");
  m.likelihood = ParseSteps(r, o, "likelihood");
  m.impact = ParseSteps(r, o, "impact");
  m.bands = ParseBands(r, r.Array(o, "bands", "bands"), m.MaxScore());
  return m;
}

Matrix WithOverrides(Matrix m, const json::object& overrides) {
  Reader r{true};
  for (const auto& [key, value] : overrides)
    if (key != "likelihood" && key != "impact" && key != "bands") r.Bad("overrides." + std::string(key));
  for (auto [key, steps] : {std::pair{"likelihood", &m.likelihood}, {"impact", &m.impact}}) {
    auto* labels = overrides.if_contains(key);
    if (!labels) continue;
    std::string field = "overrides." + std::string(key);
    if (!labels->is_array() || labels->get_array().size() != steps->size()) r.Bad(field);
    for (size_t i = 0; i < steps->size(); ++i) (*steps)[i].label = r.LabelOf(labels->get_array()[i], Indexed(field, i));
  }
  if (auto* bands = overrides.if_contains("bands")) {
    if (!bands->is_array()) r.Bad("overrides.bands");
    try {
      m.bands = ParseBands(r, bands->get_array(), m.MaxScore());
    } catch (const ProblemError& e) {
      Fail(422, "risks.matrix_invalid", "overrides." + e.problem().field);
    }
  }
  return m;
}

json::object ToJson(const Matrix& m) {
  json::array bands;
  for (const Band& b : m.bands)
    bands.push_back(json::object{{"level", b.level},
                                 {"min", b.min},
                                 {"max", b.max},
                                 {"process_risk_level", b.process_risk_level},
                                 {"colour", b.colour},
                                 {"label", LabelJson(b.label)}});
  return {{"code", m.code},
          {"name", LabelJson(m.name)},
          {"likelihood", StepsJson(m.likelihood)},
          {"impact", StepsJson(m.impact)},
          {"bands", std::move(bands)}};
}

}  // namespace eduims::planning
