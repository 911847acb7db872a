#include "recruitment/model.h"

#include <algorithm>

namespace eduims::recruitment {
namespace {

namespace json = boost::json;

json::array Strings(const std::vector<std::string>& items) {
  json::array out;
  for (const auto& s : items) out.push_back(json::value(s));
  return out;
}

json::value Maybe(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(); }

}  // namespace

const std::vector<std::string>& Methods() {
  static const std::vector<std::string> methods = {"examination", "selection", "direct", "contract"};
  return methods;
}

bool OnPanel(const Recruitment& r, db::Id user_id) {
  return std::find(r.panel.begin(), r.panel.end(), user_id) != r.panel.end();
}

std::string PanelText(const std::vector<db::Id>& panel) {
  json::array a;
  for (db::Id id : panel) a.push_back(id);
  return json::serialize(a);
}

std::vector<db::Id> PanelOf(const std::string& text) {
  std::vector<db::Id> out;
  json::value parsed = json::parse(text);  // named: the loop must not outlive it
  for (const auto& v : parsed.as_array()) out.push_back(v.as_int64());
  return out;
}

std::string AppointedText(const std::vector<Appointee>& appointed) {
  json::array a;
  for (const Appointee& p : appointed) {
    json::object o{{"name", p.name}};
    if (p.user_id) o["user_id"] = *p.user_id;
    a.push_back(std::move(o));
  }
  return json::serialize(a);
}

std::vector<Appointee> AppointedOf(const std::string& text) {
  std::vector<Appointee> out;
  json::value parsed = json::parse(text);  // named: the loop must not outlive it
  for (const auto& v : parsed.as_array()) {
    const json::object& o = v.as_object();
    Appointee p;
    p.name = std::string(o.at("name").as_string());
    if (auto* id = o.if_contains("user_id")) p.user_id = id->as_int64();
    out.push_back(std::move(p));
  }
  return out;
}

json::object ToJson(const Process& p) {
  return {{"id", p.id},
          {"unit_id", p.unit_id},
          {"position", p.position},
          {"competences", Strings(p.competences)},
          {"criteria", p.criteria},
          {"steps", Strings(p.steps)},
          {"document_id", p.document_id ? json::value(*p.document_id) : json::value()},
          {"version", p.version},
          {"created_at", p.created_at},
          {"updated_at", p.updated_at}};
}

json::object ToJson(const Recruitment& r) {
  json::array panel, appointed;
  for (db::Id id : r.panel) panel.push_back(id);
  for (const Appointee& p : r.appointed)
    appointed.push_back({{"user_id", p.user_id ? json::value(*p.user_id) : json::value()}, {"name", p.name}});
  return {{"id", r.id},
          {"unit_id", r.unit_id},
          {"process_id", r.process_id},
          {"position", r.position},
          {"title", r.title},
          {"vacancies", r.vacancies},
          {"opened_on", r.opened_on},
          {"method", r.method},
          {"panel_ids", std::move(panel)},
          {"candidates", r.candidates},
          {"decided_on", Maybe(r.decided_on)},
          {"appointed", std::move(appointed)},
          {"outcome", r.outcome},
          {"status", StatusName(r.status)},
          {"cancel_reason", Maybe(r.cancel_reason)},
          {"archived_at", Maybe(r.archived_at)},
          {"version", r.version},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

std::string AuditJson(const Process& p) { return json::serialize(ToJson(p)); }

std::string AuditJson(const Recruitment& r) { return json::serialize(ToJson(r)); }

}  // namespace eduims::recruitment
