#include "recruitment/workflow.h"

#include "platform/i18n/glossary.h"

namespace eduims::recruitment {
namespace {

constexpr std::pair<Status, const char*> kNames[] = {{Status::kPlanned, "planned"},     {Status::kOpen, "open"},
                                                     {Status::kSelecting, "selecting"}, {Status::kDecided, "decided"},
                                                     {Status::kClosed, "closed"},       {Status::kCancelled, "cancelled"}};

const char* ActorKey(Actor a) {
  switch (a) {
    case Actor::kManager: return "recruitment_manager";
    case Actor::kPanel: return "selection_panel_member";
  }
  return "recruitment_manager";
}

std::string WhoText(const std::vector<Actor>& who) { return ActorList(who, ActorKey); }

std::vector<Actor> CallerIs(const Roles& roles) {
  std::vector<Actor> out;
  if (roles.manager) out.push_back(Actor::kManager);
  if (roles.panel) out.push_back(Actor::kPanel);
  return out;
}

}  // namespace

std::string StatusName(Status status) {
  for (const auto& [s, name] : kNames)
    if (s == status) return name;
  return "planned";
}

std::optional<Status> ParseStatus(const std::string& name) {
  for (const auto& [s, n] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

const std::vector<std::string>& StatusNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& entry : kNames) out.push_back(entry.second);
    return out;
  }();
  return names;
}

const std::vector<Step>& Steps() {
  using S = Status;
  using A = Actor;
  static const std::vector<Step> steps = {
      {"open", S::kPlanned, S::kOpen, {A::kManager}, {}, {}},
      // The panel starts examining the applications it received; the count may be given then or at the decision.
      {"start_selection", S::kOpen, S::kSelecting, {A::kManager, A::kPanel}, {}, {"candidates"}},
      // The decision is the unit's, signed by its head: the panel proposes, it does not appoint.
      {"decide", S::kSelecting, S::kDecided, {A::kManager}, {"decided_on", "appointed", "outcome"}, {"candidates"}},
      {"close", S::kDecided, S::kClosed, {A::kManager}, {}, {}},
      {"cancel", S::kPlanned, S::kCancelled, {A::kManager}, {"reason"}, {}},
      {"cancel", S::kOpen, S::kCancelled, {A::kManager}, {"reason"}, {}},
      {"cancel", S::kSelecting, S::kCancelled, {A::kManager}, {"reason"}, {}},
      {"cancel", S::kDecided, S::kCancelled, {A::kManager}, {"reason"}, {}},
  };
  return steps;
}

std::vector<std::string> StepNames() { return ActionNamesOf(Steps()); }

std::variant<Status, Problem> CheckStep(const std::string& action, const Roles& roles, const Facts& facts) {
  auto found = CheckTable(Steps(), "recruitment", action, facts.status, CallerIs(roles), facts.given, StatusName,
                          WhoText);
  if (auto* problem = std::get_if<Problem>(&found)) return *problem;
  const Step* step = std::get<const Step*>(found);
  if (action == "decide") {
    if (facts.decided_on < facts.opened_on)
      return Problem::Make(422, "recruitment.decision_before_opening", "decided_on").With("opened_on", facts.opened_on);
    if (facts.appointed > facts.vacancies)
      return Problem::Make(422, "recruitment.too_many_appointed", "appointed")
          .With("vacancies", std::to_string(facts.vacancies));
  }
  // The retained results are what ISO 21001 7.1.2 asks to keep: a recruitment is not closed without them.
  if (action == "close" && facts.results == 0) return Problem::Make(409, "recruitment.results_required", "action");
  return step->to;
}

std::vector<std::string> ActionsFor(Status status, const Roles& roles) {
  std::vector<std::string> out;
  std::vector<Actor> caller = CallerIs(roles);
  for (const Step& s : Steps()) {
    if (s.from != status) continue;
    for (Actor a : caller)
      if (std::find(s.who.begin(), s.who.end(), a) != s.who.end()) {
        out.push_back(s.action);
        break;
      }
  }
  return out;
}

bool Finished(Status status) { return status == Status::kClosed || status == Status::kCancelled; }

}  // namespace eduims::recruitment
