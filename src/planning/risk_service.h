// The rules of the risks and opportunities register: who may see (kViewPlanning) and keep (kManagePlanning) which
// entries, by the unit subtree of the entry; what a valid entry is (a rating on the organisation's matrix, a
// treatment that fits a risk or an opportunity, an owner who may manage planning on the unit, a process the caller
// sees); the treatment actions, raised through the actions module; the nonconformities a risk materialised in,
// checked through the improvement module; the heat map; and the risk level of each process with live risks, set
// through the processes module. Every change is one transaction with its audit entry. Failures are ProblemError.
#pragma once
#include <boost/json.hpp>

#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "actions/service.h"
#include "improvement/service.h"
#include "org/service.h"
#include "planning/risk_model.h"
#include "planning/risk_store.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "processes/service.h"

namespace eduims::planning {

struct RiskInput {
  db::Id unit_id = 0;
  std::optional<db::Id> process_id;
  Kind kind = Kind::kRisk;
  SourceKind source_kind = SourceKind::kOther;
  std::optional<db::Id> source_id;
  std::string title, cause, consequence;
  Rating inherent;
  std::optional<Rating> residual;
  std::optional<db::Id> owner_id;  // the caller when absent
  std::optional<Treatment> treatment;
  std::string treatment_plan;
  std::optional<std::string> next_review_date;
};

struct RiskPatch {
  std::optional<std::string> title, cause, consequence, treatment_plan;
  bool process_present = false;
  std::optional<db::Id> process_id;
  std::optional<SourceKind> source_kind;
  bool source_id_present = false;
  std::optional<db::Id> source_id;
  std::optional<Rating> inherent;
  bool residual_present = false;
  std::optional<Rating> residual;
  std::optional<db::Id> owner_id;
  bool treatment_present = false;
  std::optional<Treatment> treatment;
  bool review_present = false;
  std::optional<std::string> next_review_date;
};

struct RiskFilter {
  std::optional<db::Id> unit_id, within, process_id, owner_id, nonconformity_id, source_id;
  std::optional<Kind> kind;
  std::optional<Treatment> treatment;
  std::optional<SourceKind> source_kind;
  std::optional<std::string> level;  // a band of the matrix
  bool review_overdue = false;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// An entry with what is listed with it.
struct RiskView {
  Risk risk;
  std::vector<RatingEntry> ratings;
  std::vector<actions::Action> actions;
  std::vector<db::Id> nonconformity_ids;
};

struct Heatmap {
  std::optional<db::Id> within;
  Kind kind = Kind::kRisk;
  std::vector<risk_store::HeatCell> cells;
};

struct MatrixView {
  Matrix matrix;  // with the overrides applied
  risk_store::MatrixSettings settings;
};

class RiskService {
 public:
  // The source type of the actions that treat an entry; reserved in the actions module.
  static constexpr const char* kActionSource = "risk";

  RiskService(db::Database& db, org::OrgService& org, processes::ProcessService& processes,
              actions::ActionService& actions, improvement::NonconformityService& nonconformities);

  // The organisation's matrix as it stands; anyone logged in may read it (every screen that rates needs it).
  MatrixView GetMatrix();
  Matrix CurrentMatrix() { return GetMatrix().matrix; }
  // Changes the matrix (kManagePlanning on the organisation's root). `version` 0 when it was never set. Another
  // shipped matrix while live entries are rated on this one: 409 risks.matrix_in_use.
  MatrixView SetMatrix(const auth::Principal& who, const std::string& matrix_code,
                       const boost::json::object& overrides, long long version, const audit::Actor& actor);

  RiskView Get(const auth::Principal& who, db::Id id);
  std::vector<Risk> List(const auth::Principal& who, const RiskFilter& filter);
  Risk Create(const auth::Principal& who, const RiskInput& input, const audit::Actor& actor);
  Risk Update(const auth::Principal& who, db::Id id, long long version, const RiskPatch& patch,
              const audit::Actor& actor);
  // Records today's review and the next review date (after today).
  Risk Review(const auth::Principal& who, db::Id id, long long version, const std::string& next_review_date,
              const std::optional<std::string>& comment, const audit::Actor& actor);
  Risk Archive(const auth::Principal& who, db::Id id, const audit::Actor& actor);
  // A treatment action of the entry, in its unit, through the actions module (kManagePlanning on the entry's unit
  // and the actions module's own checks).
  actions::Action AddAction(const auth::Principal& who, db::Id id, actions::ActionInput input,
                            const audit::Actor& actor);
  // Names a nonconformity the caller sees in which the risk materialised.
  RiskView LinkNonconformity(const auth::Principal& who, db::Id id, db::Id nonconformity_id,
                             const audit::Actor& actor);
  // Live entries of `kind` per cell of the matrix, over the subtree of `within` (else everything the caller sees).
  Heatmap HeatmapOf(const auth::Principal& who, std::optional<db::Id> within, Kind kind);

  // Recounts the heat map (after a unit moved; the benchmark's generator after writing entries directly).
  // REQUIRES: `s` is inside Database::Write on this service's database.
  void RebuildHeat(soci::session& s) { risk_store::RebuildHeat(s); }

 private:
  Matrix MatrixIn(soci::session& s);
  std::pair<Risk, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The entry's unit path, after checking `who` may manage planning there and the entry is live.
  std::pair<Risk, std::string> Managed(soci::session& s, const auth::Principal& who, db::Id id);
  void CheckOwner(const auth::Principal& who, db::Id owner_id, const std::string& unit_path);
  // The checks of an entry as it will be written that need the database: ratings on the matrix, the process and
  // the source.
  void CheckInWrite(soci::session& s, const auth::Principal& who, const Matrix& matrix, Risk& risk);
  // The level of each of `process_ids` from its live risks, through the processes module.
  void SyncProcesses(soci::session& s, const Matrix& matrix, std::vector<std::optional<db::Id>> process_ids,
                     const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
  processes::ProcessService& processes_;
  actions::ActionService& actions_;
  improvement::NonconformityService& nonconformities_;
  // The matrix last built from the settings, with the version it was built from.
  std::mutex matrix_mutex_;
  std::optional<std::pair<risk_store::MatrixSettings, Matrix>> matrix_;
};

}  // namespace eduims::planning
