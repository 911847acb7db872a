#include "review/module_inputs.h"

#include <map>
#include <set>

namespace eduims::review {

const char* const kReviewActionSource = "management_review";

namespace {

constexpr int kPage = 500;

// Every row a service's List gives `filter`, page by page (the services cap nothing but a page).
template <class Filter, class ListFn, class IdOf>
auto All(Filter filter, ListFn list, IdOf id_of) {
  decltype(list(filter)) out;
  filter.limit = kPage;
  for (;;) {
    auto page = list(filter);
    bool more = page.size() == static_cast<size_t>(kPage);
    if (!page.empty()) filter.after = id_of(page.back());
    for (auto& row : page) out.push_back(std::move(row));
    if (!more) return out;
  }
}

// The day of a timestamp or date ("2026-03-04T08:00:00Z" -> "2026-03-04").
std::string Day(const std::string& when) { return when.substr(0, 10); }
bool InPeriod(const std::optional<std::string>& when, const InputQuery& q) {
  return when && !when->empty() && Day(*when) >= q.from && Day(*when) <= q.to;
}
std::string Within(const std::string& path, const InputQuery& q) {
  return path + (path.find('?') == std::string::npos ? "?" : "&") + "within=" + std::to_string(q.unit.id);
}

class PreviousActions : public ReviewInputSource {
 public:
  explicit PreviousActions(actions::ActionService& actions) : actions_(actions) {}
  std::string Key() const override { return "previous_actions"; }
  std::string Module() const override { return "actions"; }
  CompiledInput Compile(const InputQuery& q) override {
    actions::ActionFilter f;
    f.within = q.unit.id;
    f.source_type = kReviewActionSource;
    CompiledInput in;
    in.list = Within("/actions?source_type=management_review", q);
    in.facts = {{"open", 0}, {"in_progress", 0}, {"done", 0}, {"cancelled", 0}, {"overdue", 0}};
    for (const auto& a : All(f, [&](const auto& g) { return actions_.List(q.who, g); },
                             [](const actions::Action& a) { return a.id; })) {
      ++in.facts[std::string(actions::StatusName(a.status))];
      if (actions::IsOverdue(a.status, a.due_date, q.today)) ++in.facts["overdue"];
      AddItem(in, {"action", a.id, a.title, std::string(actions::StatusName(a.status)), a.due_date.value_or("")});
    }
    return in;
  }

 private:
  actions::ActionService& actions_;
};

class ContextChanges : public ReviewInputSource {
 public:
  explicit ContextChanges(planning::ContextService& context) : context_(context) {}
  std::string Key() const override { return "context_changes"; }
  std::string Module() const override { return "planning"; }
  CompiledInput Compile(const InputQuery& q) override {
    planning::ContextIssueFilter f;
    f.within = q.unit.id;
    f.include_archived = true;
    CompiledInput in;
    in.list = Within("/context", q);
    in.facts = {{"added", 0}, {"changed", 0}, {"archived", 0}};
    for (const auto& i : All(f, [&](const auto& g) { return context_.List(q.who, g); },
                             [](const planning::ContextIssue& i) { return i.id; })) {
      std::string change;
      if (InPeriod(i.archived_at, q)) {
        change = "archived";
      } else if (i.archived_at) {
        continue;
      } else if (InPeriod(i.created_at, q)) {
        change = "added";
      } else if (InPeriod(i.updated_at, q)) {
        change = "changed";
      } else {
        continue;
      }
      ++in.facts[change];
      AddItem(in, {"context_issue", i.id, i.title, change, Day(change == "archived" ? *i.archived_at : i.updated_at)});
    }
    return in;
  }

 private:
  planning::ContextService& context_;
};

// The latest value of each indicator of the subtree and the status it earns.
std::vector<std::pair<planning::Indicator, std::optional<planning::Rag>>> Rated(planning::IndicatorService& indicators,
                                                                                const InputQuery& q) {
  planning::IndicatorFilter f;
  f.within = q.unit.id;
  std::vector<std::pair<planning::Indicator, std::optional<planning::Rag>>> out;
  for (const auto& row : All(f, [&](const auto& g) { return indicators.List(q.who, g); },
                             [](const planning::IndicatorRow& r) { return r.indicator.id; })) {
    std::optional<planning::Rag> rag;
    if (row.latest)
      rag = planning::StatusOf(row.indicator.direction, row.indicator.target, row.indicator.warning,
                               row.latest->value);
    out.emplace_back(row.indicator, rag);
  }
  return out;
}

class Objectives : public ReviewInputSource {
 public:
  Objectives(planning::ObjectiveService& objectives, planning::IndicatorService& indicators)
      : objectives_(objectives), indicators_(indicators) {}
  std::string Key() const override { return "objectives"; }
  std::string Module() const override { return "planning"; }
  // An objective is met when every indicator measuring it meets its target on its latest value; not met when one
  // does not; unmeasured while it has no indicator with a value.
  CompiledInput Compile(const InputQuery& q) override {
    std::map<db::Id, std::vector<std::optional<planning::Rag>>> by_objective;
    for (const auto& [indicator, rag] : Rated(indicators_, q)) by_objective[indicator.objective_id].push_back(rag);
    planning::ObjectiveFilter f;
    f.within = q.unit.id;
    CompiledInput in;
    in.list = Within("/objectives", q);
    in.facts = {{"met", 0}, {"not_met", 0}, {"unmeasured", 0}};
    for (const auto& o : All(f, [&](const auto& g) { return objectives_.List(q.who, g); },
                             [](const planning::Objective& o) { return o.id; })) {
      int measured = 0, green = 0;
      for (const auto& rag : by_objective[o.id]) {
        measured += rag.has_value();
        green += rag == planning::Rag::kGreen;
      }
      std::string state = measured == 0 ? "unmeasured" : green == measured ? "met" : "not_met";
      ++in.facts[state];
      AddItem(in, {"objective", o.id, o.title, state, o.due_date.value_or("")});
    }
    return in;
  }

