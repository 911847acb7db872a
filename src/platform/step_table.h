// A workflow written as one table of steps: the step's name, from which status to which, who may take it and which
// request fields it needs. CheckTable answers the table's part of a request (is there such a step from here, may
// this caller take it, are its fields right); each workflow adds the guards that need more than the table.
#pragma once
#include <algorithm>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "platform/problem.h"

namespace eduims {

template <class Status, class Actor>
struct StepRule {
  std::string action;
  Status from;
  Status to;
  std::vector<Actor> who;
  std::vector<std::string> required;  // request fields the step needs
  std::vector<std::string> accepted;  // further request fields it takes ("comment" is taken by every step)
};

template <class Status, class Actor>
std::vector<std::string> ActionNamesOf(const std::vector<StepRule<Status, Actor>>& rules) {
  std::vector<std::string> names;
  for (const auto& r : rules)
    if (std::find(names.begin(), names.end(), r.action) == names.end()) names.push_back(r.action);
  return names;
}

// The rule for `action` from `status` that the caller (who counts as each of `caller_is`) may take with the
// request fields `given`, or the Problem that refuses it. `status_name(Status)` and `who_text(rule.who)` name the
// states and the actors in refusals about an `entity` ("nonconformity") by the keys the message glossary words
// (platform/i18n/glossary.h).
template <class Status, class Actor, class StatusName, class WhoText>
std::variant<const StepRule<Status, Actor>*, Problem> CheckTable(const std::vector<StepRule<Status, Actor>>& rules,
                                                                 const std::string& entity, const std::string& action,
                                                                 Status status, const std::vector<Actor>& caller_is,
                                                                 const std::set<std::string>& given,
                                                                 StatusName status_name, WhoText who_text) {
  const StepRule<Status, Actor>* rule = nullptr;
  bool known = false;
  for (const auto& r : rules) {
    known = known || r.action == action;
    if (r.action == action && r.from == status) rule = &r;
  }
  if (!known) return Problem::Make(422, "validation.invalid_value", "action");
  if (!rule)
    return Problem::Make(409, "workflow.transition_not_allowed", "action")
        .With("entity", entity)
        .With("from", status_name(status))
        .With("to", action);
  bool permitted = std::any_of(caller_is.begin(), caller_is.end(), [&](Actor a) {
    return std::find(rule->who.begin(), rule->who.end(), a) != rule->who.end();
  });
  if (!permitted)
    return Problem::Make(403, "workflow.not_permitted", "action")
        .With("entity", entity)
        .With("who", who_text(rule->who))
        .With("to", status_name(rule->to));
  auto listed = [](const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  for (const std::string& field : given)
    if (field != "comment" && !listed(rule->required, field) && !listed(rule->accepted, field))
      return Problem::Make(422, "validation.unknown_field", field);
  for (const std::string& field : rule->required)
    if (!given.count(field)) return Problem::Make(422, "validation.missing_field", field);
  return rule;
}

}  // namespace eduims
