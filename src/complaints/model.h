// Complaints and appeals from learners, parents and others (issue 19): the record, its categories (shipped as data),
// its deadlines, its tracking code and what each reader is shown of it. Plain values and rules, no I/O.
//
// Confidentiality: the complainant's name and contact are shown only to those who manage complaints on the unit;
// the audit trail never holds them, and the complainant's page never shows notes or who handles the complaint.
#pragma once
#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "complaints/workflow.h"
#include "platform/db/database.h"
#include "platform/i18n/language.h"

namespace eduims::complaints {

struct Category {
  std::string code, vi, en;
};
// The categories of data/complaints/categories.json, in its order.
const std::vector<Category>& Categories();
std::vector<std::string> CategoryCodes();
std::string CategoryLabel(const std::string& code, Language language);

const std::vector<std::string>& Kinds();          // complaint, appeal (against an assessment result)
const std::vector<std::string>& Channels();       // web, phone, letter, in_person, mail
const std::vector<std::string>& StaffChannels();  // the channels staff enter a complaint for: all but web
const std::vector<std::string>& Outcomes();       // upheld, partly_upheld, not_upheld
const std::vector<std::string>& AppealOutcomes();  // upheld, rejected

// Days from receipt to the acknowledgement and to the response; from the appeal to its decision the response days.
// Version 0: the organisation has not changed the shipped defaults.
struct Deadlines {
  int acknowledge_days = 5, response_days = 30;
  long long version = 0;
};
// `date` ("YYYY-MM-DD") plus `days` calendar days.
std::string DueAfter(const std::string& date, int days);

struct Complaint {
  db::Id id = 0;
  db::Id unit_id = 0;
  std::string kind = "complaint", category, channel, text;
  std::optional<std::string> complainant_name, complainant_contact;
  std::optional<db::Id> subject_user_id;  // the member of staff the complaint is about
  std::optional<db::Id> handler_id, decider_id;
  Status status = Status::kReceived;
  std::string received_on, acknowledge_due, response_due;
  std::optional<std::string> acknowledged_at, responded_at, response, outcome;
  std::optional<bool> accepted;  // the complainant's acceptance of the response, at closure without appeal
  std::optional<std::string> appeal_text, appealed_at, appeal_due, decision, appeal_outcome, decided_at, closed_at;
  std::optional<db::Id> nonconformity_id;
  std::string code_hash;
  std::optional<db::Id> created_by;
  long long version = 1;
  std::string created_at, updated_at;
};

// A note of the investigation, seen by the complaint's handlers and managers only.
struct Note {
  db::Id id = 0;
  db::Id complaint_id = 0;
  std::optional<db::Id> author_id;
  std::string text, created_at;
};

// The deadlines of `complaint` passed before `today`, each with its due date: ("acknowledgement", due), ("response",
// due), ("appeal", due), in that order.
std::vector<std::pair<std::string, std::string>> PassedDeadlines(const Complaint& complaint, const std::string& today);
// The first of them, or none.
std::optional<std::string> OverdueDeadline(const Complaint& complaint, const std::string& today);

// A new tracking code: 20 characters of Crockford's base32 (100 random bits) in groups of five, easy to read out
// on the phone and impossible to guess.
std::string NewTrackingCode();
// The code as typed (any case, with or without dashes and spaces, O for 0 and I or L for 1) in its canonical form,
// or nullopt if it cannot be one.
std::optional<std::string> CanonicalCode(const std::string& typed);
// What is stored of a canonical code: its SHA-256, so the register holds no code a reader could use.
std::string CodeHash(const std::string& canonical_code);

// The complaint as staff see it; the complainant's identity only if `show_identity`.
boost::json::object ToJson(const Complaint& complaint, const std::string& today, bool show_identity);
// The complaint as the audit trail keeps it: never the complainant's identity.
std::string AuditJson(const Complaint& complaint);
boost::json::object ToJson(const Note& note);
boost::json::object ToJson(const Deadlines& deadlines);

}  // namespace eduims::complaints
