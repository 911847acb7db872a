// The rules of complaints and appeals: who may record, see, handle and decide them (by unit subtree and the people
// a complaint names), the workflow with its guards, the complainant's own acts through the tracking code, the link
// to a nonconformity raised from a complaint, the statistics and the escalation of passed deadlines. Every change
// is one transaction with its audit entry, which never holds the complainant's identity. Failures are ProblemError.
#pragma once
#include <boost/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "complaints/model.h"
#include "complaints/public_page.h"
#include "improvement/service.h"
#include "readiness/report.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"

namespace eduims::complaints {

struct ComplaintInput {
  db::Id unit_id = 0;
  std::string kind = "complaint", category, channel, text;
  std::optional<std::string> complainant_name, complainant_contact;
  std::optional<db::Id> subject_user_id;
  std::optional<std::string> received_on;  // today when absent; staff may enter one received earlier
};

// A new complaint and its tracking code, which is shown this once and never stored.
struct Created {
  Complaint complaint;
  std::string code;
};

// A complaint as one caller sees it.
struct View {
  Complaint complaint;
  bool show_identity = false;
};

struct Filter {
  std::optional<db::Id> unit_id, within, handler_id, nonconformity_id;
  std::optional<Status> status;
  std::optional<std::string> category, kind;
  bool overdue = false;
  std::optional<db::Id> after;
  int limit = 50;
};

// Who handles, who decides the appeal, whom the complaint is about; each present field is set (null clears).
struct Assignment {
  long long version = 0;
  bool handler_present = false, decider_present = false, subject_present = false;
  std::optional<db::Id> handler_id, decider_id, subject_user_id;
};

struct StepInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> comment, response, outcome, appeal_text, decision, appeal_outcome;
  std::optional<bool> accepted;
};

struct NcRequest {
  long long version = 0;
  std::string title, description, severity;
  std::vector<db::Id> clause_ids;
};

struct EscalationRun {
  int escalated = 0;  // deadlines escalated by this call
  int notices = 0;    // mails queued for them
};

class ComplaintService {
 public:
  ComplaintService(db::Database& db, org::OrgService& org, improvement::NonconformityService& nonconformities)
      : db_(db), org_(org), nonconformities_(nonconformities) {}

  // A complaint received by phone, letter, in person or mail, entered by someone who records complaints on its unit.
  Created Record(const auth::Principal& who, const ComplaintInput& input, const audit::Actor& actor);
  // A complaint sent through the public form (channel web): no caller, and the audit trail records no address.
  Created Submit(const ComplaintInput& input);

  View Get(const auth::Principal& who, db::Id id);
  std::vector<View> List(const auth::Principal& who, const Filter& filter);
  View Assign(const auth::Principal& who, db::Id id, const Assignment& assignment, const audit::Actor& actor);
  View Step(const auth::Principal& who, db::Id id, const StepInput& input, const audit::Actor& actor);
  std::vector<Note> Notes(const auth::Principal& who, db::Id id);
  Note AddNote(const auth::Principal& who, db::Id id, const std::string& text, const audit::Actor& actor);
  // Raises a nonconformity on the complaint's unit (source "appeal" for an appeal or an appealed complaint, else
  // "complaint") through the improvement module, and links it to the complaint, in one transaction.
  View RaiseNonconformity(const auth::Principal& who, db::Id id, const NcRequest& request, const audit::Actor& actor);

  // Counts by category and unit, time to resolve and share upheld over the complaints received from `from` to
  // `to` in the units where the caller handles complaints, within `within`: no text and no identity.
  boost::json::object Statistics(const auth::Principal& who, std::optional<db::Id> within, const std::string& from,
                                 const std::string& to);

  // The live units a complainant may choose on the public form, the tree in order.
  std::vector<UnitChoice> PublicUnits();
  // The complainant's side, by the tracking code as typed: nullopt for a code no complaint has.
  std::optional<Complaint> FindByCode(const std::string& typed_code);
  // The complainant accepts the response (close) or appeals it; 404 for an unknown code.
  Complaint ComplainantStep(const std::string& typed_code, const std::string& action, const std::string& appeal_text);

  Deadlines GetDeadlines();
  // REQUIRES: the caller manages complaints at the top of the organisation.
  Deadlines SetDeadlines(const auth::Principal& who, long long version, int acknowledge_days, int response_days,
                         const audit::Actor& actor);

  // Escalates every deadline of an unfinished complaint passed before `today`, once per deadline and due date, to
  // its handler and to those who manage complaints on its unit, by a mail linking to `link_base` + the register.
  // Safe to run on several servers at once and to repeat.
  EscalationRun EscalateOverdue(const std::string& today, const std::string& link_base);

  // What the complaints register of `unit`'s subtree shows readiness (readiness_evidence.h): nothing for someone who
  // neither handles nor manages complaints there.
  std::vector<readiness::RegisterEvidence> ReadinessEvidence(const auth::Principal& who, const org::Unit& unit);

  // Whether `reader` may read the content of an audit entry of a complaint: those who see the complaint.
  bool MayReadAuditContent(const auth::Principal& reader, const audit::Entry& entry);
  static inline const std::vector<std::string> kAuditedEntities = {"complaint"};

 private:
  struct Seen {
    Complaint complaint;
    std::string path;
    bool manager = false, handler = false, decider = false;
  };
  Seen Visible(soci::session& s, const auth::Principal& who, db::Id id);
  Created Insert(const ComplaintInput& input, const std::optional<auth::Principal>& who, const audit::Actor& actor);
  View Write(const auth::Principal& who, db::Id id, long long version, const std::string& operation,
             const std::function<void(soci::session&, Seen&, Complaint&)>& change, const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
  improvement::NonconformityService& nonconformities_;
};

}  // namespace eduims::complaints
