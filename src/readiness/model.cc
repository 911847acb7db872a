#include "readiness/model.h"

#include <algorithm>

namespace eduims::readiness {
namespace {

constexpr int kPartialAtBest = 40;
constexpr int kImplementedAtBest = 80;

int PointsOf(Assessment assessment) {
  switch (assessment) {
    case Assessment::kNotStarted: return 0;
    case Assessment::kPartial: return 40;
    case Assessment::kImplemented: return 80;
    case Assessment::kVerified: return 100;
  }
  return 0;
}

}  // namespace

const std::vector<std::string>& AssessmentNames() {
  static const std::vector<std::string> names = {"not_started", "partial", "implemented", "verified"};
  return names;
}

std::string AssessmentName(Assessment assessment) { return AssessmentNames()[size_t(assessment)]; }

std::optional<Assessment> ParseAssessment(std::string_view name) {
  const auto& names = AssessmentNames();
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) return std::nullopt;
  return Assessment(it - names.begin());
}

std::string GapName(Gap gap) {
  switch (gap) {
    case Gap::kNotStarted: return "not_started";
    case Gap::kPartial: return "partial";
    case Gap::kNotVerified: return "not_verified";
    case Gap::kNoEvidence: return "no_evidence";
    case Gap::kMandatoryMissing: return "mandatory_missing";
    case Gap::kMandatoryInDraft: return "mandatory_in_draft";
    case Gap::kMandatoryOutOfDate: return "mandatory_out_of_date";
    case Gap::kOpenMajor: return "open_major_nonconformity";
    case Gap::kOpenMinor: return "open_minor_nonconformity";
    case Gap::kRegisterShortfall: return "register_shortfall";
  }
  return "";
}

ClauseScore Score(const ClauseFacts& f) {
  ClauseScore out;
  out.points = PointsOf(f.assessment);
  auto gap_if = [&](bool present, Gap gap, int cap) {
    if (!present) return;
    out.gaps.push_back(gap);
    out.points = std::min(out.points, cap);
  };
  switch (f.assessment) {
    case Assessment::kNotStarted: out.gaps.push_back(Gap::kNotStarted); break;
    case Assessment::kPartial: out.gaps.push_back(Gap::kPartial); break;
    case Assessment::kImplemented: out.gaps.push_back(Gap::kNotVerified); break;
    case Assessment::kVerified: break;
  }
  gap_if(f.documents + f.records + f.processes + f.registers == 0, Gap::kNoEvidence, kPartialAtBest);
  gap_if(f.mandatory_missing > 0, Gap::kMandatoryMissing, kPartialAtBest);
  gap_if(f.mandatory_in_draft > 0, Gap::kMandatoryInDraft, kPartialAtBest);
  gap_if(f.mandatory_out_of_date > 0, Gap::kMandatoryOutOfDate, kImplementedAtBest);
  gap_if(f.open_major > 0, Gap::kOpenMajor, kPartialAtBest);
  gap_if(f.open_minor > 0, Gap::kOpenMinor, kImplementedAtBest);
  gap_if(f.registers_short > 0, Gap::kRegisterShortfall, kImplementedAtBest);
  return out;
}

int Percent(const std::vector<int>& points) {
  if (points.empty()) return 0;
  long long sum = 0;
  for (int p : points) sum += p;
  long long n = static_cast<long long>(points.size());
  return int((2 * sum + n) / (2 * n));
}

}  // namespace eduims::readiness
