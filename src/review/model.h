// A management review (ISO 9001 / ISO 21001 9.3): top management's planned review of a unit's integrated
// management system over a period, its inputs frozen when the meeting opens, the notes and decisions of the meeting,
// and its approved minutes. Plain data and rules; no I/O.
#pragma once
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"
#include "review/agenda.h"
#include "review/workflow.h"

namespace eduims::review {

struct Participant {
  db::Id user_id = 0;
  bool top_management = false;  // holds the top management role on the review's unit (checked when named)
};

// improvement: decisions on opportunities for improvement; change: any need for changes to the system;
// resources: resource needs (9.3.3 a-c).
const std::vector<std::string>& OutputKinds();

struct Output {
  std::string kind, decision;
  std::string raised_type;  // "action" or "improvement"
  db::Id raised_id = 0;
};

struct Review {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string title;
  std::string period_from, period_to, planned_on;  // "YYYY-MM-DD"
  ReviewStatus status = ReviewStatus::kPlanned;
  std::vector<Participant> participants;
  std::optional<std::vector<CompiledInput>> inputs;  // the snapshot, once the meeting opened
  std::optional<std::string> opened_at;
  std::map<std::string, std::string> notes;  // by agenda key
  std::string conclusions;
  std::vector<Output> outputs;
  std::optional<std::string> held_at;
  std::optional<db::Id> approved_by;
  std::optional<std::string> approved_at;
  std::optional<db::Id> record_id;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;

  bool HasTopManagement() const;
};

// The review as the API returns it; the snapshot only when `with_inputs` (lists leave it out).
boost::json::object ToJson(const Review& review, bool with_inputs);

// The JSON columns, both ways.
std::string ParticipantsText(const std::vector<Participant>& participants);
std::vector<Participant> ParticipantsFrom(const std::string& text);
std::string InputsText(const std::vector<CompiledInput>& inputs);
std::vector<CompiledInput> InputsFrom(const std::string& text);
std::string NotesText(const std::map<std::string, std::string>& notes);
std::map<std::string, std::string> NotesFrom(const std::string& text);
std::string OutputsText(const std::vector<Output>& outputs);
std::vector<Output> OutputsFrom(const std::string& text);

}  // namespace eduims::review