 private:
  planning::ObjectiveService& objectives_;
  planning::IndicatorService& indicators_;
};

class MonitoringResults : public ReviewInputSource {
 public:
  explicit MonitoringResults(planning::IndicatorService& indicators) : indicators_(indicators) {}
  std::string Key() const override { return "monitoring_results"; }
  std::string Module() const override { return "planning"; }
  // Every indicator counts in its band; the list holds those off target (amber or red).
  CompiledInput Compile(const InputQuery& q) override {
    CompiledInput in;
    in.list = Within("/indicators", q);
    in.facts = {{"green", 0}, {"amber", 0}, {"red", 0}, {"no_value", 0}};
    for (const auto& [indicator, rag] : Rated(indicators_, q)) {
      std::string band = rag ? std::string(planning::Name(*rag)) : "no_value";
      ++in.facts[band];
      if (rag && *rag != planning::Rag::kGreen)
        AddItem(in, {"indicator", indicator.id, indicator.code + " — " + indicator.name, band, ""});
    }
    return in;
  }

 private:
  planning::IndicatorService& indicators_;
};

class ProcessPerformance : public ReviewInputSource {
 public:
  ProcessPerformance(processes::ProcessService& processes, improvement::NonconformityService& nonconformities)
      : processes_(processes), nonconformities_(nonconformities) {}
  std::string Key() const override { return "process_performance"; }
  std::string Module() const override { return "processes"; }
  // The processes of the subtree by risk level, listed with the nonconformities their indicators raised in the
  // period (nonconforming educational services found by process monitoring).
  CompiledInput Compile(const InputQuery& q) override {
    CompiledInput in;
    in.list = Within("/processes", q);
    in.facts = {{"processes", 0}, {"high_risk", 0}, {"indicator_nonconformities", 0}};
    processes::ProcessFilter f;
    f.within = q.unit.id;
    for (const auto& p : All(f, [&](const auto& g) { return processes_.List(q.who, g); },
                             [](const processes::Process& p) { return p.id; })) {
      ++in.facts["processes"];
      if (p.risk_level == processes::RiskLevel::kHigh) ++in.facts["high_risk"];
      AddItem(in, {"process", p.id, p.code + " — " + p.name, std::string(processes::RiskLevelName(p.risk_level)), ""});
    }
    improvement::NcFilter nc;
    nc.within = q.unit.id;
    nc.source = "process_indicator";
    for (const auto& n : All(nc, [&](const auto& g) { return nonconformities_.List(q.who, g); },
                             [](const improvement::Nonconformity& n) { return n.id; }))
      if (InPeriod(n.detected_on, q)) ++in.facts["indicator_nonconformities"];
    return in;
  }

 private:
  processes::ProcessService& processes_;
  improvement::NonconformityService& nonconformities_;
};

class Nonconformities : public ReviewInputSource {
 public:
  explicit Nonconformities(improvement::NonconformityService& nonconformities) : nonconformities_(nonconformities) {}
  std::string Key() const override { return "nonconformities"; }
  std::string Module() const override { return "improvement"; }
  // Those detected in the period and those still open from before it; with how many are overdue and how many of
  // the period's were closed.
  CompiledInput Compile(const InputQuery& q) override {
    CompiledInput in;
    in.list = Within("/nonconformities", q);
    in.facts = {{"detected", 0}, {"open", 0}, {"overdue", 0}, {"closed", 0}};
    improvement::NcFilter f;
    f.within = q.unit.id;
    for (const auto& n : All(f, [&](const auto& g) { return nonconformities_.List(q.who, g); },
                             [](const improvement::Nonconformity& n) { return n.id; })) {
      bool open = n.status != improvement::NcStatus::kClosed;
      bool detected = InPeriod(n.detected_on, q);
      if (!detected && !open) continue;
      in.facts["detected"] += detected;
      in.facts["open"] += open;
      in.facts["overdue"] += open && !n.due_date.empty() && n.due_date < q.today;
      in.facts["closed"] += !open;
      AddItem(in, {"nonconformity", n.id, n.title, improvement::NcStatusName(n.status), n.detected_on});
    }
    return in;
  }

