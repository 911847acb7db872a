#include "certification/rules.h"

#include <algorithm>

#include "certification/model.h"
#include "platform/clock.h"

namespace eduims::certification {
namespace {

using improvement::NcStatus;
using std::chrono::sys_days;

bool Before(Date a, Date b) { return sys_days{a} < sys_days{b}; }

// The plan step of the nonconformity workflow records the corrective actions, a deadline (the verification date)
// and the verifier; the steps after it keep them until an ineffective verdict starts a new cycle.
bool HasAcceptedPlan(const FindingFact& f) {
  return f.status && *f.status >= NcStatus::kActionPlanned && f.verification_due.has_value();
}

std::optional<AuditFact> LastCompleted(const std::vector<AuditFact>& audits, const std::string& type) {
  std::optional<AuditFact> last;
  for (const AuditFact& a : audits)
    if (a.type == type && a.status == AuditStatus::kCompleted && (!last || !Before(a.end, last->end))) last = a;
  return last;
}

}  // namespace

std::optional<Problem> OpenFindingsProblem(const std::vector<FindingFact>& findings) {
  int majors = 0, minors = 0;
  for (const FindingFact& f : findings) {
    if (!f.status || *f.status == NcStatus::kClosed) continue;
    if (f.grade == "major") ++majors;
    if (f.grade == "minor" && !HasAcceptedPlan(f)) ++minors;
  }
  if (majors > 0)
    return Problem::Make(409, "certification.major_nonconformity_open").With("count", std::to_string(majors));
  if (minors > 0) return Problem::Make(409, "certification.minor_without_plan").With("count", std::to_string(minors));
  return std::nullopt;
}

std::optional<Problem> StandardHeldProblem(db::Id certificate_id, const std::vector<std::string>& codes,
                                           const std::vector<HeldStandard>& held, const std::string& field) {
  for (const HeldStandard& h : held)
    if (h.certificate_id != certificate_id && std::count(codes.begin(), codes.end(), h.code))
      return Problem::Make(409, "certification.standard_already_held", field)
          .With("certificate", h.number)
          .With("standard", StandardLabel(h.code, h.edition));
  return std::nullopt;
}

std::optional<AuditFact> DecisiveStage2(const std::vector<AuditFact>& audits, const std::optional<Date>& repeat_after) {
  auto stage2 = LastCompleted(audits, "stage2");
  if (!stage2 || (repeat_after && !Before(*repeat_after, stage2->start))) return std::nullopt;
  return stage2;
}

std::optional<Problem> InitialAuditsProblem(const std::vector<AuditFact>& audits,
                                            const std::optional<Date>& repeat_after) {
  auto stage2 = DecisiveStage2(audits, repeat_after);
  bool stage1_first =
      stage2 && std::any_of(audits.begin(), audits.end(), [&](const AuditFact& a) {
        return a.type == "stage1" && a.status == AuditStatus::kCompleted && !Before(stage2->start, a.end);
      });
  if (!stage1_first) return Problem::Make(409, "certification.stage_audits_missing");
  return std::nullopt;
}

std::optional<Date> Stage2ToRepeat(bool decided, const std::vector<AuditFact>& audits,
                                   const std::vector<FindingFact>& findings, const std::optional<Date>& repeat_after,
                                   Date today) {
  if (decided) return std::nullopt;
  auto stage2 = LastCompleted(audits, "stage2");
  if (!stage2 || (repeat_after && !Before(*repeat_after, stage2->end))) return std::nullopt;
  Date limit = AddMonths(stage2->end, 6);
  if (!Before(limit, today)) return std::nullopt;
  bool unverified = std::any_of(findings.begin(), findings.end(), [&](const FindingFact& f) {
    return f.audit_id == stage2->id && f.grade == "major" && (!f.closed_on || Before(limit, *f.closed_on));
  });
  if (!unverified) return std::nullopt;
  return stage2->end;
}

std::vector<AuditFact> CompletedInCycle(const Cycle& cycle, const std::vector<AuditFact>& audits,
                                        const std::string& type) {
  std::vector<AuditFact> out;
  for (const AuditFact& a : audits)
    if (a.type == type && a.status == AuditStatus::kCompleted && Before(cycle.decision, a.end) &&
        !Before(cycle.expiry, a.end))
      out.push_back(a);
  std::sort(out.begin(), out.end(), [](const AuditFact& a, const AuditFact& b) { return Before(a.end, b.end); });
  return out;
}

std::optional<DueWindow> WindowOf(const Cycle& cycle, const std::string& type, int sequence) {
  for (const DueWindow& w : cycle.windows) {
    if (type == "surveillance" && w.milestone == Milestone::kSurveillance && w.sequence == sequence) return w;
    if (type == "recertification" && w.milestone == Milestone::kRecertificationAudit) return w;
  }
  return std::nullopt;
}

std::optional<Problem> WindowProblem(const DueWindow& window, Date start, Date end, bool justified,
                                     const std::string& field) {
  bool inside = !Before(start, window.earliest) && !Before(window.latest, end);
  if (inside || justified) return std::nullopt;
  if (window.cover_year != 0 && int(end.year()) > window.cover_year)
    return Problem::Make(422, "certification.calendar_year_without_audit", field)
        .With("year", std::to_string(window.cover_year))
        .With("earliest", FormatDate(window.earliest))
        .With("latest", FormatDate(window.latest));
  return Problem::Make(422, "certification.outside_window", field)
      .With("earliest", FormatDate(window.earliest))
      .With("latest", FormatDate(window.latest));
}

std::optional<Problem> PlacementProblem(const ProjectFacts& f, const AuditFact& a, bool justified) {
  if (Before(a.end, a.start))
    return Problem::Make(422, "validation.date_too_early", "end_date").With("earliest", FormatDate(a.start));
  Problem wrong_step = Problem::Make(409, "certification.wrong_step", "type").With("step", StepName(f.step));
  auto others = [&](const std::string& type) {
    std::vector<AuditFact> out;
    for (const AuditFact& o : f.audits)
      if (o.type == type && o.status != AuditStatus::kCancelled && o.id != a.id) out.push_back(o);
    return out;
  };
  if (a.type == "stage1") {
    bool before_decision = StepNumber(f.step) <= StepNumber(ProjectStep::kAssessment);
    if (!before_decision && f.step != ProjectStep::kRecertification) return wrong_step;
    return std::nullopt;
  }
  if (a.type == "stage2") {
    if (f.step != ProjectStep::kContract && f.step != ProjectStep::kAssessment) return wrong_step;
    std::optional<Date> stage1_end;
    for (const AuditFact& o : others("stage1"))
      if (!stage1_end || Before(*stage1_end, o.end)) stage1_end = o.end;
    if (!stage1_end) return Problem::Make(409, "certification.stage_audits_missing", "type");
    if (Before(a.start, *stage1_end))
      return Problem::Make(422, "validation.date_too_early", "start_date").With("earliest", FormatDate(*stage1_end));
    if (f.stage2_repeat_after && !Before(*f.stage2_repeat_after, a.start))
      return Problem::Make(422, "validation.date_too_early", "start_date")
          .With("earliest", FormatDate(AddDays(*f.stage2_repeat_after, 1)));
    return std::nullopt;
  }
  if (!f.cycle) return Problem::Make(409, "certification.certificate_missing", "type");
  // The cycle's other surveillances, held or planned, that end before this audit: its window follows from them.
  std::vector<Date> held;
  for (const AuditFact& o : others("surveillance"))
    if (Before(f.cycle->decision, o.end) && Before(o.end, a.end) && !Before(f.cycle->expiry, o.end))
      held.push_back(o.end);
  std::sort(held.begin(), held.end());
  Cycle cycle = Anchored(*f.cycle, held);
  std::optional<DueWindow> window;
  if (a.type == "surveillance") {
    int sequence = int(held.size()) + 1;
    window = WindowOf(cycle, "surveillance", sequence);
    if (!window)
      window = DueWindow{Milestone::kSurveillance, sequence, AddDays(f.cycle->decision, 1), f.cycle->expiry,
                         f.cycle->expiry};
  } else if (a.type == "recertification") {
    if (f.step != ProjectStep::kSurveillance && f.step != ProjectStep::kRecertification) return wrong_step;
    window = WindowOf(cycle, "recertification", 0);
  }
  if (window) return WindowProblem(*window, a.start, a.end, justified, "window_justification");
  return std::nullopt;
}

std::vector<Problem> CompletionProblems(const ProjectFacts& f) {
  std::vector<Problem> out;
  auto records = [&](ProjectStep step) {
    auto it = f.records.find(step);
    if (it == f.records.end() || it->second == 0)
      out.push_back(Problem::Make(409, "certification.records_missing").With("step", StepName(step)));
  };
  switch (f.step) {
    case ProjectStep::kRegistration:
    case ProjectStep::kContract:
    case ProjectStep::kDocumentation:
      records(f.step);
      break;
    case ProjectStep::kAssessment:
      if (auto problem = InitialAuditsProblem(f.audits, f.stage2_repeat_after)) out.push_back(*problem);
      break;
    case ProjectStep::kCertificateIssue:
      if (!f.certificate_live) out.push_back(Problem::Make(409, "certification.certificate_missing"));
      if (auto problem = OpenFindingsProblem(f.findings)) out.push_back(*problem);
      break;
    case ProjectStep::kSurveillance: {
      if (!f.cycle) {
        out.push_back(Problem::Make(409, "certification.certificate_missing"));
        break;
      }
      int required = int(std::count_if(f.cycle->windows.begin(), f.cycle->windows.end(),
                                       [](const DueWindow& w) { return w.milestone == Milestone::kSurveillance; }));
      int done = std::min(required, int(CompletedInCycle(*f.cycle, f.audits, "surveillance").size()));
      if (done < required)
        out.push_back(Problem::Make(409, "certification.surveillances_missing")
                          .With("done", std::to_string(done))
                          .With("required", std::to_string(required)));
      break;
    }
    case ProjectStep::kRecertification:
      if (!f.certificate_live || f.certificate_cycle <= f.project_cycle)
        out.push_back(Problem::Make(409, "certification.not_renewed"));
      break;
  }
  return out;
}

}  // namespace eduims::certification
