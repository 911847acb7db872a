// Competence (ISO 21001 / ISO 9001 7.2, issue 20): the catalogue (shipped as data, extended by the organisation),
// what a role in a unit requires, what a person holds and how, and the competence matrix of a unit subtree. Plain
// values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "platform/i18n/language.h"

namespace eduims::people {

struct Competence {
  std::string code, category, vi, en;
  std::vector<std::string> clauses;  // the ISO 21001 clauses it answers
  std::optional<std::string> auditor_of;  // the standard ("iso-21001") whose internal audits it qualifies for
  // An organisation's own competence: its row and the unit that added it; none for a shipped one.
  std::optional<db::Id> id, unit_id;
};

// The shipped competences of data/competences/catalogue.json, in its order.
const std::vector<Competence>& ShippedCompetences();
const Competence* FindShipped(const std::string& code);
const std::vector<std::string>& Categories();  // teaching, awareness, auditing, management, care, other
const std::vector<std::string>& Methods();     // training, qualification, experience, assessment
// True for a code an organisation may give its own competence: 3 to 60 of a-z, 0-9, '_' and '-', starting with a
// letter.
bool ValidCode(const std::string& code);
// The code of the internal auditor competence for the standard `standard_code` ("iso-21001-2018" or "iso-21001"):
// nullopt if no shipped competence qualifies auditors of it.
std::optional<std::string> AuditorCompetenceFor(const std::string& standard_code);
inline constexpr const char* kLeadAuditor = "lead_auditor";

struct Requirement {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string unit_path;  // derived
  std::string competence_code;
  std::string role;  // "" for everyone whose home unit is in the unit's subtree
  std::optional<db::Id> created_by;
  std::string created_at;
};

struct Holding {
  db::Id id = 0;
  db::Id user_id = 0;
  std::string competence_code, method;
  std::string granted_on;
  std::optional<std::string> expires_on, note;
  std::optional<db::Id> session_id;
  std::optional<db::Id> created_by;
  std::string created_at;
};

inline constexpr int kExpiringDays = 90;
// Held on `today`: granted on or before it and not expired before it.
bool InForce(const Holding& h, const std::string& today);
// In force on `today` and lapsing within kExpiringDays of it.
bool Expiring(const Holding& h, const std::string& today);

// One person as the matrix counts them.
struct Person {
  db::Id user_id = 0;
  std::string full_name;
  db::Id unit_id = 0;
  std::string unit_path, unit_name;
  std::set<std::string> roles;
};

// A person's standing on one competence.
struct Cell {
  std::string code;
  bool required = false, held = false, expiring = false;
  std::optional<std::string> expires_on;  // of the holding lasting longest, when held
};

// Requirements by the path of the unit they are set on: a person's are found by walking their unit's path, whatever
// the number of units that set some (a province's matrix looks them up for every person).
class RequirementIndex {
 public:
  explicit RequirementIndex(const std::vector<Requirement>& requirements);
  // Those set on the unit at `unit_path` or above it.
  std::vector<const Requirement*> On(const std::string& unit_path) const;

 private:
  std::map<std::string, std::vector<Requirement>> by_path_;
};

// The competences `requirements` ask of `person`: those set on a unit on the path to their home unit, for everyone
// or for a role they hold. Sorted by code.
std::vector<std::string> RequiredOf(const Person& person, const RequirementIndex& requirements);
// `person`'s cells over the codes required of them or held by them, by code.
std::vector<Cell> CellsOf(const Person& person, const RequirementIndex& requirements,
                          const std::vector<Holding>& holdings, const std::string& today);

struct Totals {
  long long required = 0, held = 0, gaps = 0, expiring = 0;  // held and expiring count only the required
};
// Adds `cells` to the totals of each code.
void Count(const std::vector<Cell>& cells, std::map<std::string, Totals>& totals);

// The organisation's choices; version 0: the shipped defaults.
struct Settings {
  std::string auditor_qualification = "warn";  // or "refuse"
  long long version = 0;
};
const std::vector<std::string>& QualificationModes();  // warn, refuse

std::string Name(const Competence& c, Language language);
boost::json::object ToJson(const Competence& c);
boost::json::object ToJson(const Requirement& r);
boost::json::object ToJson(const Holding& h, const std::string& today);
boost::json::object ToJson(const Cell& c);
boost::json::object ToJson(const Settings& s);
std::string AuditJson(const Holding& h);

}  // namespace eduims::people