 private:
  improvement::NonconformityService& nonconformities_;
};

class AuditResults : public ReviewInputSource {
 public:
  explicit AuditResults(audits::AuditService& audits) : audits_(audits) {}
  std::string Key() const override { return "audit_results"; }
  std::string Module() const override { return "audits"; }
  CompiledInput Compile(const InputQuery& q) override {
    CompiledInput in;
    in.list = Within("/audits", q);
    in.facts = {{"planned", 0}, {"in_progress", 0}, {"reported", 0}, {"closed", 0}};
    audits::ScheduleFilter f;
    f.within = q.unit.id;
    f.from = q.from;
    f.to = q.to;
    f.limit = 100000;
    for (const auto& a : audits_.Scheduled(q.who, f)) {
      if (a.archived_at) continue;
      ++in.facts[audits::AuditStatusName(a.status)];
      AddItem(in, {"audit", a.id, a.title, audits::AuditStatusName(a.status), a.planned_start});
    }
    return in;
  }

 private:
  audits::AuditService& audits_;
};

class Risks : public ReviewInputSource {
 public:
  explicit Risks(planning::RiskService& risks) : risks_(risks) {}
  std::string Key() const override { return "risks"; }
  std::string Module() const override { return "planning"; }
  // How effective the actions on risks and opportunities were: treated entries whose residual rating is below the
  // inherent one are effective, treated ones not (yet) lower are not, untreated ones are listed as such; reviews
  // overdue are counted apart.
  CompiledInput Compile(const InputQuery& q) override {
    CompiledInput in;
    in.list = Within("/risks", q);
    in.facts = {{"risks", 0}, {"opportunities", 0}, {"effective", 0}, {"not_effective", 0}, {"untreated", 0},
                {"review_overdue", 0}};
    planning::RiskFilter f;
    f.within = q.unit.id;
    for (const auto& r : All(f, [&](const auto& g) { return risks_.List(q.who, g); },
                             [](const planning::Risk& r) { return r.id; })) {
      ++in.facts[r.kind == planning::Kind::kRisk ? "risks" : "opportunities"];
      std::string state = !r.treatment ? "untreated"
                          : r.residual && r.residual->Score() < r.inherent.Score() ? "effective"
                                                                                    : "not_effective";
      ++in.facts[state];
      in.facts["review_overdue"] += r.next_review_date && *r.next_review_date < q.today;
      AddItem(in, {r.kind == planning::Kind::kRisk ? "risk" : "opportunity", r.id, r.title, state,
                   r.last_reviewed_on.value_or("")});
    }
    return in;
  }

 private:
  planning::RiskService& risks_;
};

class ImprovementOpportunities : public ReviewInputSource {
 public:
  explicit ImprovementOpportunities(improvement::ImprovementService& improvements) : improvements_(improvements) {}
  std::string Key() const override { return "improvement_opportunities"; }
  std::string Module() const override { return "improvement"; }
  // The register's opportunities still to decide or under way, and those closed in the period.
  CompiledInput Compile(const InputQuery& q) override {
    CompiledInput in;
    in.list = Within("/improvements", q);
    in.facts = {{"proposed", 0}, {"accepted", 0}, {"completed", 0}, {"rejected", 0}};
    improvement::ImprovementFilter f;
    f.within = q.unit.id;
    for (const auto& i : All(f, [&](const auto& g) { return improvements_.List(q.who, g); },
                             [](const improvement::Improvement& i) { return i.id; })) {
      bool closed = i.status == improvement::ImprovementStatus::kCompleted ||
                    i.status == improvement::ImprovementStatus::kRejected;
      if (closed && !InPeriod(i.closed_at, q)) continue;
      ++in.facts[improvement::ImprovementStatusName(i.status)];
      AddItem(in, {"improvement", i.id, i.title, improvement::ImprovementStatusName(i.status), Day(i.created_at)});
    }
    return in;
  }

 private:
  improvement::ImprovementService& improvements_;
};

}  // namespace

std::vector<std::unique_ptr<ReviewInputSource>> RegisterModuleInputs(const ModuleServices& m,
                                                                     InputRegistry& registry) {
  std::vector<std::unique_ptr<ReviewInputSource>> sources;
  sources.push_back(std::make_unique<PreviousActions>(m.actions));
  sources.push_back(std::make_unique<ContextChanges>(m.context));
  sources.push_back(std::make_unique<Objectives>(m.objectives, m.indicators));
  sources.push_back(std::make_unique<ProcessPerformance>(m.processes, m.nonconformities));
  sources.push_back(std::make_unique<Nonconformities>(m.nonconformities));
  sources.push_back(std::make_unique<MonitoringResults>(m.indicators));
  sources.push_back(std::make_unique<AuditResults>(m.audits));
  sources.push_back(std::make_unique<Risks>(m.risks));
  sources.push_back(std::make_unique<ImprovementOpportunities>(m.improvements));
  for (auto& source : sources) registry.Add(*source);
  return sources;
}

}  // namespace eduims::review
