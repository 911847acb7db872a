#include "documents/workflow.h"

#include <gtest/gtest.h>

namespace eduims::documents {
namespace {

using S = RevisionStatus;
using P = Participant;

// The revision workflow written out by hand rather than read from ActionRules(), so a wrong entry in the production
// table fails the tests below.
const std::vector<ActionRule> kExpectedRules = {
    {"submit", S::kDraft, S::kInReview, {P::kAuthor, P::kManager}},
    {"recall", S::kInReview, S::kDraft, {P::kAuthor}},
    {"endorse", S::kInReview, S::kInReview, {P::kReviewer}},
    {"request_changes", S::kInReview, S::kChangesRequested, {P::kReviewer, P::kApprover}, true},
    {"rework", S::kChangesRequested, S::kDraft, {P::kAuthor, P::kManager}},
    {"rework", S::kApproved, S::kDraft, {P::kAuthor, P::kManager}},
    {"approve", S::kInReview, S::kApproved, {P::kApprover}},
    {"publish", S::kApproved, S::kPublished, {P::kApprover, P::kManager}},
    {"withdraw", S::kPublished, S::kObsolete, {P::kManager}, true},
    {"abandon", S::kDraft, S::kObsolete, {P::kAuthor, P::kManager}},
};

TEST(DocumentWorkflow, TheTableIsTheOneWrittenHere) {
  const auto& actual = ActionRules();
  ASSERT_EQ(actual.size(), kExpectedRules.size());
  for (size_t i = 0; i < actual.size(); ++i) {
    const ActionRule& a = actual[i];
    const ActionRule& e = kExpectedRules[i];
    EXPECT_TRUE(a.action == e.action && a.from == e.from && a.to == e.to && a.who == e.who &&
                a.comment_required == e.comment_required)
        << "rule " << i << " (" << e.action << ") differs";
  }
}

RevisionFacts Ready(S status) {
  RevisionFacts f;
  f.status = status;
  f.has_approver = true;
  f.all_reviewers_endorsed = true;
  f.has_comment = true;
  f.has_effective_date = true;
  return f;
}

std::string Code(const std::variant<RevisionStatus, Problem>& r) {
  return std::holds_alternative<Problem>(r) ? std::get<Problem>(r).code : "ok:" + RevisionStatusName(std::get<S>(r));
}

// Every action from every status for every single kind of participant: allowed exactly where the table says.
TEST(DocumentWorkflow, EveryActionFromEveryStatusFollowsTheTable) {
  const S all[] = {S::kDraft, S::kInReview, S::kChangesRequested, S::kApproved, S::kPublished, S::kSuperseded,
                   S::kObsolete};
  const Participant participants[] = {Participant::kAuthor, Participant::kReviewer, Participant::kApprover,
                                      Participant::kManager};
  std::vector<std::string> actions;
  for (const auto& r : kExpectedRules)
    if (std::find(actions.begin(), actions.end(), r.action) == actions.end()) actions.push_back(r.action);
  for (const std::string& action : actions) {
    for (S from : all) {
      for (Participant p : participants) {
        Roles roles;
        roles.author = p == Participant::kAuthor;
        roles.reviewer = p == Participant::kReviewer;
        roles.approver = p == Participant::kApprover;
        roles.manager = p == Participant::kManager;
        const ActionRule* rule = nullptr;
        for (const auto& r : kExpectedRules)
          if (r.action == action && r.from == from) rule = &r;
        auto result = CheckAction(action, roles, Ready(from));
        std::string label = action + " from " + RevisionStatusName(from) + " by participant " + std::to_string(int(p));
        if (!rule) {
          EXPECT_EQ(Code(result), "workflow.transition_not_allowed") << label;
        } else if (action == "approve" && roles.author) {
          EXPECT_EQ(Code(result), "documents.self_approval") << label;
        } else if (std::find(rule->who.begin(), rule->who.end(), p) != rule->who.end()) {
          EXPECT_EQ(Code(result), "ok:" + RevisionStatusName(rule->to)) << label;
        } else {
          EXPECT_EQ(Code(result), "workflow.not_permitted") << label;
        }
      }
    }
  }
}

TEST(DocumentWorkflow, GuardsBeyondTheTable) {
  Roles author{true, false, false, false}, approver{false, false, true, false}, reviewer{false, true, false, false},
      manager{false, false, false, true};
  RevisionFacts draft = Ready(S::kDraft);
  draft.has_approver = false;
  EXPECT_EQ(Code(CheckAction("submit", author, draft)), "documents.approver_required");
  draft.has_approver = true;
  draft.approver_is_author = true;
  EXPECT_EQ(Code(CheckAction("submit", author, draft)), "documents.self_approval");
  // The author who is somehow also the approver still cannot approve.
  Roles both{true, false, true, false};
  EXPECT_EQ(Code(CheckAction("approve", both, Ready(S::kInReview))), "documents.self_approval");
  RevisionFacts pending = Ready(S::kInReview);
  pending.all_reviewers_endorsed = false;
  EXPECT_EQ(Code(CheckAction("approve", approver, pending)), "documents.reviews_pending");
  RevisionFacts no_comment = Ready(S::kInReview);
  no_comment.has_comment = false;
  EXPECT_EQ(Code(CheckAction("request_changes", reviewer, no_comment)), "validation.missing_field");
  RevisionFacts twice = Ready(S::kInReview);
  twice.caller_endorsed = true;
  EXPECT_EQ(Code(CheckAction("endorse", reviewer, twice)), "documents.already_endorsed");
  RevisionFacts undated = Ready(S::kApproved);
  undated.has_effective_date = false;
  EXPECT_EQ(Code(CheckAction("publish", manager, undated)), "validation.missing_field");
  EXPECT_EQ(Code(CheckAction("teleport", manager, Ready(S::kDraft))), "validation.invalid_value");
  // Superseded happens only by publishing the next revision, never as an action.
  for (const auto& r : ActionRules()) EXPECT_NE(r.to, S::kSuperseded);
}

}  // namespace
}  // namespace eduims::documents
