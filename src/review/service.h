// The rules of management reviews: who may see (kViewReviews on the unit), plan and hold them (kManageReviews) and
// approve their minutes (kApproveReviews); participants are people who may see the review, at least one of them top
// management of the unit; the inputs are compiled by the registered sources when the meeting opens and frozen
// then (the unit, period and participants with them: 409 review.inputs_frozen), while notes, conclusions and
// outputs are written until approval (409 review.minutes_approved after); each output is raised as an action or an
// improvement entry in the same transaction; approval files the minutes (PDF) as the unit's clause 9.3 record in
// the same transaction. Every change is one transaction with its audit entry. Failures are ProblemError.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "actions/service.h"
#include "improvement/register_service.h"
#include "org/service.h"
#include "platform/audit/audit_trail.h"
#include "platform/auth/roles.h"
#include "platform/http/message.h"
#include "platform/i18n/language.h"
#include "records/service.h"
#include "review/input_source.h"
#include "review/model.h"

namespace eduims::review {

struct ReviewInput {
  db::Id unit_id = 0;
  std::string title, period_from, period_to, planned_on;
  std::vector<db::Id> participant_ids;
};

struct ReviewPatch {
  std::optional<std::string> title, period_from, period_to, planned_on;
  std::optional<std::vector<db::Id>> participant_ids;
};

struct ReviewFilter {
  std::optional<db::Id> unit_id, within;
  std::optional<ReviewStatus> status;
  bool include_archived = false;
  std::optional<db::Id> after;
  int limit = 50;
};

struct ReviewStepInput {
  long long version = 0;
  std::string action;
  std::optional<std::string> comment;
  std::optional<Language> language;  // of the minutes filed on approval (the caller's otherwise)
};

struct MinutesInput {
  long long version = 0;
  std::map<std::string, std::string> notes;  // by agenda key; a key given replaces its note
  std::optional<std::string> conclusions;
};

struct OutputInput {
  long long version = 0;
  std::string kind, decision;
  std::string raise = "action";  // "action" or "improvement"
  std::optional<db::Id> owner_id;
  std::optional<std::string> due_date;  // of an action
};

class ReviewService {
 public:
  ReviewService(db::Database& db, org::OrgService& org, actions::ActionService& actions,
                improvement::ImprovementService& improvements, records::RecordService& records,
                const InputRegistry& inputs)
      : db_(db), org_(org), actions_(actions), improvements_(improvements), records_(records), inputs_(inputs) {}

  Review Get(const auth::Principal& who, db::Id id);
  std::vector<Review> List(const auth::Principal& who, const ReviewFilter& filter);
  Review Create(const auth::Principal& who, const ReviewInput& input, const audit::Actor& actor);
  Review Update(const auth::Principal& who, db::Id id, long long version, const ReviewPatch& patch,
                const audit::Actor& actor);
  Review Step(const auth::Principal& who, db::Id id, const ReviewStepInput& input, const audit::Actor& actor);
  Review WriteMinutes(const auth::Principal& who, db::Id id, const MinutesInput& input, const audit::Actor& actor);
  Review AddOutput(const auth::Principal& who, db::Id id, const OutputInput& input, const audit::Actor& actor);
  // The frozen snapshot once the meeting opened; while planned, the inputs as they would be compiled now.
  std::vector<CompiledInput> Inputs(const auth::Principal& who, db::Id id);
  http::Response MinutesPdf(const auth::Principal& who, db::Id id, Language language);
  // For each unit of the subtree of `within_path` with an approved review, the day of the latest one (oversight).
  std::map<db::Id, std::string> LastApproved(const std::string& within_path);

 private:
  std::pair<Review, std::string> Visible(soci::session& s, const auth::Principal& who, db::Id id);
  // The participants named by `ids` for a review of `unit`: people who may see it, each marked top management if
  // they hold that role on the unit; 422 review.top_management_required if none does.
  std::vector<Participant> CheckParticipants(const auth::Principal& who, const std::vector<db::Id>& ids,
                                             const org::Unit& unit);
  static void CheckDates(const std::string& from, const std::string& to);
  std::vector<CompiledInput> Compile(const auth::Principal& who, const Review& review);
  std::shared_ptr<http::SpoolPath> RenderMinutes(const Review& review, Language language);
  // The review writable by a manager now: visible, theirs to manage, not archived, at `version`.
  std::pair<Review, std::string> Managed(soci::session& s, const auth::Principal& who, db::Id id, long long version);
  void Save(soci::session& s, const Review& before, Review& after, const std::string& path, const std::string& op,
            const audit::Actor& actor);

  db::Database& db_;
  org::OrgService& org_;
  actions::ActionService& actions_;
  improvement::ImprovementService& improvements_;
  records::RecordService& records_;
  const InputRegistry& inputs_;
};

}  // namespace eduims::review
