// The workflow of a unit's answer to a directive or reporting request, as one table of steps:
//
//   not_started --start--> in_progress           (the unit; writing the answer's text starts it too)
//   in_progress --submit--> submitted             (the unit; the answer needs its text)
//   submitted --accept--> accepted                (the sender: final, nothing changes after it)
//   submitted --return (reason)--> returned       (the sender sends it back for rework)
//   returned --reopen--> in_progress              (the unit reworks it)
//   returned --submit--> submitted                (the unit resubmits it as it stands)
#pragma once
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "platform/step_table.h"

namespace eduims::directives {

enum class AnswerStatus { kNotStarted, kInProgress, kSubmitted, kAccepted, kReturned };

std::string AnswerStatusName(AnswerStatus status);
std::optional<AnswerStatus> ParseAnswerStatus(const std::string& name);
const std::vector<std::string>& AnswerStatusNames();

enum class AnswerActor {
  kUnit,    // someone who may answer for the unit (kAnswerDirectives on the answer's unit)
  kSender,  // someone who may manage the directive (kSendDirectives on the sending unit)
};

using AnswerStep = StepRule<AnswerStatus, AnswerActor>;
const std::vector<AnswerStep>& AnswerSteps();
std::vector<std::string> AnswerActionNames();

struct AnswerFacts {
  AnswerStatus status = AnswerStatus::kNotStarted;
  std::set<std::string> given;  // the step fields the request carries
  bool has_text = false;
};

// The status the answer moves to, or the Problem that refuses the step: 409 directive.answer_accepted for any step
// on an accepted answer (heard before anything the table says: the answer is final), the table's refusals, then
// 422 directive.answer_empty for submitting an answer without text.
std::variant<AnswerStatus, Problem> CheckAnswerStep(const std::string& action, bool unit, bool sender,
                                                    const AnswerFacts& facts);

// Whether the unit may still write the answer's text: until it is submitted (and again once returned).
bool TextEditable(AnswerStatus status);
// Whether the answer counts as submitted for the submission rate (submitted or accepted).
bool CountsAsSubmitted(AnswerStatus status);

}  // namespace eduims::directives
