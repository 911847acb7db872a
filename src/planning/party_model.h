// Interested parties (ISO 21001 / ISO 9001 clause 4.2): per unit, each party of a class of the shipped
// classification, its needs and expectations, the relevance decision, and the requirements the unit takes on
// (compliance obligations with their reference) with how each is monitored. ISO 21001 makes some classes mandatory
// (learners, other beneficiaries, staff): a party of such a class is always relevant. Plain values, no I/O.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "platform/db/database.h"

namespace eduims::planning {

struct PartyClass {
  std::string code;
  bool mandatory = false;
  std::string name_vi, name_en;
};

struct InterestedParty {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string class_code, name, needs;
  bool mandatory = false;  // of its class
  bool relevant = true;
  std::string relevance_reason;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
};

// "survey", "meeting", "complaint_channel", "report", "inspection", "other".
const std::vector<std::string>& MonitoringMethods();

struct PartyRequirement {
  db::Id id = 0;
  db::Id party_id = 0;
  std::string text;
  bool adopted = true;  // the organisation takes it on as a requirement
  bool compliance_obligation = false;
  std::string obligation_reference;  // e.g. "Thông tư 32/2020/TT-BGDĐT"
  std::string monitoring, monitoring_note;
  long long version = 1;
  std::optional<db::Id> created_by;
  std::string created_at, updated_at;
  std::optional<std::string> archived_at;
};

boost::json::object ToJson(const PartyClass& c);
boost::json::object ToJson(const InterestedParty& p);
boost::json::object ToJson(const PartyRequirement& r);

}  // namespace eduims::planning
