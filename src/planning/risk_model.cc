#include "planning/risk_model.h"

#include <algorithm>

#include "planning/risk_json.h"

namespace eduims::planning {
namespace {

namespace json = boost::json;

// Each enumeration's names, in the order of its values (which count from zero).
const std::vector<std::string> kKinds = {"risk", "opportunity"};
const std::vector<std::string> kSourceKinds = {"process", "context_issue", "party_requirement", "other"};
const std::vector<std::string> kTreatments = {"avoid", "reduce", "share", "accept", "pursue", "not_pursue"};

template <class Enum>
std::optional<Enum> ParseIn(const std::vector<std::string>& names, std::string_view name) {
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return Enum(it - names.begin());
}

int Rank(const std::string& process_level) { return process_level == "high" ? 2 : process_level == "medium" ? 1 : 0; }

}  // namespace

std::string_view KindName(Kind kind) { return kKinds[size_t(kind)]; }
std::optional<Kind> ParseKind(std::string_view name) { return ParseIn<Kind>(kKinds, name); }
const std::vector<std::string>& KindNames() { return kKinds; }

std::string_view SourceKindName(SourceKind kind) { return kSourceKinds[size_t(kind)]; }
std::optional<SourceKind> ParseSourceKind(std::string_view name) { return ParseIn<SourceKind>(kSourceKinds, name); }
const std::vector<std::string>& SourceKindNames() { return kSourceKinds; }

std::string_view TreatmentName(Treatment t) { return kTreatments[size_t(t)]; }
std::optional<Treatment> ParseTreatment(std::string_view name) { return ParseIn<Treatment>(kTreatments, name); }
const std::vector<std::string>& TreatmentNames() { return kTreatments; }

bool TreatmentFits(Kind kind, Treatment t) {
  bool for_opportunity = t == Treatment::kPursue || t == Treatment::kNotPursue;
  return for_opportunity == (kind == Kind::kOpportunity);
}

std::optional<std::string> ProcessRiskLevel(const std::vector<Risk>& risks, const Matrix& matrix) {
  std::optional<std::string> level;
  for (const Risk& r : risks) {
    if (r.kind != Kind::kRisk || r.archived_at || !matrix.Contains(r.Current().likelihood, r.Current().impact))
      continue;
    const std::string& band = matrix.BandOf(r.Current().Score()).process_risk_level;
    if (!level || Rank(band) > Rank(*level)) level = band;
  }
  return level;
}

json::object ToJson(const Risk& r, const Matrix& m, const std::string& today) {
  JsonWriter w;
  WriteJson(w, r, m, today);
  return json::parse(w.Take()).as_object();
}

}  // namespace eduims::planning
