// Recruitment (ISO 21001 7.1.2, issue 20): how a unit recruits for a position (its process) and each recruitment run
// by it, with its selection panel, the people appointed and its workflow status. Plain values and rules, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "recruitment/workflow.h"

namespace eduims::recruitment {

struct Process {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string unit_path;  // derived
  std::string position;
  std::vector<std::string> competences;  // codes of the competence catalogue the position requires
  std::string criteria;
  std::vector<std::string> steps;
  std::optional<db::Id> document_id;  // the controlled document describing it
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
};

// Someone appointed: a user of the system, or a person named (a new teacher has no account yet).
struct Appointee {
  std::optional<db::Id> user_id;
  std::string name;
};

struct Recruitment {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string unit_path;  // derived
  db::Id process_id = 0;
  std::string position;   // derived: the process's
  std::string title;
  long long vacancies = 1;
  std::string opened_on;
  std::string method;
  std::vector<db::Id> panel;
  long long candidates = 0;
  std::optional<std::string> decided_on;
  std::vector<Appointee> appointed;
  std::string outcome;
  Status status = Status::kPlanned;
  std::optional<std::string> cancel_reason, archived_at;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
};

// examination (thi tuyển), selection (xét tuyển), direct (tiếp nhận), contract (hợp đồng lao động).
const std::vector<std::string>& Methods();

// True if `user_id` sits on the recruitment's selection panel.
bool OnPanel(const Recruitment& r, db::Id user_id);

std::string PanelText(const std::vector<db::Id>& panel);
std::vector<db::Id> PanelOf(const std::string& text);
std::string AppointedText(const std::vector<Appointee>& appointed);
std::vector<Appointee> AppointedOf(const std::string& text);

boost::json::object ToJson(const Process& p);
boost::json::object ToJson(const Recruitment& r);
std::string AuditJson(const Process& p);
std::string AuditJson(const Recruitment& r);

}  // namespace eduims::recruitment
