#include "improvement/model.h"

#include <algorithm>
#include <set>

#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/validation.h"

namespace eduims::improvement {
namespace {

boost::json::value Text(const std::optional<std::string>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

boost::json::value Id(const std::optional<db::Id>& v) { return v ? boost::json::value(*v) : boost::json::value(nullptr); }

boost::json::array Strings(const std::vector<std::string>& values) {
  boost::json::array out;
  for (const auto& v : values) out.push_back(boost::json::value(v));
  return out;
}

bool OneOf(const std::vector<std::string>& allowed, const std::string& value) {
  return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

}  // namespace

const std::vector<std::string>& NcSources() {
  static const std::vector<std::string> sources = {"internal_audit",      "external_audit",    "complaint", "appeal",
                                                   "satisfaction_survey", "process_indicator", "other"};
  return sources;
}

const std::vector<std::string>& ImprovementSources() {
  static const std::vector<std::string> sources = {
      "internal_audit", "external_audit",    "nonconformity",   "complaint",         "satisfaction_survey",
      "suggestion",     "management_review", "risk_assessment", "process_indicator", "other"};
  return sources;
}

const std::vector<std::string>& Severities() {
  static const std::vector<std::string> severities = {"major", "minor"};
  return severities;
}

const std::vector<std::string>& RootCauseMethods() {
  static const std::vector<std::string> methods = {"five_whys", "categories"};
  return methods;
}

const std::vector<std::string>& CauseCategories() {
  static const std::vector<std::string> categories = {"people",      "methods",     "materials", "facilities",
                                                      "measurement", "environment", "management", "communication"};
  return categories;
}

std::string DefaultDueDate(const std::string& detected_on, const std::string& severity, const DueDays& days) {
  return FormatDate(
      AddDays(*ParseDate(detected_on), severity == "major" ? days.major : days.minor));
}

std::string RepeatWindowStart(const std::string& detected_on) {
  return FormatDate(AddMonths(*ParseDate(detected_on), -12));
}

std::optional<Problem> RootCauseProblem(const std::string& method, const std::optional<std::vector<std::string>>& whys,
                                        const std::optional<std::vector<std::string>>& categories) {
  if (!OneOf(RootCauseMethods(), method)) return Problem::Make(422, "validation.invalid_value", "root_cause_method");
  if (method == "five_whys") {
    if (categories) return Problem::Make(422, "validation.unknown_field", "categories");
    if (!whys || whys->empty()) return Problem::Make(422, "validation.missing_field", "whys");
    if (whys->size() > 5) return Problem::Make(422, "validation.too_long", "whys").With("max", "5");
    for (const auto& why : *whys)
      if (auto problem = TextProblem("whys", why, 1000, true)) return problem;
    return std::nullopt;
  }
  if (whys) return Problem::Make(422, "validation.unknown_field", "whys");
  if (!categories || categories->empty()) return Problem::Make(422, "validation.missing_field", "categories");
  std::set<std::string> seen;
  for (const auto& c : *categories)
    if (!OneOf(CauseCategories(), c) || !seen.insert(c).second)
      return Problem::Make(422, "validation.invalid_value", "categories");
  return std::nullopt;
}

bool IsOverdue(const Nonconformity& nc, const std::string& today) {
  return nc.status != NcStatus::kClosed && nc.due_date < today;
}

boost::json::object ToJson(const Nonconformity& nc, const std::string& today) {
  boost::json::array clauses;
  for (const auto& c : nc.clauses) clauses.push_back({{"id", c.id}, {"urn", c.urn}, {"number", c.number}});
  boost::json::value root_cause = nullptr;
  if (nc.root_cause_method) {
    boost::json::object rc{{"method", *nc.root_cause_method}, {"summary", nc.root_cause.value_or("")}};
    rc[*nc.root_cause_method == "five_whys" ? "whys" : "categories"] = Strings(nc.root_cause_details);
    root_cause = std::move(rc);
  }
  boost::json::value escalation = nullptr;
  if (nc.escalation)
    escalation = {{"due_date", nc.escalation->due_date},
                  {"escalated_at", nc.escalation->escalated_at},
                  {"unit_id", nc.escalation->unit_id},
                  {"head_user_id", Id(nc.escalation->head_user_id)}};
  return {{"id", nc.id},
          {"unit_id", nc.unit_id},
          {"title", nc.title},
          {"description", nc.description},
          {"source", nc.source},
          {"severity", nc.severity},
          {"status", NcStatusName(nc.status)},
          {"detected_on", nc.detected_on},
          {"due_date", nc.due_date},
          {"overdue", IsOverdue(nc, today)},
          {"escalation", escalation},
          {"repeat", nc.repeat_of.has_value()},
          {"repeat_of", Id(nc.repeat_of)},
          {"audit_id", Id(nc.audit_id)},
          {"clauses", std::move(clauses)},
          {"correction", Text(nc.correction)},
          {"root_cause", std::move(root_cause)},
          {"effectiveness_criterion", Text(nc.effectiveness_criterion)},
          {"verification_due", Text(nc.verification_due)},
          {"verifier_id", Id(nc.verifier_id)},
          {"cycle", nc.cycle},
          {"reported_by", Id(nc.reported_by)},
          {"version", nc.version},
          {"created_at", nc.created_at},
          {"updated_at", nc.updated_at},
          {"closed_at", Text(nc.closed_at)},
          {"archived_at", Text(nc.archived_at)}};
}

boost::json::object ToJson(const Improvement& i) {
  return {{"id", i.id},
          {"unit_id", i.unit_id},
          {"title", i.title},
          {"description", i.description},
          {"source", i.source},
          {"owner_id", Id(i.owner_id)},
          {"expected_benefit", i.expected_benefit},
          {"status", ImprovementStatusName(i.status)},
          {"outcome", Text(i.outcome)},
          {"decision_comment", Text(i.decision_comment)},
          {"proposed_by", Id(i.proposed_by)},
          {"version", i.version},
          {"created_at", i.created_at},
          {"updated_at", i.updated_at},
          {"closed_at", Text(i.closed_at)},
          {"archived_at", Text(i.archived_at)}};
}

boost::json::object ToJson(const NcStepRecord& step) {
  boost::system::error_code ec;
  boost::json::value details = boost::json::parse(step.details, ec);
  return {{"id", step.id},
          {"action", step.action},
          {"from", NcStatusName(step.from)},
          {"to", NcStatusName(step.to)},
          {"cycle", step.cycle},
          {"user_id", Id(step.user_id)},
          {"comment", step.comment},
          {"details", ec ? boost::json::value(boost::json::object{}) : details},
          {"at", step.at}};
}

boost::json::object ToJson(const DueDays& days) {
  return {{"major_days", days.major}, {"minor_days", days.minor}, {"version", days.version}};
}

}  // namespace eduims::improvement
