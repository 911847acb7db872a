#include "certification/model.h"

#include <cctype>

#include "platform/clock.h"

namespace eduims::certification {
namespace {

namespace json = boost::json;

json::value Text(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value Id(const std::optional<db::Id>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::array Standards(const std::vector<StandardRef>& standards) {
  json::array out;
  for (const auto& s : standards)
    out.push_back(
        {{"standard_id", s.id}, {"code", s.code}, {"edition", s.edition}, {"label", StandardLabel(s.code, s.edition)}});
  return out;
}

void AddBody(json::object& out, const Body& b) {
  out["body_name"] = b.name;
  out["accreditation_body"] = b.accreditation_body;
  out["accreditation_number"] = b.accreditation_number;
}

json::array Sites(const std::vector<CertificateSite>& sites) {
  json::array out;
  for (const auto& s : sites) out.push_back({{"unit_id", s.unit_id}, {"name", s.name}, {"address", s.address}});
  return out;
}

}  // namespace

const std::vector<std::string>& AuditTypes() {
  static const std::vector<std::string> types = {"stage1",          "stage2",  "surveillance",
                                                 "recertification", "special", "transition"};
  return types;
}

const std::vector<std::string>& FindingGrades() {
  static const std::vector<std::string> grades = {"major", "minor", "observation", "opportunity_for_improvement"};
  return grades;
}

const std::vector<std::string>& TeamRoles() {
  static const std::vector<std::string> roles = {"lead", "member", "technical_expert", "observer"};
  return roles;
}

bool ValidCertificateNumber(const std::string& number) {
  if (number.empty() || number.size() > 64) return false;
  for (unsigned char c : number)
    if (!std::isalnum(c) && c != '.' && c != '-' && c != '_') return false;
  return true;
}

std::string StandardLabel(const std::string& code, const std::string& edition) {
  std::string label;
  for (char c : code) label += c == '-' ? ' ' : char(std::toupper(static_cast<unsigned char>(c)));
  return label + ":" + edition;
}

std::vector<StepState> FreshSteps() {
  std::vector<StepState> steps;
  for (ProjectStep step : AllSteps())
    steps.push_back(StepState{step, std::nullopt, std::nullopt, std::nullopt, "", {}});
  return steps;
}

CertificateStatus StatusOn(const Certificate& c, const std::string& today) {
  if (c.status != CertificateStatus::kWithdrawn && c.expiry_date < today) return CertificateStatus::kExpired;
  return c.status;
}

Cycle CycleOf(const Certificate& c) {
  Cycle cycle = ComputeCycle(*ParseDate(c.cycle_start));
  cycle.decision = *ParseDate(c.issue_date);
  return cycle;
}

json::object ToJson(const Project& p) {
  json::array steps;
  for (const StepState& s : p.steps) {
    std::string state = s.completed_on ? "completed" : s.step == p.step ? "current" : "pending";
    steps.push_back({{"step", StepName(s.step)},
                     {"number", StepNumber(s.step)},
                     {"state", state},
                     {"responsible_id", Id(s.responsible_id)},
                     {"planned_on", Text(s.planned_on)},
                     {"completed_on", Text(s.completed_on)},
                     {"note", s.note},
                     {"record_ids", json::array(s.record_ids.begin(), s.record_ids.end())}});
  }
  json::object out{{"id", p.id},
                   {"unit_id", p.unit_id},
                   {"title", p.title},
                   {"standards", Standards(p.standards)},
                   {"integrated", p.standards.size() > 1},
                   {"site_ids", json::array(p.site_ids.begin(), p.site_ids.end())},
                   {"step", StepName(p.step)},
                   {"cycle", p.cycle},
                   {"stage2_repeat_after", Text(p.stage2_repeat_after)},
                   {"steps", std::move(steps)},
                   {"version", p.version},
                   {"created_by", Id(p.created_by)},
                   {"created_at", p.created_at},
                   {"updated_at", p.updated_at}};
  AddBody(out, p.body);
  return out;
}

json::object ToJson(const TransitionRecord& t) {
  return {{"id", t.id},           {"action", t.action},   {"from", StepName(t.from)},
          {"to", StepName(t.to)}, {"cycle", t.cycle},     {"user_id", Id(t.user_id)},
          {"comment", t.comment}, {"on_date", t.on_date}, {"at", t.at}};
}

json::object ToJson(const Audit& a) {
  json::array team;
  for (const auto& m : a.team) team.push_back({{"name", m.name}, {"role", m.role}});
  return {{"id", a.id},
          {"project_id", a.project_id},
          {"type", a.type},
          {"status", AuditStatusName(a.status)},
          {"start_date", a.start_date},
          {"end_date", a.end_date},
          {"audit_days", a.audit_days},
          {"team", std::move(team)},
          {"window_justification", Text(a.window_justification)},
          {"notes", a.notes},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

json::object ToJson(const Finding& f) {
  return {{"id", f.id},
          {"audit_id", f.audit_id},
          {"grade", f.grade},
          {"title", f.title},
          {"description", f.description},
          {"unit_id", f.unit_id},
          {"nonconformity_id", Id(f.nonconformity_id)},
          {"improvement_id", Id(f.improvement_id)},
          {"created_by", Id(f.created_by)},
          {"created_at", f.created_at}};
}

json::object RegisterFields(const Certificate& c) {
  return {{"number", c.number},
          {"entity_name", c.entity_name},
          {"entity_address", c.entity_address},
          {"organisation_type", c.organisation_type},
          {"region", c.region},
          {"scope_vi", c.scope_vi},
          {"scope_en", c.scope_en},
          {"standards", Standards(c.standards)},
          {"sites", Sites(c.sites)},
          {"original_issue_date", c.original_issue_date},
          {"issue_date", c.issue_date},
          {"expiry_date", c.expiry_date},
          {"status", CertificateStatusName(c.status)}};
}

json::object ToJson(const Certificate& c, const std::string& today) {
  json::object out = RegisterFields(c);
  out["id"] = c.id;
  out["project_id"] = c.project_id;
  out["unit_id"] = c.unit_id;
  out["status"] = CertificateStatusName(StatusOn(c, today));
  out["recorded_status"] = CertificateStatusName(c.status);
  AddBody(out, c.body);
  out["integrated"] = c.standards.size() > 1;
  out["cycle_start"] = c.cycle_start;
  out["cycle"] = c.cycle;
  out["version"] = c.version;
  out["created_by"] = Id(c.created_by);
  out["created_at"] = c.created_at;
  out["updated_at"] = c.updated_at;
  return out;
}

json::object ToJson(const CertificateChange& c) {
  boost::system::error_code ec;
  json::value before = json::parse(c.before_json, ec);
  if (ec) before = nullptr;
  json::value after = json::parse(c.after_json, ec);
  if (ec) after = nullptr;
  return {{"id", c.id},
          {"kind", c.kind},
          {"reason", c.reason},
          {"effective_on", c.effective_on},
          {"before", std::move(before)},
          {"after", std::move(after)},
          {"user_id", Id(c.user_id)},
          {"at", c.at}};
}

json::object PublicJson(const Certificate& c, const std::string& today) {
  // Ids are internal: the public sees what the paper certificate says.
  json::array standards, sites;
  for (const auto& s : c.standards)
    standards.push_back({{"code", s.code}, {"edition", s.edition}, {"label", StandardLabel(s.code, s.edition)}});
  for (const auto& s : c.sites) sites.push_back({{"name", s.name}, {"address", s.address}});
  return {{"number", c.number},
          {"status", CertificateStatusName(StatusOn(c, today))},
          {"holder", {{"name", c.entity_name}, {"address", c.entity_address}}},
          {"certification_body",
           {{"name", c.body.name},
            {"accreditation_body", c.body.accreditation_body},
            {"accreditation_number", c.body.accreditation_number}}},
          {"scope", {{"vi", c.scope_vi}, {"en", c.scope_en}}},
          {"standards", std::move(standards)},
          {"sites", std::move(sites)},
          {"original_issue_date", c.original_issue_date},
          {"issue_date", c.issue_date},
          {"expiry_date", c.expiry_date}};
}

}  // namespace eduims::certification
