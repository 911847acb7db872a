// The approval workflow of a document revision, as one table of actions: from which status, to which status,
// and who may take it. Guards that need more than the table (a named approver who is not the author, every
// reviewer's endorsement of the current content, a comment) are checked by CheckAction below.
//
//   draft --submit--> in_review --approve--> approved --publish--> published --withdraw--> obsolete
//     ^                 |  |  \--endorse (stays in review)            |
//     |                 |  \--request_changes--> changes_requested    \--(next revision published)--> superseded
//     \--recall---------/                         |
//     \--rework-----------------------------------/  (also from approved)
//   draft --abandon--> obsolete
#pragma once
#include <optional>
#include <variant>
#include <string>
#include <vector>

#include "platform/problem.h"

namespace eduims::documents {

enum class RevisionStatus { kDraft, kInReview, kChangesRequested, kApproved, kPublished, kSuperseded, kObsolete };

std::string RevisionStatusName(RevisionStatus status);
std::optional<RevisionStatus> ParseRevisionStatus(const std::string& name);
// Open revisions are the one a document may have at a time: draft, in review, changes requested, approved.
bool IsOpen(RevisionStatus status);

enum class Participant { kAuthor, kReviewer, kApprover, kManager };

struct ActionRule {
  std::string action;
  RevisionStatus from;
  RevisionStatus to;
  std::vector<Participant> who;
  bool comment_required = false;
};

const std::vector<ActionRule>& ActionRules();
std::vector<std::string> ActionNames();

// What the caller is to this revision.
struct Roles {
  bool author = false, reviewer = false, approver = false, manager = false;
};

struct RevisionFacts {
  RevisionStatus status;
  bool has_approver = false;
  bool approver_is_author = false;
  bool all_reviewers_endorsed = false;  // of the current content
  bool caller_endorsed = false;
  bool has_comment = false;
  bool has_effective_date = false;
};

// The status the revision moves to, or the Problem that refuses the action.
std::variant<RevisionStatus, Problem> CheckAction(const std::string& action, const Roles& roles,
                                                  const RevisionFacts& facts);

}  // namespace eduims::documents
