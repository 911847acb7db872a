// Risk matrices as data (data/risk_matrices/): the scales of likelihood and impact, each step with a label in
// Vietnamese and English, and the rating bands, each a range of scores (likelihood × impact) with a level, a label,
// a colour and the process risk level it stands for (which drives the audit programme's frequency). The 3×3 and
// 5×5 matrices are shipped; an organisation picks one and may override its labels, colours and bands. Plain values
// and rules, no I/O (the shipped files are compiled into the binary).
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eduims::planning {

struct Label {
  std::string vi, en;
};

struct Step {
  int value = 0;
  Label label;
};

struct Band {
  std::string level;               // "low", "medium", ...: stable, what filters and the process level name
  int min = 0, max = 0;            // scores, both included
  std::string process_risk_level;  // "low", "medium" or "high"
  std::string colour;              // "#rrggbb"
  Label label;
};

struct Matrix {
  std::string code;  // "3x3", "5x5"
  Label name;
  std::vector<Step> likelihood, impact;  // values 1..n in order
  std::vector<Band> bands;               // by score, covering 1..likelihood×impact without gap or overlap

  int MaxScore() const { return int(likelihood.size() * impact.size()); }
  bool Contains(int likelihood_value, int impact_value) const;
  // The band of a score. REQUIRES: 1 <= score <= MaxScore().
  const Band& BandOf(int score) const;
  const Band* FindBand(std::string_view level) const;
};

// The codes of the shipped matrices, in file order ("3x3", "5x5").
const std::vector<std::string>& ShippedMatrixCodes();
// A shipped matrix; nullopt for an unknown code.
std::optional<Matrix> ShippedMatrix(std::string_view code);

// Parses a matrix file. Throws std::runtime_error if it is malformed (shipped data is checked by its tests).
Matrix ParseMatrix(const boost::json::value& value);

// The matrix with an organisation's overrides applied. `overrides` may hold "likelihood" and "impact" (arrays of
// {"vi", "en"} labels, one per step) and "bands" (the whole set of bands, as in the files). Throws ProblemError
// 422 risks.matrix_invalid naming the offending field if they do not fit the matrix (wrong number of labels, blank or
// over-long label, colour not #rrggbb, a process level other than low/medium/high, duplicate levels, bands that
// leave a score out or overlap).
Matrix WithOverrides(Matrix base, const boost::json::object& overrides);

// {"code", "name", "likelihood": [{"value", "label"}], "impact": [...], "bands": [...]} as the files hold it.
boost::json::object ToJson(const Matrix& matrix);

}  // namespace eduims::planning
