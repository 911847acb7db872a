// The values EduIMS computes from its own data for computed indicators, per period, by a background job: for each
// live computed indicator, the latest ended period's value once it has none. The measurements' unique index on
// (indicator, period) makes the job safe on several servers at once and to repeat: a value is recorded once.
// Other modules are read only through their services, as the person who answers for the indicator (its owner, else
// its author) sees them, and a breach raises its entry as that person.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "improvement/service.h"
#include "org/service.h"
#include "planning/indicator_model.h"
#include "planning/indicator_service.h"

namespace eduims::planning {

// The value of `metric` over `nonconformities` for `period`: the share (%) of those closed in the period that
// closed by their due date, or the mean days from detection to closing of those closed in it. None when none closed
// in the period.
std::optional<double> NonconformityMetric(const std::string& metric, const std::vector<improvement::Nonconformity>& ncs,
                                          const Period& period);

// A metric another module computes: the value for `indicator` over `period`, as `who` sees that module's data;
// none when there is nothing to measure.
using MetricSource =
    std::function<std::optional<double>(const auth::Principal& who, const Indicator& indicator, const Period& period)>;

struct ComputeRun {
  int recorded = 0;  // values recorded by this call
  int without_data = 0;  // indicators whose period had nothing to measure
};

class IndicatorComputer {
 public:
  IndicatorComputer(db::Database& db, org::OrgService& org, IndicatorService& indicators,
                    improvement::NonconformityService& nonconformities)
      : db_(db), org_(org), indicators_(indicators), nonconformities_(nonconformities) {}

  // Computes `metric` (one of MetricNames) with `source`, which another module registers at start-up.
  void AddMetric(const std::string& metric, MetricSource source) { sources_[metric] = std::move(source); }

  // Records the due values as of `today` ("YYYY-MM-DD").
  ComputeRun RecordDue(const std::string& today);

 private:
  std::optional<double> Compute(const auth::Principal& who, const Indicator& indicator, const Period& period);

  db::Database& db_;
  org::OrgService& org_;
  IndicatorService& indicators_;
  improvement::NonconformityService& nonconformities_;
  std::map<std::string, MetricSource> sources_;
};

}  // namespace eduims::planning
