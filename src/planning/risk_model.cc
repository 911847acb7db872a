#include "planning/risk_model.h"

#include <algorithm>

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

json::object RatingJson(const Rating& r, const Matrix& m) {
  return {{"likelihood", r.likelihood},
          {"impact", r.impact},
          {"score", r.Score()},
          {"level", m.Contains(r.likelihood, r.impact) ? json::value(m.BandOf(r.Score()).level) : json::value()}};
}

template <class T>
json::value OrNull(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value();
}

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
  return {{"id", r.id},
          {"unit_id", r.unit_id},
          {"process_id", OrNull(r.process_id)},
          {"kind", KindName(r.kind)},
          {"source_kind", SourceKindName(r.source_kind)},
          {"source_id", OrNull(r.source_id)},
          {"title", r.title},
          {"cause", r.cause},
          {"consequence", r.consequence},
          {"inherent", RatingJson(r.inherent, m)},
          {"residual", r.residual ? json::value(RatingJson(*r.residual, m)) : json::value()},
          {"level", RatingJson(r.Current(), m).at("level")},
          {"owner_id", OrNull(r.owner_id)},
          {"treatment", r.treatment ? json::value(TreatmentName(*r.treatment)) : json::value()},
          {"treatment_plan", r.treatment_plan},
          {"next_review_date", OrNull(r.next_review_date)},
          {"last_reviewed_on", OrNull(r.last_reviewed_on)},
          {"review_overdue", !r.archived_at && r.next_review_date && *r.next_review_date < today},
          {"version", r.version},
          {"created_by", OrNull(r.created_by)},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at},
          {"archived_at", OrNull(r.archived_at)}};
}

}  // namespace eduims::planning
