#include "documents/workflow.h"

#include <algorithm>

#include "platform/i18n/glossary.h"

namespace eduims::documents {
namespace {

constexpr std::pair<RevisionStatus, const char*> kNames[] = {
    {RevisionStatus::kDraft, "draft"},         {RevisionStatus::kInReview, "in_review"},
    {RevisionStatus::kChangesRequested, "changes_requested"}, {RevisionStatus::kApproved, "approved"},
    {RevisionStatus::kPublished, "published"}, {RevisionStatus::kSuperseded, "superseded"},
    {RevisionStatus::kObsolete, "obsolete"}};

bool Has(const std::vector<Participant>& who, Participant p) { return std::find(who.begin(), who.end(), p) != who.end(); }

std::string WhoText(const std::vector<Participant>& who) {
  return ActorList(who, [](Participant p) {
    return p == Participant::kAuthor     ? "author"
           : p == Participant::kReviewer ? "named_reviewer"
           : p == Participant::kApprover ? "named_approver"
                                         : "document_manager";
  });
}

}  // namespace

std::string RevisionStatusName(RevisionStatus status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "draft";
}

std::optional<RevisionStatus> ParseRevisionStatus(const std::string& name) {
  for (const auto& [s, n] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

bool IsOpen(RevisionStatus s) {
  return s == RevisionStatus::kDraft || s == RevisionStatus::kInReview || s == RevisionStatus::kChangesRequested ||
         s == RevisionStatus::kApproved;
}

const std::vector<ActionRule>& ActionRules() {
  using S = RevisionStatus;
  using P = Participant;
  static const std::vector<ActionRule> rules = {
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
  return rules;
}

std::vector<std::string> ActionNames() {
  std::vector<std::string> names;
  for (const auto& r : ActionRules())
    if (std::find(names.begin(), names.end(), r.action) == names.end()) names.push_back(r.action);
  return names;
}

std::variant<RevisionStatus, Problem> CheckAction(const std::string& action, const Roles& roles,
                                                  const RevisionFacts& facts) {
  const ActionRule* rule = nullptr;
  bool known = false;
  for (const auto& r : ActionRules()) {
    known = known || r.action == action;
    if (r.action == action && r.from == facts.status) rule = &r;
  }
  if (!known) return Problem::Make(422, "validation.invalid_value", "action");
  if (!rule)
    return Problem::Make(409, "workflow.transition_not_allowed", "action")
        .With("entity", "revision")
        .With("from", RevisionStatusName(facts.status))
        .With("to", action);
  if (action == "approve" && roles.author) return Problem::Make(403, "documents.self_approval", "action");
  bool permitted = (roles.author && Has(rule->who, Participant::kAuthor)) ||
                   (roles.reviewer && Has(rule->who, Participant::kReviewer)) ||
                   (roles.approver && Has(rule->who, Participant::kApprover)) ||
                   (roles.manager && Has(rule->who, Participant::kManager));
  if (!permitted)
    return Problem::Make(403, "workflow.not_permitted", "action")
        .With("entity", "revision")
        .With("who", WhoText(rule->who))
        .With("to", RevisionStatusName(rule->to));
  if (rule->comment_required && !facts.has_comment) return Problem::Make(422, "validation.missing_field", "comment");
  if (action == "submit" && !facts.has_approver) return Problem::Make(422, "documents.approver_required", "approver_id");
  // Unreachable through the API (naming the author as approver is refused earlier), kept for any other caller.
  if (action == "submit" && facts.approver_is_author) return Problem::Make(422, "documents.self_approval", "approver_id");
  if (action == "endorse" && facts.caller_endorsed) return Problem::Make(409, "documents.already_endorsed", "action");
  if (action == "approve" && !facts.all_reviewers_endorsed)
    return Problem::Make(409, "documents.reviews_pending", "action");
  if (action == "publish" && !facts.has_effective_date)
    return Problem::Make(422, "validation.missing_field", "effective_on");
  return rule->to;
}

}  // namespace eduims::documents
