// The workflow of a management review, as one table of steps:
//
//   planned --open (a top-management participant; the inputs are compiled and frozen)--> open
//   open --hold (the meeting is over; the minutes are drafted)--> held
//   held --reopen--> open                       (the minutes need more work before approval)
//   held --approve (top management; the minutes are filed as the clause 9.3 record)--> approved
//   planned --cancel (comment)--> cancelled
#pragma once
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "platform/step_table.h"

namespace eduims::review {

enum class ReviewStatus { kPlanned, kOpen, kHeld, kApproved, kCancelled };

std::string ReviewStatusName(ReviewStatus status);
std::optional<ReviewStatus> ParseReviewStatus(const std::string& name);
const std::vector<std::string>& ReviewStatusNames();

enum class ReviewActor {
  kManager,   // someone with kManageReviews on the review's unit
  kApprover,  // someone with kApproveReviews there (top management, administrators)
};

using ReviewStep = StepRule<ReviewStatus, ReviewActor>;
const std::vector<ReviewStep>& ReviewSteps();
std::vector<std::string> ReviewActionNames();

struct ReviewFacts {
  ReviewStatus status = ReviewStatus::kPlanned;
  std::set<std::string> given;       // the step fields the request carries
  bool has_top_management = false;   // a participant holds the top management role on the unit now
};

// The status the review moves to, or the Problem that refuses the step: the table's refusals, then 422
// review.top_management_required for opening a meeting no member of top management takes part in.
std::variant<ReviewStatus, Problem> CheckReviewStep(const std::string& action, bool manager, bool approver,
                                                    const ReviewFacts& facts);

// 409 review.already_approved for approving approved minutes again, which the caller hears before anything the
// table says (who may approve, from where): the minutes stand approved.
std::optional<Problem> RepeatedApproval(const std::string& action, ReviewStatus status);

// Whether the review's inputs (its unit, period, participants) may still change: only while planned.
bool InputsEditable(ReviewStatus status);
// Whether notes, conclusions and outputs may be written: while the meeting is open or its minutes are drafted.
bool MinutesEditable(ReviewStatus status);

}  // namespace eduims::review
