// The risks and opportunities register (ISO 21001 and ISO 9001 clause 6.1): one entry per risk or opportunity of a
// unit (and optionally one of its processes), with where it comes from, its cause and consequence, its inherent and
// residual rating on the organisation's matrix (planning/matrix_model.h), its owner, its treatment and the next
// review. Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planning/matrix_model.h"
#include "platform/db/database.h"

namespace eduims::planning {

enum class Kind { kRisk, kOpportunity };
std::string_view KindName(Kind kind);
std::optional<Kind> ParseKind(std::string_view name);
const std::vector<std::string>& KindNames();

// What the entry was identified from (a process, an internal or external issue, an interested party's requirement).
enum class SourceKind { kProcess, kContextIssue, kPartyRequirement, kOther };
std::string_view SourceKindName(SourceKind kind);
std::optional<SourceKind> ParseSourceKind(std::string_view name);
const std::vector<std::string>& SourceKindNames();

// A risk is avoided, reduced, shared or accepted; an opportunity pursued or not.
enum class Treatment { kAvoid, kReduce, kShare, kAccept, kPursue, kNotPursue };
std::string_view TreatmentName(Treatment treatment);
std::optional<Treatment> ParseTreatment(std::string_view name);
const std::vector<std::string>& TreatmentNames();
bool TreatmentFits(Kind kind, Treatment treatment);

struct Rating {
  int likelihood = 0, impact = 0;
  int Score() const { return likelihood * impact; }
};

struct Risk {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::optional<db::Id> process_id;
  Kind kind = Kind::kRisk;
  SourceKind source_kind = SourceKind::kOther;
  std::optional<db::Id> source_id;  // none for kOther
  std::string title, cause, consequence;
  Rating inherent;
  std::optional<Rating> residual;
  std::optional<db::Id> owner_id;
  std::optional<Treatment> treatment;
  std::string treatment_plan;
  std::optional<std::string> next_review_date, last_reviewed_on;  // "YYYY-MM-DD"
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;

  // The rating that stands now: the residual once rated, else the inherent.
  const Rating& Current() const { return residual ? *residual : inherent; }
};

// One rating as it was given, for the history every rating leaves.
struct RatingEntry {
  std::string stage;  // "inherent" or "residual"
  std::string matrix_code;
  Rating rating;
  std::optional<db::Id> rated_by;
  std::string rated_at;
};

// The process risk level ("low", "medium", "high") a process's register gives it: the highest of the bands of its
// live risks' current ratings; none if it has no live risk (opportunities do not count).
std::optional<std::string> ProcessRiskLevel(const std::vector<Risk>& risks, const Matrix& matrix);

// The risk's JSON object with its current and each rating's band level ("level") on `matrix`; `today`
// ("YYYY-MM-DD") decides whether its review is overdue.
boost::json::object ToJson(const Risk& risk, const Matrix& matrix, const std::string& today);

}  // namespace eduims::planning
