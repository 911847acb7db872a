#include "people/model.h"

#include <algorithm>
#include <stdexcept>

#include "platform/clock.h"
#include "platform/dates.h"
#include "platform/embedded.h"

namespace eduims::people {
namespace {

namespace json = boost::json;

json::value OptText(const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(); }
json::value OptId(const std::optional<db::Id>& id) { return id ? json::value(*id) : json::value(); }

}  // namespace

const std::vector<Competence>& ShippedCompetences() {
  static const std::vector<Competence> shipped = [] {
    auto text = embedded::Find("data/competences/catalogue.json");
    if (!text) throw std::runtime_error("data/competences/catalogue.json is not embedded");
    std::vector<Competence> out;
    json::value data = json::parse(*text);
    for (const auto& c : data.at("competences").as_array()) {
      const auto& o = c.as_object();
      Competence k{std::string(o.at("code").as_string()), std::string(o.at("category").as_string()),
                   std::string(o.at("vi").as_string()), std::string(o.at("en").as_string())};
      for (const auto& clause : o.at("clauses").as_array()) k.clauses.emplace_back(clause.as_string());
      if (auto* a = o.if_contains("auditor_of")) k.auditor_of = std::string(a->as_string());
      out.push_back(std::move(k));
    }
    return out;
  }();
  return shipped;
}

const Competence* FindShipped(const std::string& code) {
  for (const Competence& c : ShippedCompetences())
    if (c.code == code) return &c;
  return nullptr;
}

const std::vector<std::string>& Categories() {
  static const std::vector<std::string> categories = {"teaching", "awareness", "auditing", "management", "care",
                                                      "other"};
  return categories;
}

const std::vector<std::string>& Methods() {
  static const std::vector<std::string> methods = {"training", "qualification", "experience", "assessment"};
  return methods;
}

bool ValidCode(const std::string& code) {
  if (code.size() < 3 || code.size() > 60 || code[0] < 'a' || code[0] > 'z') return false;
  return std::all_of(code.begin(), code.end(),
                     [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-'; });
}

std::optional<std::string> AuditorCompetenceFor(const std::string& standard_code) {
  for (const Competence& c : ShippedCompetences()) {
    if (!c.auditor_of) continue;
    // "iso-21001" qualifies for every edition: "iso-21001-2018", "iso-21001-2025".
    if (standard_code == *c.auditor_of || standard_code.rfind(*c.auditor_of + "-", 0) == 0) return c.code;
  }
  return std::nullopt;
}

bool InForce(const Holding& h, const std::string& today) {
  return h.granted_on <= today && (!h.expires_on || *h.expires_on >= today);
}

bool Expiring(const Holding& h, const std::string& today) {
  if (!InForce(h, today) || !h.expires_on) return false;
  auto day = ParseDate(today);
  return day && *h.expires_on <= FormatDate(AddDays(*day, kExpiringDays));
}

RequirementIndex::RequirementIndex(const std::vector<Requirement>& requirements) {
  for (const Requirement& r : requirements) by_path_[r.unit_path].push_back(r);
}

std::vector<const Requirement*> RequirementIndex::On(const std::string& unit_path) const {
  std::vector<const Requirement*> out;
  // "/1/7/42/": "/1/", "/1/7/" and "/1/7/42/".
  for (size_t end = unit_path.find('/', 1); end != std::string::npos; end = unit_path.find('/', end + 1)) {
    auto it = by_path_.find(unit_path.substr(0, end + 1));
    if (it == by_path_.end()) continue;
    for (const Requirement& r : it->second) out.push_back(&r);
  }
  return out;
}

std::vector<std::string> RequiredOf(const Person& person, const RequirementIndex& requirements) {
  std::set<std::string> codes;
  for (const Requirement* r : requirements.On(person.unit_path))
    if (r->role.empty() || person.roles.count(r->role)) codes.insert(r->competence_code);
  return {codes.begin(), codes.end()};
}

std::vector<Cell> CellsOf(const Person& person, const RequirementIndex& requirements,
                          const std::vector<Holding>& holdings, const std::string& today) {
  std::map<std::string, Cell> cells;
  for (const std::string& code : RequiredOf(person, requirements)) {
    cells[code].code = code;
    cells[code].required = true;
  }
  for (const Holding& h : holdings) {
    if (h.user_id != person.user_id || !InForce(h, today)) continue;
    Cell& c = cells[h.competence_code];
    c.code = h.competence_code;
    // The holding that lasts longest decides: one without an end never lapses.
    bool longer = !c.held || (c.expires_on && (!h.expires_on || *h.expires_on > *c.expires_on));
    if (longer) {
      c.expires_on = h.expires_on;
      c.expiring = Expiring(h, today);
    }
    c.held = true;
  }
  std::vector<Cell> out;
  for (auto& [code, cell] : cells) out.push_back(std::move(cell));
  return out;
}

void Count(const std::vector<Cell>& cells, std::map<std::string, Totals>& totals) {
  for (const Cell& c : cells) {
    if (!c.required) continue;
    Totals& t = totals[c.code];
    ++t.required;
    if (c.held) ++t.held;
    if (!c.held) ++t.gaps;
    if (c.held && c.expiring) ++t.expiring;
  }
}

const std::vector<std::string>& QualificationModes() {
  static const std::vector<std::string> modes = {"warn", "refuse"};
  return modes;
}

json::object ToJson(const Settings& s) {
  return {{"auditor_qualification", s.auditor_qualification}, {"version", s.version}};
}

std::string Name(const Competence& c, Language language) { return language == Language::kEnglish ? c.en : c.vi; }

json::object ToJson(const Competence& c) {
  json::array clauses;
  for (const auto& clause : c.clauses) clauses.push_back(json::value(clause));
  return {{"code", c.code},     {"category", c.category},     {"name_vi", c.vi},
          {"name_en", c.en},    {"clauses", std::move(clauses)}, {"auditor_of", OptText(c.auditor_of)},
          {"shipped", !c.id},   {"id", OptId(c.id)},          {"unit_id", OptId(c.unit_id)}};
}

json::object ToJson(const Requirement& r) {
  return {{"id", r.id},
          {"unit_id", r.unit_id},
          {"competence_code", r.competence_code},
          {"role", r.role.empty() ? json::value() : json::value(r.role)},
          {"created_by", OptId(r.created_by)},
          {"created_at", r.created_at}};
}

json::object ToJson(const Holding& h, const std::string& today) {
  return {{"id", h.id},
          {"user_id", h.user_id},
          {"competence_code", h.competence_code},
          {"method", h.method},
          {"granted_on", h.granted_on},
          {"expires_on", OptText(h.expires_on)},
          {"note", OptText(h.note)},
          {"session_id", OptId(h.session_id)},
          {"in_force", InForce(h, today)},
          {"expiring", Expiring(h, today)},
          {"created_by", OptId(h.created_by)},
          {"created_at", h.created_at}};
}

json::object ToJson(const Cell& c) {
  return {{"code", c.code},
          {"required", c.required},
          {"held", c.held},
          {"expiring", c.expiring},
          {"expires_on", OptText(c.expires_on)}};
}

std::string AuditJson(const Holding& h) {
  json::object o = ToJson(h, h.granted_on);
  o.erase("in_force");
  o.erase("expiring");
  return json::serialize(o);
}

}  // namespace eduims::people
